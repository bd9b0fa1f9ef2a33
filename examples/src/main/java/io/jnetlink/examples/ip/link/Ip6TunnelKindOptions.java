package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.TunnelWords.number;
import static io.jnetlink.examples.ip.link.TunnelWords.unspecified;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.Ip6TunnelAttributes;
import io.jnetlink.route.link.tunnel.Ip6TunnelData;
import io.jnetlink.route.link.tunnel.IpTunnelData;
import io.jnetlink.route.link.tunnel.TunnelEncap;
import java.net.InetAddress;

/**
 * {@code type ip6tnl OPTIONS}: the IFLA_IPTUN_* attributes as ip encodes a new IPv6 tunnel, every
 * one with ip's default for what the command line leaves out (hop limit 64, encapsulation limit 4,
 * UDP checksums over IPv6), in ip's order.
 */
final class Ip6TunnelKindOptions implements KindOptions {
    private static final int DEFAULT_HOP_LIMIT = 64;

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return Ip6TunnelData.of();
        }
        if (!context.creating()) {
            throw TunnelWords.noChange(context, kind, Ip6TunnelData.class);
        }
        int proto = 0;
        InetAddress local = null;
        InetAddress remote = null;
        int hopLimit = DEFAULT_HOP_LIMIT;
        Ip6TunnelOptions ip6 = new Ip6TunnelOptions();
        int link = 0;
        boolean metadata = false;
        TunnelWords.Encap encap = new TunnelWords.Encap(TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM6);
        while (args.hasNext()) {
            String word = args.next();
            String option = Args.matches(word, "dev") ? "dev" : switch (word) {
                case "hoplimit", "hlim" -> "ttl";
                case "tclass", "tc" -> "tos";
                case "fl" -> "flowlabel";
                default -> Args.matches(word, "dsfield") ? "tos" : word;
            };
            if (encap.read(word, args)) {
                continue;
            }
            switch (option) {
                case "mode" -> {
                    String value = args.value();
                    proto = switch (value) {
                        case "ipv6/ipv6", "ip6ip6" -> IpTunnelData.IPPROTO_IPV6;
                        case "ip/ipv6", "ipv4/ipv6", "ipip6", "ip4ip6" -> IpTunnelData.IPPROTO_IPIP;
                        case "any/ipv6", "any" -> 0;
                        default -> throw invalidArgument(value, "Cannot guess tunnel mode.");
                    };
                }
                case "remote" -> remote = TunnelWords.address(args.value(), TunnelWords.Family.INET6);
                case "local" -> local = TunnelWords.address(args.value(), TunnelWords.Family.INET6);
                case "dev" -> link = TunnelWords.lowerDevice(context, args.value());
                case "ttl" -> {
                    String value = args.value();
                    hopLimit = value.equals("inherit") ? 0 : (int) number(value, 0xff, "invalid HLIM\n");
                }
                case "external" -> metadata = true;
                default -> {
                    if (!ip6.read(option, args)) {
                        throw TunnelWords.unknown(this, kind, "");
                    }
                }
            }
        }
        Ip6TunnelData data = Ip6TunnelData.of().with(Ip6TunnelAttributes.PROTO, proto);
        if (metadata) {
            return data.with(Ip6TunnelAttributes.COLLECT_METADATA, true);
        }
        if (!unspecified(local)) {
            data = data.with(Ip6TunnelAttributes.LOCAL, local);
        }
        if (!unspecified(remote)) {
            data = data.with(Ip6TunnelAttributes.REMOTE, remote);
        }
        return data.with(Ip6TunnelAttributes.TTL, hopLimit).with(Ip6TunnelAttributes.ENCAP_LIMIT, ip6.encapLimit)
                .with(Ip6TunnelAttributes.FLOWINFO, ip6.flowinfo).with(Ip6TunnelAttributes.FLAGS, ip6.flags)
                .with(Ip6TunnelAttributes.LINK, link).with(Ip6TunnelAttributes.FWMARK, ip6.fwmark)
                .with(Ip6TunnelAttributes.ENCAP_TYPE, encap.type).with(Ip6TunnelAttributes.ENCAP_FLAGS, encap.flags)
                .with(Ip6TunnelAttributes.ENCAP_SPORT, encap.sourcePort)
                .with(Ip6TunnelAttributes.ENCAP_DPORT, encap.destinationPort);
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link add NAME type ip6tnl [ OPTION ]...
                OPTION := { mode { ip6ip6 | ipip6 | any } | remote ADDR | local ADDR | dev DEVICE
                            | hoplimit { HLIM | inherit } | encaplimit { LIMIT | none }
                            | tclass { TCLASS | inherit } | flowlabel { LABEL | inherit } | dscp inherit
                            | fwmark { MARK | inherit } | [no]allow-localremote
                            | external | noencap | encap { fou | gue | none } | encap-sport { PORT | auto }
                            | encap-dport PORT | [no]encap-csum | [no]encap-udp6-csum | [no]encap-remcsum }
                ADDR is an IPv6 address or "any"; TCLASS and LABEL are hexadecimal.
                jnl creates tunnels of this kind; it does not change them ("ip link set").
                """;
    }
}
