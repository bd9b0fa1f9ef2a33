package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Display;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import io.jnetlink.route.address.AddressCodec;
import java.net.InetAddress;

/**
 * One address as {@code ip address} prints it (iproute2 6.1 {@code print_addrinfo}): one walk over
 * the address serves the text line, {@code -br} and the JSON. The line's layout is ip's (the
 * {@code ifaddrmsg} fields between the attributes); each attribute's word, key and form come from
 * its {@link AddressAttributes} row.
 */
final class AddrFormatter {
    // IFA_F_* in ip's order; SECONDARY reads "temporary" for IPv6, PERMANENT is written when absent ("dynamic").
    private static final int[] FLAG_BITS = {
        AddressCodec.IFA_F_SECONDARY, AddressCodec.IFA_F_NODAD, AddressCodec.IFA_F_OPTIMISTIC,
        AddressCodec.IFA_F_DADFAILED, AddressCodec.IFA_F_HOMEADDRESS, AddressCodec.IFA_F_DEPRECATED,
        AddressCodec.IFA_F_TENTATIVE, AddressCodec.IFA_F_PERMANENT, AddressCodec.IFA_F_MANAGETEMPADDR,
        AddressCodec.IFA_F_NOPREFIXROUTE, AddressCodec.IFA_F_MCAUTOJOIN, AddressCodec.IFA_F_STABLE_PRIVACY,
    };
    private static final String[] FLAG_NAMES = {
        "secondary", "nodad", "optimistic", "dadfailed", "home", "deprecated", "tentative", "dynamic",
        "mngtmpaddr", "noprefixroute", "autojoin", "stable-privacy",
    };

    private final IpOptions options;
    private final boolean indexPrefix;
    private final AttributeFields fields;

    /**
     * {@code indexPrefix}: start each address with {@code INDEX: NAME}, as {@code -o} and
     * {@code ip monitor} do.
     */
    AddrFormatter(IpOptions options, boolean indexPrefix) {
        this.options = options;
        this.indexPrefix = indexPrefix;
        this.fields = new AttributeFields(options.palette())
                .custom(AddressAttributes.LABEL, (out, d, label, all) -> out.field(label, d.json(), label))
                .custom(AddressAttributes.CACHEINFO, (out, d, lifetimes, all) -> lifetimes(out, d, lifetimes,
                        all.get(AddressAttributes.FLAGS)));
    }

    /** The address's lines, ending in a newline. */
    String format(Address address, String linkName) {
        StringBuilder out = new StringBuilder(160);
        write(address, linkName, false, new TextDetailSink(out, options.lineBreak()));
        return out.append('\n').toString();
    }

    /** The address as {@code ip -br address} lists it: {@code ADDR/LEN } or {@code LOCAL peer PEER/LEN }. */
    String brief(Address address) {
        StringBuilder out = new StringBuilder(48);
        write(address, null, true, new TextDetailSink(out, options.lineBreak()));
        return out.toString();
    }

    /** The address as an {@code addr_info} element of {@code ip -j address}. */
    void json(JsonWriter w, Address address, String linkName) {
        w.startObject();
        write(address, linkName, false, new JsonDetailSink(w));
        w.endObject();
    }

    /** The address as an {@code addr_info} element of {@code ip -j -br address} (nothing without an address). */
    void briefJson(JsonWriter w, Address address) {
        if (address.localAddress() != null) {
            w.startObject();
            write(address, null, true, new JsonDetailSink(w));
            w.endObject();
        }
    }

    /**
     * ip's walk: index and name ({@code -o}, monitor), family, local address, peer, prefix length,
     * metric; then, unless brief, broadcast, anycast, scope, flags, label and the lifetimes.
     */
    private void write(Address a, String linkName, boolean brief, DetailSink out) {
        int family = a.family();
        Palette.Kind colour = family == AddressFamily.AF_INET ? Palette.Kind.INET : Palette.Kind.INET6;
        if (!brief) {
            if (indexPrefix) {
                out.field(a.ifindex() + ": " + linkName, "index", a.ifindex());
                out.field(null, "dev", linkName);
            }
            String name = family == AddressFamily.AF_INET ? "inet" : "inet6";
            out.field("    " + name + " ", "family", name);
        }
        InetAddress local = a.localAddress();
        if (local != null) {
            String text = InetFormat.ntop(family, local);
            out.field(paint(colour, text), AddressAttributes.LOCAL.display().json(), text);
            InetAddress peer = a.peer();
            if (peer != null) {
                Display d = AddressAttributes.ADDRESS.display();
                String peerText = InetFormat.ntop(family, peer);
                out.field(" " + d.text() + " " + paint(colour, peerText), d.json(), peerText);
            }
            out.field("/" + a.prefixLength() + " ", "prefixlen", a.prefixLength());
            fields.write(out, AddressAttributes.RT_PRIORITY, a.values());
        }
        if (brief) {
            return;
        }
        fields.write(out, AddressAttributes.BROADCAST, a.values());
        fields.write(out, AddressAttributes.ANYCAST, a.values());
        String scope = Scopes.name(a.scope());
        out.field("scope " + scope + " ", "scope", scope);
        flags(out, AddressAttributes.FLAGS.display(), a);
        fields.write(out, AddressAttributes.LABEL, a.values());
        fields.write(out, AddressAttributes.CACHEINFO, a.values());
    }

    private String paint(Palette.Kind kind, String text) {
        return options.palette().paint(kind, text);
    }

    /** ip's flag words ({@code temporary} for an IPv6 secondary, {@code dynamic} without PERMANENT), then the bits it cannot name. */
    private static void flags(DetailSink out, Display d, Address a) {
        int left = a.flags();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            int bit = FLAG_BITS[i];
            if (bit == AddressCodec.IFA_F_PERMANENT) {
                out.enabled("dynamic", (left & bit) == 0);
            } else if ((left & bit) != 0) {
                boolean temporary = bit == AddressCodec.IFA_F_SECONDARY && a.family() == AddressFamily.AF_INET6;
                out.enabled(temporary ? "temporary" : FLAG_NAMES[i], true);
            }
            left &= ~bit;
        }
        if (left != 0) {
            String hex = String.format("%02x", left);
            out.field(d.text() + " " + hex + " ", d.json(), hex);
        }
    }

    /**
     * {@code valid_lft V preferred_lft P} on a line of its own ({@code forever} or {@code Nsec});
     * the JSON's seconds (a deprecated address's preferred lifetime read signed, as ip does).
     */
    private void lifetimes(DetailSink out, Display d, Address.CacheInfo lifetimes, Integer flags) {
        out.field(options.lineBreak() + "       ", null, null);
        out.field(d.text() + " " + lifetime(lifetimes.validLifetime()), d.json(), lifetimes.validLifetime());
        boolean deprecated = flags != null && (flags & AddressCodec.IFA_F_DEPRECATED) != 0;
        long preferred = deprecated && lifetimes.preferredLifetime() != AddressCodec.INFINITY_LIFE_TIME
                ? (int) lifetimes.preferredLifetime() : lifetimes.preferredLifetime();
        out.field(" preferred_lft " + lifetime(preferred), "preferred_life_time", preferred);
    }

    private static String lifetime(long seconds) {
        return seconds == AddressCodec.INFINITY_LIFE_TIME ? "forever" : seconds + "sec";
    }
}
