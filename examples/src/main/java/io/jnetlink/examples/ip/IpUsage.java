package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.CommandFailure;

/**
 * The usage texts of {@code ip OBJECT help}, in our own words: what jnl reads for each object.
 * ip prints them on standard error and exits with status 255; {@link #fail(String)} does the same.
 */
public final class IpUsage {
    /** {@code ip link help}, and {@code help} among the words of {@code ip link add|set|delete|show}. */
    public static final String LINK = """
            Usage: ip link [ show ] [ [ dev ] DEV ] [ up ] [ master DEV | nomaster ] [ group N ] [ type KIND ]
                   ip link { add | replace } [ link DEV ] [ name ] NAME [ index N ] [ LINKOPTION ]... type KIND
                                             [ KINDOPTION ]...
                   ip link set { [ dev ] DEV | group N } [ SETOPTION ]... [ type KIND [ KINDOPTION ]... ]
                   ip link delete { [ dev ] DEV | group N } [ type KIND ]
                   ip link property { add | del } [ dev ] DEV altname NAME [ altname NAME ]...
                   ip link help [ KIND ]
            DEV is a name or an alternative name of the link.
            LINKOPTION := txqueuelen N | address LLADDR | broadcast LLADDR | mtu N | numtxqueues N |
                          numrxqueues N | group N | alias TEXT | up | down | master DEV
            SETOPTION := LINKOPTION | name NEWNAME | nomaster | vrf NAME | netns { NAME | PATH | PID } [ index N ] |
                         link-netns NAME | link-netnsid ID | { arp | multicast | allmulticast | promisc |
                         dynamic | trailers | carrier | protodown } { on | off } | protodown_reason N { on | off } |
                         mode { default | dormant } | state { UP | DOWN | DORMANT | TESTING | ... } |
                         addrgenmode { eui64 | none | stable_secret | random } | gso_max_size N |
                         gso_max_segs N | gro_max_size N | parentdev NAME |
                         { xdp | xdpgeneric | xdpdrv | xdpoffload } { off | none }
            KIND := bridge | bridge_slave | veth | vxlan | macvlan | macvtap | ifb | dummy | ...
            "ip link help KIND" shows the options of one kind.
            """;

    /** {@code ip address help}. */
    public static final String ADDRESS = """
            Usage: ip address [ show ] [ [ dev ] DEV ] [ up ] [ master DEV | nomaster ] [ type KIND ]
                              [ scope SCOPE ] [ to PREFIX ] [ label PATTERN ] [ FLAG ]...
                   ip address { add | change | replace | delete } PREFIX dev DEV [ ADDROPTION ]...
                   ip address flush SELECTOR...
            ADDROPTION := local PREFIX | peer PREFIX | broadcast { ADDRESS | + | - } | anycast ADDRESS |
                          label LABEL | scope SCOPE | metric N | valid_lft { SECONDS | forever } |
                          preferred_lft { SECONDS | forever } | home | mngtmpaddr | nodad | optimistic |
                          noprefixroute | autojoin
            SCOPE := host | link | global | N
            """;

    /** {@code ip route help}. */
    public static final String ROUTE = """
            Usage: ip route { add | change | replace | prepend | append | delete } ROUTE
                   ip route [ show [ SELECTOR ] ]
                   ip route flush SELECTOR
                   ip route get [ to ] ADDRESS [ from ADDRESS ] [ iif DEV ] [ oif DEV ] [ tos TOS ]
                                [ mark MARK ] [ uid UID ] [ ipproto PROTO ] [ sport PORT ] [ dport PORT ]
                                [ fibmatch ]
            ROUTE := [ TYPE ] PREFIX [ tos TOS ] [ table TABLE ] [ protocol PROTO ] [ scope SCOPE ]
                     [ metric N ] [ dev DEV ] [ via [ inet | inet6 ] ADDRESS ] [ src ADDRESS ]
                     [ from PREFIX ] [ onlink ] [ realms [ FROM/ ] TO ] [ pref low | medium | high ]
                     [ expires SECONDS ] [ nhid ID ] [ METRIC ... ] [ nexthop NEXTHOP ... ]
            TYPE := { unicast | local | broadcast | multicast | anycast | blackhole | unreachable |
                      prohibit | throw | nat }
            METRIC := { mtu [ lock ] N | advmss [ lock ] N | hoplimit [ lock ] N | reordering [ lock ] N |
                        window [ lock ] N | cwnd [ lock ] N | initcwnd [ lock ] N | initrwnd [ lock ] N |
                        ssthresh [ lock ] N | rtt [ lock ] TIME | rttvar [ lock ] TIME | rto_min TIME |
                        features ecn | quickack { 0 | 1 } | congctl [ lock ] NAME |
                        fastopen_no_cookie { 0 | 1 } }
            NEXTHOP := [ via [ inet | inet6 ] ADDRESS ] [ dev DEV ] [ weight 1..256 ] [ onlink ]
                       [ realms [ FROM/ ] TO ]
            TIME := a number of milliseconds, or with a unit: s, sec, secs, ms, msec, msecs
            SELECTOR := [ table TABLE ] [ dev DEV ] [ iif DEV ] [ proto PROTO ] [ scope SCOPE ] [ type TYPE ]
                        [ tos TOS ] [ metric N ] [ via ADDRESS ] [ src ADDRESS ]
                        [ from [ root | match | exact ] PREFIX ] [ [ to ] [ root | match | exact ] PREFIX ]
            TABLE := main | local | default | all | N
            """;
    public static final String NEIGH = """
            Usage: ip neigh { add | change | replace | delete } { ADDR | proxy ADDR } [ dev DEV ]
                            [ lladdr LLADDR | lladdr null ] [ nud STATE ] [ router ] [ use ] [ managed ]
                            [ extern_learn ] [ protocol PROTO ]
                   ip neigh { show | flush } [ proxy ] [ [ to ] PREFIX ] [ dev DEV ] [ master DEV ] [ nomaster ]
                            [ vrf NAME ] [ nud STATE ]... [ protocol PROTO ] [ unused ]
                   ip neigh get { ADDR | proxy ADDR } [ dev DEV ]
            STATE := { permanent | reachable | noarp | none | stale | incomplete | delay | probe | failed |
                       all (show and flush only) | a power of two below 0x100 }
            PROTO := a name from /etc/iproute2/rt_protos or a number up to 255
            """;
    public static final String NETNS = """
            Usage: ip netns [ list ]
                   ip netns { add | delete } NAME
                   ip netns delete -all
                   ip -all netns delete
                   ip netns set NAME { ID | auto }
                   ip netns list-id
                   ip netns identify [ PID ]
                   ip netns pids NAME
            NAME is a file in the namespace directory (--netns-dir, else /run/netns).
            """;

    /** {@code ip monitor help}. */
    public static final String MONITOR = """
            Usage: ip monitor [ all | OBJECT... ] [ label ]
            OBJECT := link | address | route | neigh | nsid
            """;

    private IpUsage() {
    }

    /** {@return the failure that prints {@code usage} on standard error with ip's status 255} */
    public static CommandFailure fail(String usage) {
        return new CommandFailure(usage.stripTrailing(), 255);
    }
}
