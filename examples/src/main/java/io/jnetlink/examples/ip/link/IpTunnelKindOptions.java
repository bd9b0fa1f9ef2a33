package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.TunnelWords.number;
import static io.jnetlink.examples.ip.link.TunnelWords.unspecified;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.IpTunnelAttributes;
import io.jnetlink.route.link.tunnel.IpTunnelData;
import io.jnetlink.route.link.tunnel.SitCodec;
import java.net.InetAddress;

/**
 * {@code type ipip|sit OPTIONS}: the IFLA_IPTUN_* attributes as ip encodes a new IPv4 tunnel, every
 * one with ip's default for what the command line leaves out, in ip's order (sit adds its flags and
 * 6rd prefixes).
 */
final class IpTunnelKindOptions implements KindOptions {
    /** The 6rd prefix {@code 6rd-reset} restores: 2002::/16. */
    private static final byte[] DEFAULT_6RD_PREFIX = {0x20, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** An address and prefix length as ip's {@code get_prefix} reads them. */
    record Prefix(InetAddress address, int length) {
    }

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return IpTunnelData.of(kind);
        }
        if (!context.creating()) {
            throw TunnelWords.noChange(context, kind, IpTunnelData.class);
        }
        boolean sit = kind.equals(SitCodec.KIND);
        int proto = 0;
        InetAddress local = null;
        InetAddress remote = null;
        boolean pmtudisc = true;
        int tos = 0;
        int ttl = 0;
        int flags = 0;
        int link = 0;
        int fwmark = 0;
        boolean metadata = false;
        Prefix prefix = null;
        Prefix relayPrefix = null;
        TunnelWords.Encap encap = new TunnelWords.Encap(0);
        while (args.hasNext()) {
            String word = args.next();
            String option = Args.matches(word, "dev") ? "dev" : switch (word) {
                case "hoplimit", "hlim" -> "ttl";
                case "tclass", "tc" -> "tos";
                default -> Args.matches(word, "dsfield") ? "tos" : word;
            };
            if (encap.read(word, args)) {
                continue;
            }
            switch (option) {
                case "mode" -> {
                    String value = args.value();
                    proto = switch (value) {
                        case "ipv4/ipv4", "ipip", "ip4ip4" -> IpTunnelData.IPPROTO_IPIP;
                        case "mpls/ipv4", "mplsip" -> IpTunnelData.IPPROTO_MPLS;
                        case "any/ipv4", "any" -> 0;
                        case "ipv6/ipv4", "ip6ip" -> {
                            if (!sit) {
                                throw invalidArgument(value, "Cannot guess tunnel mode.");
                            }
                            yield IpTunnelData.IPPROTO_IPV6;
                        }
                        default -> throw invalidArgument(value, "Cannot guess tunnel mode.");
                    };
                }
                case "remote" -> remote = TunnelWords.address(args.value(), TunnelWords.Family.INET);
                case "local" -> local = TunnelWords.address(args.value(), TunnelWords.Family.INET);
                case "dev" -> link = TunnelWords.lowerDevice(context, args.value());
                case "ttl" -> {
                    String value = args.value();
                    ttl = value.equals("inherit") ? 0 : (int) number(value, 0xff, "invalid TTL\n");
                }
                case "tos" -> tos = TunnelWords.tos(args.value());
                case "nopmtudisc" -> pmtudisc = false;
                case "pmtudisc" -> pmtudisc = true;
                case "external" -> metadata = true;
                case "6rd-prefix" -> prefix = prefix(args.value(), 16);
                case "6rd-relay_prefix" -> relayPrefix = prefix(args.value(), 4);
                case "6rd-reset" -> {
                    prefix = new Prefix(TunnelWords.byAddress(DEFAULT_6RD_PREFIX), 16);
                    relayPrefix = null;
                }
                case "fwmark" -> fwmark = (int) number(args.value(), 0xffffffffL, "invalid fwmark\n");
                default -> {
                    if (!sit || !option.equals("isatap")) {
                        throw TunnelWords.unknown(this, kind, "");
                    }
                    flags |= IpTunnelData.SIT_ISATAP;
                }
            }
        }
        if (ttl != 0 && !pmtudisc) {
            throw new CommandFailure("ttl != 0 and nopmtudisc are incompatible", 255);
        }
        IpTunnelData data = IpTunnelData.of(kind).with(IpTunnelAttributes.PROTO, proto);
        if (metadata) {
            return data.with(IpTunnelAttributes.COLLECT_METADATA, true);
        }
        if (!unspecified(local)) {
            data = data.with(IpTunnelAttributes.LOCAL, local);
        }
        if (!unspecified(remote)) {
            data = data.with(IpTunnelAttributes.REMOTE, remote);
        }
        data = data.with(IpTunnelAttributes.PMTUDISC, pmtudisc).with(IpTunnelAttributes.TOS, tos)
                .with(IpTunnelAttributes.TTL, ttl).with(IpTunnelAttributes.LINK, link)
                .with(IpTunnelAttributes.FWMARK, fwmark).with(IpTunnelAttributes.ENCAP_TYPE, encap.type)
                .with(IpTunnelAttributes.ENCAP_FLAGS, encap.flags).with(IpTunnelAttributes.ENCAP_SPORT, encap.sourcePort)
                .with(IpTunnelAttributes.ENCAP_DPORT, encap.destinationPort);
        if (sit) {
            data = data.with(IpTunnelAttributes.FLAGS, flags);
            if (prefix != null) {
                data = data.with(IpTunnelAttributes.IP6RD_PREFIX, prefix.address())
                        .with(IpTunnelAttributes.IP6RD_PREFIXLEN, prefix.length());
            }
            if (relayPrefix != null) {
                data = data.with(IpTunnelAttributes.IP6RD_RELAY_PREFIX, relayPrefix.address())
                        .with(IpTunnelAttributes.IP6RD_RELAY_PREFIXLEN, relayPrefix.length());
            }
        }
        return data;
    }

    /**
     * {@code ADDRESS[/LENGTH]} of an address of {@code bytes} bytes (16 for IPv6, 4 for IPv4), the
     * length the whole address when not given; ip's failure, status 1, otherwise.
     */
    private static Prefix prefix(String text, int bytes) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress parsed = null;
        if (!address.equals("any") && !address.equals("all") && !address.equals("default")) {
            try {
                parsed = TunnelWords.address(address, bytes == 16 ? TunnelWords.Family.INET6 : TunnelWords.Family.INET);
            } catch (CommandFailure e) {
                parsed = null;
            }
        }
        long length = slash < 0 ? bytes * 8L : parseC(text.substring(slash + 1), bytes * 8L);
        if (parsed == null || length < 0) {
            throw new CommandFailure("Error: " + (bytes == 16 ? "inet6" : "inet") + " prefix is expected rather than \""
                    + text + "\".", 1);
        }
        return new Prefix(parsed, (int) length);
    }

    @Override
    public String usage(String kind) {
        String modes = kind.equals(SitCodec.KIND) ? "{ ip6ip | ipip | mplsip | any } | isatap" : "{ ipip | mplsip | any }";
        return "Usage: ip link add NAME type " + kind + " [ OPTION ]...\n"
                + "OPTION := { mode " + modes + " | remote ADDR | local ADDR | dev DEVICE\n"
                + "            | ttl { TTL | inherit } | tos { TOS | inherit } | [no]pmtudisc | fwmark MARK\n"
                + "            | 6rd-prefix PREFIX | 6rd-relay_prefix PREFIX | 6rd-reset (sit)\n"
                + "            | external | noencap | encap { fou | gue | none } | encap-sport { PORT | auto }\n"
                + "            | encap-dport PORT | [no]encap-csum | [no]encap-udp6-csum | [no]encap-remcsum }\n"
                + "ADDR is an IPv4 address or \"any\"; a fixed TTL needs pmtudisc.\n"
                + "jnl creates tunnels of this kind; it does not change them (\"ip link set\").\n";
    }
}
