package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.TunnelWords.key;
import static io.jnetlink.examples.ip.link.TunnelWords.number;
import static io.jnetlink.examples.ip.link.TunnelWords.unspecified;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.GreAttributes;
import io.jnetlink.route.link.tunnel.GreData;
import io.jnetlink.route.link.tunnel.TunnelEncap;
import java.net.InetAddress;

/**
 * {@code type gre|gretap|erspan|ip6gre|ip6gretap|ip6erspan OPTIONS}: the IFLA_GRE_* attributes as ip
 * encodes a new tunnel, every one of them with ip's defaults for what the command line leaves out,
 * in ip's order.
 */
final class GreKindOptions implements KindOptions {
    /** The IPv6 kinds' defaults: hop limit 64, encapsulation limit 4. */
    private static final int DEFAULT_HOP_LIMIT = 64;

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return GreData.of(kind);
        }
        if (!context.creating()) {
            throw TunnelWords.noChange(context, kind, GreData.class);
        }
        boolean v6 = kind.startsWith("ip6");
        boolean erspan = v6 || kind.equals("erspan"); // ip reads the erspan options for every IPv6 kind
        TunnelWords.Family family = v6 ? TunnelWords.Family.INET6 : TunnelWords.Family.INET;
        int iflags = 0;
        int oflags = 0;
        long ikey = 0;
        long okey = 0;
        InetAddress local = null;
        InetAddress remote = null;
        boolean pmtudisc = true;
        int ignoreDf = 0; // 0: not given; 1: ignore-df; 2: noignore-df (ip sends its low bit)
        int tos = 0;
        int ttl = v6 ? DEFAULT_HOP_LIMIT : 0;
        int link = 0;
        Ip6TunnelOptions ip6 = new Ip6TunnelOptions();
        TunnelWords.Encap encap = new TunnelWords.Encap(v6 ? TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM6 : 0);
        boolean metadata = false;
        int erspanIndex = 0;
        int erspanVersion = 1;
        int erspanDirection = GreData.ERSPAN_DIR_INGRESS;
        int erspanHwid = 0;
        while (args.hasNext()) {
            String word = args.next();
            String option = prefixed(word, "key", "nokey", "ikey", "noikey", "okey", "nookey", "seq", "noseq", "iseq",
                    "noiseq", "oseq", "nooseq", "csum", "nocsum", "icsum", "noicsum", "ocsum", "noocsum", "nopmtudisc",
                    "pmtudisc", "remote", "local", "dev", "ttl", "hoplimit", "hlim", "tos", "tclass", "dsfield");
            switch (option) {
                case "key" -> {
                    ikey = okey = key("key", args.value());
                    iflags |= GreData.GRE_KEY;
                    oflags |= GreData.GRE_KEY;
                }
                case "nokey" -> {
                    ikey = okey = 0;
                    iflags &= ~GreData.GRE_KEY;
                    oflags &= ~GreData.GRE_KEY;
                }
                case "ikey" -> {
                    ikey = key("ikey", args.value());
                    iflags |= GreData.GRE_KEY;
                }
                case "noikey" -> {
                    ikey = 0;
                    iflags &= ~GreData.GRE_KEY;
                }
                case "okey" -> {
                    okey = key("okey", args.value());
                    oflags |= GreData.GRE_KEY;
                }
                case "nookey" -> {
                    okey = 0;
                    oflags &= ~GreData.GRE_KEY;
                }
                case "seq", "noseq", "iseq", "noiseq", "oseq", "nooseq", "csum", "nocsum", "icsum", "noicsum", "ocsum",
                        "noocsum" -> {
                    boolean on = !option.startsWith("no");
                    String bare = on ? option : option.substring(2);
                    int bit = bare.endsWith("seq") ? GreData.GRE_SEQ : GreData.GRE_CSUM;
                    if (!bare.startsWith("o")) {
                        iflags = on ? iflags | bit : iflags & ~bit;
                    }
                    if (!bare.startsWith("i")) {
                        oflags = on ? oflags | bit : oflags & ~bit;
                    }
                }
                case "nopmtudisc", "pmtudisc" -> {
                    if (v6) {
                        throw TunnelWords.unknown(this, kind, "");
                    }
                    pmtudisc = option.equals("pmtudisc");
                }
                case "remote" -> remote = TunnelWords.address(args.value(), family);
                case "local" -> local = TunnelWords.address(args.value(), family);
                case "dev" -> link = TunnelWords.lowerDevice(context, args.value());
                case "ttl", "hoplimit", "hlim" -> {
                    String value = args.value();
                    ttl = value.equals("inherit") ? 0 : (int) number(value, 0xff, v6 ? "invalid HLIM\n" : "invalid TTL\n");
                }
                case "tos", "tclass", "dsfield" -> {
                    if (v6) {
                        ip6.read("tos", args);
                    } else {
                        tos = TunnelWords.tos(args.value());
                    }
                }
                default -> {
                    if (encap.read(word, args)) {
                        break;
                    }
                    String familyOption = familyWord(v6, word);
                    switch (familyOption) {
                        case "external" -> metadata = true;
                        case "ignore-df" -> ignoreDf = 1;
                        case "noignore-df" -> ignoreDf = 2;
                        case "fwmark" -> ip6.fwmark(args.value(), v6);
                        case "flowlabel", "dscp", "allow-localremote", "noallow-localremote", "encaplimit" ->
                                ip6.read(familyOption, args);
                        default -> {
                            if (!erspan) {
                                throw TunnelWords.unknown(this, kind, "");
                            }
                            switch (word) {
                                case "erspan" -> {
                                    String value = args.value();
                                    erspanIndex = (int) number(value, 0xffffffffL, "invalid erspan index\n");
                                    if (erspanIndex <= 0 || erspanIndex > GreData.MAX_ERSPAN_INDEX) {
                                        throw invalidArgument(value, "erspan index must be > 0 and <= 20-bit\n");
                                    }
                                }
                                case "erspan_ver" -> {
                                    String value = args.value();
                                    erspanVersion = (int) number(value, 0xff, "invalid erspan version\n");
                                    if (erspanVersion > 2) {
                                        throw invalidArgument(value, "erspan version must be 0/1/2\n");
                                    }
                                }
                                case "erspan_dir" -> {
                                    String value = args.value();
                                    String direction = prefixed(value, "ingress", "egress");
                                    erspanDirection = switch (direction) {
                                        case "ingress" -> GreData.ERSPAN_DIR_INGRESS;
                                        case "egress" -> GreData.ERSPAN_DIR_EGRESS;
                                        default -> throw invalidArgument(value, "Invalid erspan direction.");
                                    };
                                }
                                case "erspan_hwid" -> erspanHwid = (int) number(args.value(), 0xffff,
                                        "invalid erspan hwid\n");
                                default -> throw TunnelWords.unknown(this, kind, "");
                            }
                        }
                    }
                }
            }
        }
        if (!v6 && remote != null && remote.isMulticastAddress()) {
            // A multicast tunnel keys on its group unless given keys.
            long group = TunnelWords.asNumber(remote);
            if (ikey == 0) {
                ikey = group;
                iflags |= GreData.GRE_KEY;
            }
            if (okey == 0) {
                okey = group;
                oflags |= GreData.GRE_KEY;
            }
            if (unspecified(local)) {
                throw new CommandFailure("A broadcast tunnel requires a source address.", 1);
            }
        }
        GreData data = GreData.of(kind);
        if (metadata) {
            return data.with(GreAttributes.COLLECT_METADATA, true);
        }
        data = data.with(GreAttributes.IKEY, ikey).with(GreAttributes.OKEY, okey).with(GreAttributes.IFLAGS, iflags)
                .with(GreAttributes.OFLAGS, oflags);
        if (!unspecified(local)) {
            data = data.with(GreAttributes.LOCAL, local);
        }
        if (!unspecified(remote)) {
            data = data.with(GreAttributes.REMOTE, remote);
        }
        if (v6) {
            if (link != 0) {
                data = data.with(GreAttributes.LINK, link);
            }
            data = data.with(GreAttributes.TTL, ttl).with(GreAttributes.ENCAP_LIMIT, ip6.encapLimit)
                    .with(GreAttributes.FLOWINFO, ip6.flowinfo).with(GreAttributes.FLAGS, ip6.flags);
        } else {
            data = data.with(GreAttributes.PMTUDISC, pmtudisc);
            if (ignoreDf != 0) {
                data = data.with(GreAttributes.IGNORE_DF, (ignoreDf & 1) != 0);
            }
            data = data.with(GreAttributes.TOS, tos);
            if (link != 0) {
                data = data.with(GreAttributes.LINK, link);
            }
            data = data.with(GreAttributes.TTL, ttl);
        }
        data = data.with(GreAttributes.FWMARK, ip6.fwmark);
        if (erspan) {
            data = data.with(GreAttributes.ERSPAN_VER, erspanVersion);
            if (erspanVersion == 1 && erspanIndex != 0) {
                data = data.with(GreAttributes.ERSPAN_INDEX, erspanIndex);
            } else if (erspanVersion == 2) {
                data = data.with(GreAttributes.ERSPAN_DIR, erspanDirection).with(GreAttributes.ERSPAN_HWID, erspanHwid);
            }
        }
        return data.with(GreAttributes.ENCAP_TYPE, encap.type).with(GreAttributes.ENCAP_FLAGS, encap.flags)
                .with(GreAttributes.ENCAP_SPORT, encap.sourcePort).with(GreAttributes.ENCAP_DPORT, encap.destinationPort);
    }

    /** The whole-word option {@code word} names for the kind's family ({@code fl} is IPv6's {@code flowlabel}); "" if none. */
    private static String familyWord(boolean v6, String word) {
        return switch (word) {
            case "fl" -> v6 ? "flowlabel" : "";
            case "flowlabel", "dscp", "allow-localremote", "noallow-localremote", "encaplimit" -> v6 ? word : "";
            case "ignore-df", "noignore-df" -> v6 ? "" : word;
            default -> word;
        };
    }

    @Override
    public String usage(String kind) {
        boolean v6 = kind.startsWith("ip6");
        String erspan = v6 || kind.equals("erspan")
                ? "            | erspan INDEX | erspan_ver { 0 | 1 | 2 } | erspan_dir { ingress | egress } | erspan_hwid ID\n"
                : "";
        String family = v6
                ? "            | flowlabel { LABEL | inherit } | dscp inherit | encaplimit { LIMIT | none }\n"
                        + "            | [no]allow-localremote | fwmark { MARK | inherit }\n"
                : "            | [no]pmtudisc | [no]ignore-df | fwmark MARK\n";
        return "Usage: ip link add NAME type " + kind + " [ OPTION ]...\n"
                + "OPTION := { remote ADDR | local ADDR | dev DEVICE | ttl { TTL | inherit } | tos { TOS | inherit }\n"
                + "            | [i|o]key KEY | no[i|o]key | [no][i|o]seq | [no][i|o]csum\n"
                + family + erspan
                + "            | external | noencap | encap { fou | gue | none } | encap-sport { PORT | auto }\n"
                + "            | encap-dport PORT | [no]encap-csum | [no]encap-udp6-csum | [no]encap-remcsum }\n"
                + "KEY is a number or a dotted quad; ADDR is an " + (v6 ? "IPv6" : "IPv4") + " address or \"any\".\n"
                + "jnl creates tunnels of this kind; it does not change them (\"ip link set\").\n";
    }
}
