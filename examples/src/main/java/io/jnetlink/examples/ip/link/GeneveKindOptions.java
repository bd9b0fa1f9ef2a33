package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.TunnelWords.duplicate;
import static io.jnetlink.examples.ip.link.TunnelWords.number;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.GeneveAttributes;
import io.jnetlink.route.link.tunnel.GeneveData;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code type geneve OPTIONS}: the IFLA_GENEVE_* attributes as ip encodes them: {@code ttl inherit}
 * and {@code df} where they stand, then the id, the remote, and (on a new link, or when given) the
 * flow label, TTL and TOS, then what else was given.
 */
final class GeneveKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        GeneveData data = GeneveData.of();
        if (!args.hasNext()) {
            return data;
        }
        Set<String> given = new HashSet<>();
        int vni = 0;
        InetAddress remote = null;
        long label = 0;
        int ttl = 0;
        int tos = 0;
        int port = 0;
        boolean metadata = false;
        boolean innerProtoInherit = false;
        boolean udpCsum = false;
        boolean zeroCsum6Tx = false;
        boolean zeroCsum6Rx = false;
        while (args.hasNext()) {
            String word = args.next();
            String option = word.equals("innerprotoinherit") ? word : prefixed(word, "id", "vni", "remote", "ttl",
                    "hoplimit", "tos", "dsfield", "df", "label", "flowlabel", "dstport", "external", "noexternal",
                    "udpcsum", "noudpcsum", "udp6zerocsumtx", "noudp6zerocsumtx", "udp6zerocsumrx", "noudp6zerocsumrx",
                    "help");
            switch (option) {
                case "id", "vni" -> {
                    String value = once(given, "id", args.value());
                    vni = (int) number(value, 0xffffffffL, "invalid id");
                    if (vni < 0 || vni > GeneveData.MAX_VNI) {
                        throw invalidArgument(value, "invalid id");
                    }
                }
                case "remote" -> {
                    String value = once(given, "remote", args.value());
                    remote = TunnelWords.address(value, TunnelWords.Family.ANY);
                    if (remote == null || remote.isMulticastAddress()) {
                        throw invalidArgument(value, "invalid remote address");
                    }
                }
                case "ttl", "hoplimit" -> {
                    String value = once(given, "ttl", args.value());
                    if (value.equals("inherit")) {
                        data = data.with(GeneveAttributes.TTL_INHERIT, true);
                    } else if (!value.equals("auto")) {
                        long number = number(value, 0xffffffffL, "invalid TTL");
                        if (number > 255) {
                            throw invalidArgument(value, "TTL must be <= 255");
                        }
                        ttl = (int) number;
                    }
                }
                case "tos", "dsfield" -> tos = TunnelWords.tos(once(given, "tos", args.value()));
                case "df" -> {
                    String value = once(given, "df", args.value());
                    data = data.with(GeneveAttributes.DF, switch (value) {
                        case "unset" -> GeneveData.GENEVE_DF_UNSET;
                        case "set" -> GeneveData.GENEVE_DF_SET;
                        case "inherit" -> GeneveData.GENEVE_DF_INHERIT;
                        default -> throw invalidArgument(value, "DF must be 'unset', 'set' or 'inherit'");
                    });
                }
                case "label", "flowlabel" -> {
                    String value = once(given, "flowlabel", args.value());
                    label = number(value, 0xffffffffL, "invalid flowlabel");
                    if (label > GeneveData.MAX_LABEL) {
                        throw invalidArgument(value, "invalid flowlabel");
                    }
                }
                case "dstport" -> port = (int) number(once(given, "dstport", args.value()), 0xffff, "dstport");
                case "external", "noexternal" -> metadata = onceSwitch(given, "external", word, option);
                case "udpcsum", "noudpcsum" -> udpCsum = onceSwitch(given, "udpcsum", word, option);
                case "udp6zerocsumtx", "noudp6zerocsumtx" ->
                        zeroCsum6Tx = onceSwitch(given, "udp6zerocsumtx", word, option);
                case "udp6zerocsumrx", "noudp6zerocsumrx" ->
                        zeroCsum6Rx = onceSwitch(given, "udp6zerocsumrx", word, option);
                case "innerprotoinherit" -> innerProtoInherit = onceSwitch(given, option, word, option);
                case "help" -> throw TunnelWords.unknown(this, kind, "");
                default -> throw TunnelWords.unknown(this, kind, "geneve: unknown command \"" + word + "\"?\n");
            }
        }
        if (metadata && given.contains("id")) {
            throw new CommandFailure("geneve: both 'external' and vni cannot be specified", 1);
        }
        // A change sends the VNI (which names the tunnel) and only what the command line gives.
        boolean add = context.creating();
        if (!metadata) {
            if (!given.contains("id")) {
                throw new CommandFailure("geneve: missing virtual network identifier", 1);
            }
            if (add && remote == null) {
                throw new CommandFailure("geneve: remote link partner not specified", 1);
            }
        }
        data = data.with(GeneveAttributes.ID, vni);
        if (remote != null) {
            data = data.with(remote instanceof Inet4Address ? GeneveAttributes.REMOTE : GeneveAttributes.REMOTE6, remote);
        }
        if (add || given.contains("flowlabel")) {
            data = data.with(GeneveAttributes.LABEL, label);
        }
        if (add || given.contains("ttl")) {
            data = data.with(GeneveAttributes.TTL, ttl);
        }
        if (add || given.contains("tos")) {
            data = data.with(GeneveAttributes.TOS, tos);
        }
        if (port != 0) {
            data = data.with(GeneveAttributes.PORT, port);
        }
        if (metadata) {
            data = data.with(GeneveAttributes.COLLECT_METADATA, true);
        }
        if (innerProtoInherit) {
            data = data.with(GeneveAttributes.INNER_PROTO_INHERIT, true);
        }
        if (given.contains("udpcsum")) {
            data = data.with(GeneveAttributes.UDP_CSUM, udpCsum);
        }
        if (given.contains("udp6zerocsumtx")) {
            data = data.with(GeneveAttributes.UDP_ZERO_CSUM6_TX, zeroCsum6Tx);
        }
        if (given.contains("udp6zerocsumrx")) {
            data = data.with(GeneveAttributes.UDP_ZERO_CSUM6_RX, zeroCsum6Rx);
        }
        return data;
    }

    /** {@code value}, after ip's check that the option {@code key} was not given before. */
    private static String once(Set<String> given, String key, String value) {
        if (!given.add(key)) {
            throw duplicate(key, value);
        }
        return value;
    }

    /** True when {@code word} (a switch of the pair named {@code key}) turns it on; ip allows one of the pair. */
    private static boolean onceSwitch(Set<String> given, String key, String word, String option) {
        if (!given.add(key)) {
            throw duplicate(word, word);
        }
        return option.equals(key);
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link { add | set } NAME type geneve { id VNI | external } [ GENEVEOPTION ]...
                GENEVEOPTION := { remote ADDRESS | ttl { 1-255 | auto | inherit } | tos { TOS | inherit }
                                | df { unset | set | inherit } | flowlabel LABEL | dstport PORT
                                | [no]external | [no]udpcsum | [no]udp6zerocsumtx | [no]udp6zerocsumrx
                                | innerprotoinherit }
                A new tunnel needs an id and a remote unless it is external (VNI 0-16777215, LABEL 0-1048575).
                """;
    }
}
