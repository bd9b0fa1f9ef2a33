package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.NameTable;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.TunnelEncap;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How ip reads the options its tunnel kinds share (endpoints, keys, TOS, the lower device, the UDP
 * encapsulation) and the failures it prints for them.
 */
final class TunnelWords {
    /** The address family an endpoint must be of; the word in ip's message. */
    enum Family {
        INET("inet"), INET6("inet6"), ANY("any valid");

        private final String word;

        Family(String word) {
            this.word = word;
        }
    }

    private TunnelWords() {
    }

    /**
     * An endpoint as ip's {@code get_addr} reads it: an IPv4 address (parts in C's base 0, missing
     * ones zero), an IPv6 address (with a colon), or {@code any}/{@code all}, which is null; ip's
     * failure, status 1, for anything else or for the other family.
     */
    static InetAddress address(String text, Family family) {
        if (text.equals("any") || text.equals("all")) {
            return null;
        }
        InetAddress address = text.contains(":") ? (family == Family.INET ? null : ipv6(text))
                : family == Family.INET6 ? null : ipv4(text);
        if (address == null) {
            throw new CommandFailure("Error: " + family.word + " address is expected rather than \"" + text + "\".", 1);
        }
        return address;
    }

    /** True for an address ip leaves out of a request ({@code any}, all zeros). */
    static boolean unspecified(InetAddress address) {
        return address == null || address.isAnyLocalAddress();
    }

    /** {@code text} as ip's IPv4 reader takes it ({@code 10.1} is 10.1.0.0), or null. */
    static InetAddress ipv4(String text) {
        byte[] bytes = LinkWords.ipv4(text);
        return bytes == null ? null : byAddress(bytes);
    }

    private static InetAddress ipv6(String text) {
        byte[] bytes = LinkWords.ipv6(text);
        return bytes == null ? null : byAddress(bytes);
    }

    static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A GRE or VTI key as ip reads it: dotted quad (the address's bytes) or an unsigned number,
     * either as the network-order value sent.
     */
    static long key(String option, String text) {
        if (text.contains(".")) {
            InetAddress address = text.contains(":") ? null : ipv4(text);
            if (address == null) {
                throw new CommandFailure("Error: an IP address is expected rather than \"" + text + "\"", 1);
            }
            return asNumber(address);
        }
        long value = parseC(text, 0xffffffffL);
        if (value < 0) {
            throw new CommandFailure("invalid value for \"" + option + "\": \"" + text
                    + "\"; it should be an unsigned integer", 255);
        }
        return value;
    }

    /** The four bytes of an IPv4 address as the big-endian number they spell. */
    static long asNumber(InetAddress address) {
        long value = 0;
        for (byte b : address.getAddress()) {
            value = value << 8 | (b & 0xff);
        }
        return value;
    }

    /** An IPv4 TOS: {@code inherit} is 1, else a DiffServ name or hex number; {@code bad TOS value} otherwise. */
    static int tos(String text) {
        if (text.equals("inherit")) {
            return 1;
        }
        int tos = NameTable.dsfield(text);
        if (tos < 0) {
            throw invalidArgument(text, "bad TOS value");
        }
        return tos;
    }

    /** A number up to {@code max} in C's base 0; else ip's invalid-argument failure with {@code reason}. */
    static long number(String text, long max, String reason) {
        long value = parseC(text, max);
        if (value < 0) {
            throw invalidArgument(text, reason);
        }
        return value;
    }

    /** A number up to {@code max} in hex ({@code 0x} optional), as {@code strtoul(text, 16)}; else ip's failure. */
    static long hex(String text, long max, String reason) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        boolean valid = !digits.isEmpty() && digits.length() <= 15
                && digits.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        long value = valid ? Long.parseLong(digits, 16) : -1;
        if (value < 0 || value > max) {
            throw invalidArgument(text, reason);
        }
        return value;
    }

    /** The ifindex of the tunnel's lower device ({@code dev NAME}); ip's {@code Cannot find device}, status 255. */
    static int lowerDevice(KindContext context, String name) {
        return context.session().rtnl().links().find(name).map(Link::ifindex)
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 255));
    }

    /** ip's failure for an option given twice where it checks ({@code duparg2}). */
    static CommandFailure duplicate(String option, String value) {
        return new CommandFailure("Error: either \"" + option + "\" is duplicate, or \"" + value + "\" is a garbage.", 255);
    }

    /**
     * The refusal of {@code ip link set ... type KIND} for the tunnels ip changes by reading their
     * options back first: ip's own failure when the link is not such a tunnel, else jnl's.
     */
    static CommandFailure noChange(KindContext context, String kind, Class<? extends LinkData> dataType) {
        Link link = context.changedLink();
        if (link == null || link.info() == null || !dataType.isInstance(link.info().data())) {
            return new CommandFailure("Failed to get existing tunnel info.", 1);
        }
        return new CommandFailure("jnl: \"ip link set ... type " + kind + "\" is not supported: ip first reads the"
                + " tunnel's current options back and sends them all again; give the whole tunnel to \"ip link add\"", 1);
    }

    /** An unknown option: the kind's usage, ip's exit status 1. */
    static CommandFailure unknown(KindOptions options, String kind, String prefix) {
        return new CommandFailure(prefix + options.usage(kind).stripTrailing(), 1);
    }

    /**
     * The UDP encapsulation options of the IP tunnels ({@code encap fou|gue|none}, {@code noencap},
     * {@code encap-sport}, {@code encap-dport}, {@code [no]encap-csum}, {@code [no]encap-udp6-csum},
     * {@code [no]encap-remcsum}), each a whole word.
     */
    static final class Encap {
        int type = TunnelEncap.TUNNEL_ENCAP_NONE;
        int flags;
        int sourcePort;
        int destinationPort;

        Encap(int flags) {
            this.flags = flags;
        }

        /** Reads {@code word} (and its value) if it is an encapsulation option; false if it is not one. */
        boolean read(String word, Args args) {
            switch (word) {
                case "noencap" -> type = TunnelEncap.TUNNEL_ENCAP_NONE;
                case "encap" -> {
                    String value = args.value();
                    type = switch (value) {
                        case "fou" -> TunnelEncap.TUNNEL_ENCAP_FOU;
                        case "gue" -> TunnelEncap.TUNNEL_ENCAP_GUE;
                        case "none" -> TunnelEncap.TUNNEL_ENCAP_NONE;
                        default -> throw invalidArgument(value, "Invalid encap type.");
                    };
                }
                case "encap-sport" -> {
                    String value = args.value();
                    sourcePort = value.equals("auto") ? 0 : (int) number(value, 0xffff, "Invalid source port.");
                }
                case "encap-dport" -> destinationPort = (int) number(args.value(), 0xffff, "Invalid destination port.");
                case "encap-csum" -> flags |= TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM;
                case "noencap-csum" -> flags &= ~TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM;
                case "encap-udp6-csum" -> flags |= TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM6;
                case "noencap-udp6-csum" -> flags &= ~TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM6;
                case "encap-remcsum" -> flags |= TunnelEncap.TUNNEL_ENCAP_FLAG_REMCSUM;
                case "noencap-remcsum" -> flags &= ~TunnelEncap.TUNNEL_ENCAP_FLAG_REMCSUM;
                default -> {
                    return false;
                }
            }
            return true;
        }
    }
}
