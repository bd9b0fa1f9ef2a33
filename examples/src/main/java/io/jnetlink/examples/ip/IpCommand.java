package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkHelp;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.AddressFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip [-n NETNS] [-d] [-o] [-c] [-s] [-br] [-j [-p]] [-4|-6] OBJECT ...}: {@code link},
 * {@code address}, {@code route}, {@code neigh}, {@code netns} and {@code monitor}, printed as
 * iproute2 6.1 prints them; {@code link add|set|delete} change links and
 * {@code address add|change|replace|delete|flush} addresses as ip does.
 */
public final class IpCommand implements Command {
    @Override
    public String name() {
        return "ip";
    }

    @Override
    public String summary() {
        return "[-n NETNS] [-d] [-o] [-c] [-s] [-br] [-j [-p]] [-4|-6] [-force] [-batch FILE] "
                + "link|addr|route|rule|nexthop|neigh|netns|tuntap ...  (iproute2's ip)";
    }

    /** As ip and bridge: {@code --help} prints the usage on standard error with status 255. */
    @Override
    public boolean helpIsUsageError() {
        return true;
    }

    @Override
    public String usage() {
        return """
                Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
                       ip [ -force ] -b[atch] { FILE | - }
                       ip -V[ersion]
                where  OBJECT := { link | address | route | rule | nexthop | neigh | netns | tuntap | monitor | help }
                       OPTIONS := { -n[etns] NAME | -d[etails] | -o[neline] | -c[olor] | -s[tatistics] |
                                    -br[ief] | -j[son] | -p[retty] | -4 | -6 | -f[amily] { inet | inet6 } |
                                    -a[ll] | -h[uman-readable] (accepted, but not with -s) }

                       ip link [ show [ [dev] DEV ] [ up ] [ master DEV ] [ nomaster ] [ group GROUP ] [ type KIND ] ]
                       ip link add [ link DEV ] [ name ] NAME [ index N ] [ LINKOPTION ... ] type KIND [ KINDOPTION ... ]
                       ip link set { [ dev ] DEV | group N } { SETOPTION }...
                       ip link delete { [ dev ] DEV | group N }
                       ip link property { add | del } [ dev ] DEV [ altname NAME ]...
                       ip link help [ KIND ]
                       ip address [ show [ [dev] DEV ] [ up ] [ master DEV ] [ nomaster ] [ group GROUP ] [ type KIND ]
                                         [ scope SCOPE ] [ to PREFIX ] [ label PATTERN ] [ FLAG ... ] ]
                       ip address { add | change | replace | delete } IFADDR dev DEV [ ADDROPTION ... ]
                       ip address flush { [dev] DEV | scope SCOPE | to PREFIX | label PATTERN | FLAG }...
                       ip route [ show [ table TABLE ] [ dev DEV ] [ iif DEV ] [ proto RTPROTO ]
                                       [ scope SCOPE ] [ type TYPE ] [ tos TOS ] [ metric NUMBER ]
                                       [ via PREFIX ] [ src PREFIX ] [ from [root|match|exact] PREFIX ]
                                       [ [to] [root|match|exact] PREFIX ] ]
                       ip route get [ to ] ADDRESS
                       ip rule [ list [ SELECTOR ] ] | ip rule { add | del } SELECTOR ACTION | ip rule flush [ SELECTOR ]
                       ip neigh [ show | flush ] [ dev DEV ] [ master DEV ] [ nomaster ] [ proxy ] [ nud STATE ]
                                [ protocol PROTO ] [ unused ] [ [to] PREFIX ]
                       ip neigh { add | change | replace | delete } { ADDR | proxy ADDR } dev DEV [ NEIGHOPTION ... ]
                       ip neigh get { ADDR | proxy ADDR } dev DEV
                       ip netns [ list | list-id | identify [ PID ] | pids NAME ]
                       ip nexthop [ list | show | get | add | replace | del | flush ] ...  ("ip nexthop help")
                       ip netns { add | delete } NAME
                       ip -all netns delete
                       ip netns set NAME { ID | auto }
                       ip tuntap [ { add | del } [ dev ] NAME mode { tun | tap } [ user USER ] [ group GROUP ]
                                   [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] | show ]
                LINKOPTION := { txqueuelen N | address LLADDR | broadcast LLADDR | mtu N |
                                numtxqueues N | numrxqueues N | group N | alias TEXT }
                KIND [ KINDOPTION ] := { bridge [ BRIDGEOPTION ]... (ip link help bridge lists them) |
                                         veth [ peer [ name ] NAME [ netns NETNS ] ] | ifb | dummy |
                                         vxlan id VNI [ dstport PORT ] [ local ADDR ] [ remote ADDR ]
                                               [ dev DEV ] [ learning | nolearning ] |
                                         { macvlan | macvtap } [ mode MODE ] [ MACVLANOPTION ]...
                                           (ip link help macvlan lists them) }
                TUNNEL := { geneve | gre | gretap | erspan | ip6gre | ip6gretap | ip6erspan | ipip | sit |
                            ip6tnl | vti | vti6 } [ OPTION ]... (ip link add only; an unknown OPTION shows them)
                SETOPTION := { up | down | mtu N | txqueuelen N | name NEWNAME | address LLADDR |
                               alias TEXT | master DEV | nomaster | vrf NAME |
                               netns { NAME | PATH | PID } [ index N ] | link-netns NAME | link-netnsid ID |
                               arp { on | off } | multicast { on | off } | promisc { on | off } |
                               allmulticast { on | off } | dynamic { on | off } | trailers { on | off } |
                               mode { default | dormant } | state { UP | DOWN | DORMANT | TESTING | ... } |
                               { xdp | xdpgeneric | xdpdrv | xdpoffload } { off | none } | parentdev NAME |
                               group N | carrier { on | off } |
                               addrgenmode { eui64 | none | stable_secret | random } |
                               protodown { on | off } | protodown_reason N { on | off } |
                               gso_max_size N | gso_max_segs N | gro_max_size N |
                               type bridge_slave [ PORTOPTION ]... }
                PORTOPTION := { fdb_flush | state N | priority N | cost N | mcast_router N |
                                group_fwd_mask N | backup_port DEV | nobackup_port |
                                { hairpin | guard | root_block | fastleave | mcast_fast_leave | learning |
                                  flood | mcast_flood | bcast_flood | mcast_to_unicast | proxy_arp |
                                  proxy_arp_wifi | neigh_suppress | vlan_tunnel | isolated | locked } { on | off } }
                NEIGHOPTION := { lladdr { LLADDR | null } | nud STATE | router | use | managed | extern_learn |
                                 protocol PROTO }
                MODE := { private | vepa | bridge | passthru | source }
                IFADDR := PREFIX (an IPv4 or IPv6 address, /LEN optional; ::ffff:a.b.c.d stays IPv6)
                ADDROPTION := { local PREFIX | peer PREFIX | broadcast { ADDR | + | - } | anycast ADDR |
                                label LABEL | scope SCOPE | valid_lft { SECONDS | forever } |
                                preferred_lft { SECONDS | forever } | metric N | home | mngtmpaddr |
                                nodad | optimistic | noprefixroute | autojoin }
                FLAG := { primary | secondary | temporary | permanent | dynamic | [-]tentative |
                          [-]deprecated | [-]dadfailed | home | nodad | mngtmpaddr | noprefixroute | autojoin }

                Output is byte-identical to iproute2 6.1. ip link add, set and delete send the request ip
                sends for the same command line, attribute for attribute, and fail with ip's messages and
                exit statuses; an option jnl lacks fails with a message of its own. ip address add, change,
                replace, delete and flush do the same for addresses; flush deletes every address the
                selectors pick, round after round until none is left.
                A batch runs each line of FILE (- for standard input) as ip's command line after the
                options; a failed line ends it unless -force. DEV may be an alternative name.
                -n NAME and netns NAME resolve NAME in --netns-dir.
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        Invocation current = invocation;
        boolean details = false;
        boolean oneline = false;
        boolean color = false;
        int family = 0;
        int statistics = 0;
        boolean brief = false;
        boolean json = false;
        boolean pretty = false;
        boolean force = false;
        boolean all = false;
        boolean human = false;
        String batch = null;
        // The options again, but for -n, -batch and what ends them: each line of a batch runs with them.
        List<String> lineOptions = new ArrayList<>();
        while (args.hasNext() && args.peek().startsWith("-")) {
            String option = args.next();
            if (option.equals("--")) {
                break;
            }
            // ip's order: the first option a prefix names wins (-b is -batch, -f is -family).
            String bare = option.startsWith("--") ? option.substring(1) : option;
            if (Args.matches(bare, "-family")) {
                String name = args.hasNext() ? args.next() : "help";
                family = switch (name) {
                    case "inet" -> AddressFamily.AF_INET;
                    case "inet6" -> AddressFamily.AF_INET6;
                    case "help" -> throw IpUsage.fail(usage());
                    case "link", "mpls", "bridge" -> throw new CommandFailure("jnl: \"" + option + " " + name
                            + "\" is not supported: jnl reads only the inet and inet6 families", 255);
                    default -> throw LinkWords.invalidArgument(name, "invalid protocol family");
                };
                lineOptions.addAll(List.of(option, name));
            } else if (bare.equals("-4") || bare.equals("-6")) {
                family = bare.equals("-4") ? AddressFamily.AF_INET : AddressFamily.AF_INET6;
                lineOptions.add(option);
            } else if (bare.equals("-0") || bare.equals("-M") || bare.equals("-B")) {
                throw new CommandFailure("jnl: \"" + option + "\" is not supported: jnl reads only the inet and inet6"
                        + " families", 255);
            } else if (Args.matches(bare, "-human") || Args.matches(bare, "-human-readable")) {
                human = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-stats") || Args.matches(bare, "-statistics")) {
                statistics++;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-details")) {
                details = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-oneline")) {
                oneline = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-Version")) {
                invocation.out().println("ip utility, jnl " + version() + " (output of iproute2-6.1.0)");
                return 0;
            } else if (Args.matches(bare, "-force")) {
                force = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-batch")) {
                if (!args.hasNext()) {
                    throw IpUsage.fail(usage());
                }
                batch = args.next();
            } else if (Args.matches(bare, "-brief") && bare.length() > 2) {
                brief = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-json")) {
                json = true;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-pretty")) {
                pretty = true;
                lineOptions.add(option);
            } else if (bare.equals("-c") || bare.equals("-color") || bare.equals("-color=always")) {
                color = true;
                lineOptions.add(option);
            } else if (bare.equals("-color=never")) {
                color = false;
                lineOptions.add(option);
            } else if (Args.matches(bare, "-help")) {
                throw IpUsage.fail(usage());
            } else if (Args.matches(bare, "-netns")) {
                current = current.inNamedNamespace(args.value());
            } else if (Args.matches(bare, "-all")) {
                all = true;
                lineOptions.add(option);
            } else {
                throw new CommandFailure("Option \"" + option + "\" is unknown, try \"ip -help\".", 255);
            }
        }
        if (human && statistics > 0) {
            throw new CommandFailure("jnl: \"-human\" is not supported: jnl prints statistics as exact numbers", 255);
        }
        if (batch != null) {
            return IpBatch.run(current, batch, lineOptions, force);
        }
        IpOptions options = new IpOptions(details, oneline,
                color ? Palette.forBackground(invocation.env("COLORFGBG")) : Palette.NONE, family, statistics, brief, json,
                pretty, force, all);
        String object = args.next();
        if (object == null) {
            throw IpUsage.fail(usage());
        }
        // ip's order: the first object a prefix names wins (n is neighbour, h is help).
        if (Args.matches(object, "address")) {
            refuseHelp(args, IpUsage.ADDRESS);
            return new IpAddress(current, options).run(args);
        } else if (Args.matches(object, "route")) {
            refuseHelp(args, IpUsage.ROUTE);
            return new IpRoute(current, options).run(args);
        } else if (Args.matches(object, "rule")) {
            return new IpRule(current, options).run(args);
        } else if (Args.matches(object, "neighbour") || Args.matches(object, "neighbor")) {
            refuseHelp(args, IpUsage.NEIGH);
            return new IpNeigh(current, options).run(args);
        } else if (Args.matches(object, "link")) {
            if (args.hasNext() && Args.matches(args.peek(), "help")) {
                args.next();
                return LinkHelp.print(current, args);
            }
            return new IpLink(current, options).run(args);
        } else if (Args.matches(object, "tuntap") && object.length() > 3 || Args.matches(object, "tap") && object.length() > 1) {
            return new IpTuntap(current, options).run(args); // ip: "t" to "tun" are tunnel, which jnl lacks
        } else if (Args.matches(object, "nexthop")) {
            return new IpNexthop(current, options).run(args);
        } else if (Args.matches(object, "monitor") && object.length() > 1) {
            refuseHelp(args, IpUsage.MONITOR);
            return MonitorCommand.monitor(current, options, args);
        } else if (Args.matches(object, "netns")) {
            return new IpNetns(current, options).run(args);
        } else if (Args.matches(object, "help")) {
            throw IpUsage.fail(usage());
        }
        throw new CommandFailure("Object \"" + object + "\" is unknown, try \"ip help\".", 1);
    }

    /** When the next word asks for help ({@code ip route help}): fails with the object's usage, as ip does. */
    private static void refuseHelp(Args args, String usage) {
        if (args.hasNext() && Args.matches(args.peek(), "help")) {
            throw IpUsage.fail(usage);
        }
    }

    /** This jar's version, from its manifest; {@code dev} when run from classes. */
    private static String version() {
        String version = IpCommand.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
