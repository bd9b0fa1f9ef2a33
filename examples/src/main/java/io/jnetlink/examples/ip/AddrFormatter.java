package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import io.jnetlink.route.address.AddressCodec;

/** One address as {@code ip address} prints it (iproute2 6.1 {@code print_addrinfo}). */
final class AddrFormatter {
    // IFA_F_* from linux/if_addr.h, in ip's order; SECONDARY reads "temporary" for IPv6.
    private static final int IFA_F_SECONDARY = 0x01;
    private static final int IFA_F_PERMANENT = 0x80;
    private static final int[] FLAG_BITS = {
        IFA_F_SECONDARY, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, IFA_F_PERMANENT, 0x100, 0x200, 0x400, 0x800,
    };
    private static final String[] FLAG_NAMES = {
        "secondary", "nodad", "optimistic", "dadfailed", "home", "deprecated", "tentative", "dynamic",
        "mngtmpaddr", "noprefixroute", "autojoin", "stable-privacy",
    };

    private final IpOptions options;
    private final boolean indexPrefix;

    /**
     * {@code indexPrefix}: start each address with {@code INDEX: NAME}, as {@code -o} and
     * {@code ip monitor} do.
     */
    AddrFormatter(IpOptions options, boolean indexPrefix) {
        this.options = options;
        this.indexPrefix = indexPrefix;
    }

    /** The address's lines, ending in a newline. */
    String format(Address addr, String linkName) {
        StringBuilder out = new StringBuilder(160);
        if (indexPrefix) {
            out.append(addr.ifindex()).append(": ").append(linkName);
        }
        boolean inet = addr.family() == AddressFamily.AF_INET;
        Palette.Kind colour = inet ? Palette.Kind.INET : Palette.Kind.INET6;
        Palette palette = options.palette();
        out.append("    ").append(inet ? "inet" : "inet6").append(' ');
        if (addr.localAddress() != null) {
            out.append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.localAddress())));
            if (addr.peer() != null) {
                out.append(" peer ").append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.peer())));
            }
            out.append('/').append(addr.prefixLength()).append(' ');
        }
        if (addr.get(AddressAttributes.BROADCAST) != null) {
            out.append("brd ").append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.get(AddressAttributes.BROADCAST)) + " "));
        }
        if (addr.get(AddressAttributes.ANYCAST) != null) {
            out.append("any ").append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.get(AddressAttributes.ANYCAST)) + " "));
        }
        out.append("scope ").append(Scopes.name(addr.scope())).append(' ');
        flags(out, addr);
        if (addr.get(AddressAttributes.LABEL) != null) {
            out.append(addr.get(AddressAttributes.LABEL));
        }
        Address.CacheInfo lifetimes = addr.get(AddressAttributes.CACHEINFO);
        if (lifetimes != null) {
            out.append(options.lineBreak()).append("       valid_lft ").append(lifetime(lifetimes.validLifetime()))
                    .append(" preferred_lft ").append(lifetime(lifetimes.preferredLifetime()));
        }
        return out.append('\n').toString();
    }

    /** The address as {@code ip -br address} lists it: {@code ADDR/LEN } or {@code LOCAL peer PEER/LEN }. */
    String brief(Address addr) {
        if (addr.localAddress() == null) {
            return "";
        }
        Palette.Kind colour = addr.family() == AddressFamily.AF_INET ? Palette.Kind.INET : Palette.Kind.INET6;
        Palette palette = options.palette();
        StringBuilder out = new StringBuilder(48);
        out.append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.localAddress())));
        if (addr.peer() != null) {
            out.append(" peer ").append(palette.paint(colour, InetFormat.ntop(addr.family(), addr.peer())));
        }
        return out.append('/').append(addr.prefixLength()).append(' ').toString();
    }

    /** The address as an {@code addr_info} element of {@code ip -j address}. */
    void json(JsonWriter w, Address addr, String linkName) {
        w.startObject();
        if (indexPrefix) {
            w.number("index", addr.ifindex()).string("dev", linkName);
        }
        boolean inet = addr.family() == AddressFamily.AF_INET;
        w.string("family", inet ? "inet" : "inet6");
        if (addr.localAddress() != null) {
            w.string("local", InetFormat.ntop(addr.family(), addr.localAddress()));
            if (addr.peer() != null) {
                w.string("address", InetFormat.ntop(addr.family(), addr.peer()));
            }
            w.number("prefixlen", addr.prefixLength());
        }
        if (addr.get(AddressAttributes.BROADCAST) != null) {
            w.string("broadcast", InetFormat.ntop(addr.family(), addr.get(AddressAttributes.BROADCAST)));
        }
        if (addr.get(AddressAttributes.ANYCAST) != null) {
            w.string("anycast", InetFormat.ntop(addr.family(), addr.get(AddressAttributes.ANYCAST)));
        }
        w.string("scope", Scopes.name(addr.scope()));
        int left = addr.flags();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            int bit = FLAG_BITS[i];
            if (bit == IFA_F_PERMANENT) {
                if ((left & bit) == 0) {
                    w.bool("dynamic", true);
                }
            } else if ((left & bit) != 0) {
                boolean temporary = bit == IFA_F_SECONDARY && !inet;
                w.bool(temporary ? "temporary" : FLAG_NAMES[i], true);
            }
            left &= ~bit;
        }
        if (addr.get(AddressAttributes.LABEL) != null) {
            w.string("label", addr.get(AddressAttributes.LABEL));
        }
        Address.CacheInfo lifetimes = addr.get(AddressAttributes.CACHEINFO);
        if (lifetimes != null) {
            w.number("valid_life_time", lifetimes.validLifetime()).number("preferred_life_time",
                    lifetimes.preferredLifetime());
        }
        w.endObject();
    }

    /** The address as an {@code addr_info} element of {@code ip -j -br address}. */
    void briefJson(JsonWriter w, Address addr) {
        if (addr.localAddress() == null) {
            return;
        }
        w.startObject().string("local", InetFormat.ntop(addr.family(), addr.localAddress()));
        if (addr.peer() != null) {
            w.string("address", InetFormat.ntop(addr.family(), addr.peer()));
        }
        w.number("prefixlen", addr.prefixLength()).endObject();
    }

    private static String lifetime(long seconds) {
        return seconds == AddressCodec.INFINITY_LIFE_TIME ? "forever" : seconds + "sec";
    }

    private static void flags(StringBuilder out, Address addr) {
        int left = addr.flags();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            int bit = FLAG_BITS[i];
            if (bit == IFA_F_PERMANENT) {
                if ((left & bit) == 0) {
                    out.append("dynamic ");
                }
            } else if ((left & bit) != 0) {
                boolean temporary = bit == IFA_F_SECONDARY && addr.family() == AddressFamily.AF_INET6;
                out.append(temporary ? "temporary" : FLAG_NAMES[i]).append(' ');
            }
            left &= ~bit;
        }
        if (left != 0) {
            out.append(String.format("flags %02x ", left));
        }
    }
}
