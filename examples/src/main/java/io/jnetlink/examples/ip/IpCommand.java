package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;

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
        return "[-n NETNS] [-d] [-o] [-c] [-s] [-br] [-j [-p]] [-4|-6] link|addr|route|rule|neigh|netns|tuntap ...  (iproute2's ip)";
    }

    @Override
    public String usage() {
        return """
                Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
                where  OBJECT := { link | address | route | rule | neigh | netns | tuntap | monitor }
                       OPTIONS := { -n[etns] NAME | -d[etails] | -o[neline] | -c[olor] | -s[tatistics] |
                                    -br[ief] | -j[son] | -p[retty] | -4 | -6 }

                       ip link [ show [ [dev] DEV ] [ up ] [ master DEV ] [ nomaster ] [ group GROUP ] [ type KIND ] ]
                       ip link add [ link DEV ] [ name ] NAME [ LINKOPTION ... ] type KIND [ KINDOPTION ... ]
                       ip link set { [ dev ] DEV | group N } { SETOPTION }...
                       ip link delete { [ dev ] DEV | group N }
                       ip link property { add | del } [ dev ] DEV [ altname NAME ]...
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
                               alias TEXT | master DEV | nomaster | netns { NAME | PID } |
                               arp { on | off } | multicast { on | off } | promisc { on | off } |
                               allmulticast { on | off } | group N | carrier { on | off } |
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
        while (args.hasNext() && args.peek().startsWith("-")) {
            String option = args.next();
            String bare = option.startsWith("--") ? option.substring(1) : option;
            if (bare.equals("-n") || Args.matches(bare, "-netns") && bare.length() > 2) {
                current = current.inNamedNamespace(args.value());
            } else if (Args.matches(bare, "-details")) {
                details = true;
            } else if (Args.matches(bare, "-oneline")) {
                oneline = true;
            } else if (bare.equals("-c") || bare.equals("-color") || bare.equals("-color=always")) {
                color = true;
            } else if (bare.equals("-color=never")) {
                color = false;
            } else if (Args.matches(bare, "-stats") || Args.matches(bare, "-statistics")) {
                statistics++;
            } else if (Args.matches(bare, "-brief") && bare.length() > 2) {
                brief = true;
            } else if (Args.matches(bare, "-json")) {
                json = true;
            } else if (Args.matches(bare, "-pretty")) {
                pretty = true;
            } else if (bare.equals("-4")) {
                family = AddressFamily.AF_INET;
            } else if (bare.equals("-6")) {
                family = AddressFamily.AF_INET6;
            } else if (Args.isHelp(option)) {
                invocation.out().print(usage());
                return 0;
            } else {
                throw new CommandFailure("Option \"" + option + "\" is unknown, try \"ip -help\".", 255);
            }
        }
        IpOptions options = new IpOptions(details, oneline,
                color ? Palette.forBackground(invocation.env("COLORFGBG")) : Palette.NONE, family, statistics, brief, json, pretty);
        String object = args.next();
        if (object == null) {
            invocation.err().print(usage());
            return 255;
        }
        if (Args.matches(object, "address")) {
            return new IpAddress(current, options).run(args);
        } else if (Args.matches(object, "route")) {
            return new IpRoute(current, options).run(args);
        } else if (Args.matches(object, "rule")) {
            return new IpRule(current, options).run(args);
        } else if (Args.matches(object, "neighbour") || Args.matches(object, "neighbor")) {
            return new IpNeigh(current, options).run(args);
        } else if (Args.matches(object, "monitor") && object.length() > 1) {
            return MonitorCommand.monitor(current, options, args);
        } else if (object.equals("netns")) {
            return new IpNetns(current, options).run(args);
        } else if (Args.matches(object, "link")) {
            return new IpLink(current, options).run(args);
        } else if (Args.matches(object, "tuntap") && object.length() > 3 || Args.matches(object, "tap") && object.length() > 1) {
            return new IpTuntap(current, options).run(args); // ip: "t" to "tun" are tunnel, which jnl lacks
        } else if (Args.matches(object, "nexthop")) {
            return new IpNexthop(current, options).run(args);
        }
        throw new CommandFailure("Object \"" + object + "\" is unknown, try \"ip help\".", 1);
    }
}
