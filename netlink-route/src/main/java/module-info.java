/**
 * jnetlink route: the rtnetlink client ({@code Rtnl}) with typed links, addresses, routes,
 * neighbours, bridge FDB entries, namespace ids and events.
 */
@SuppressWarnings("module") // io.jnetlink.vxlan, named in a qualified export, is built after this module
module io.jnetlink.route {
    requires transitive io.jnetlink.core;

    exports io.jnetlink.route;
    exports io.jnetlink.route.address;
    exports io.jnetlink.route.event;
    exports io.jnetlink.route.link;
    exports io.jnetlink.route.link.tunnel;
    exports io.jnetlink.route.neighbour;
    exports io.jnetlink.route.netconf;
    exports io.jnetlink.route.nexthop;
    exports io.jnetlink.route.nsid;
    exports io.jnetlink.route.routing;
    exports io.jnetlink.route.rule;

    // Argument checks that netlink-vxlan shares; not API.
    exports io.jnetlink.route.internal to io.jnetlink.vxlan;

    // Link kinds: the built-in codecs, registered as other modules register theirs (also listed
    // in META-INF/services for the class path).
    uses io.jnetlink.route.link.LinkKindCodec;
    provides io.jnetlink.route.link.LinkKindCodec with
            io.jnetlink.route.link.DummyCodec,
            io.jnetlink.route.link.IfbCodec,
            io.jnetlink.route.link.VethCodec,
            io.jnetlink.route.link.BridgeCodec,
            io.jnetlink.route.link.VlanCodec,
            io.jnetlink.route.link.MacvlanCodec,
            io.jnetlink.route.link.MacvtapCodec,
            io.jnetlink.route.link.TunCodec,
            io.jnetlink.route.link.IpvlanCodec,
            io.jnetlink.route.link.IpvtapCodec,
            io.jnetlink.route.link.VrfCodec,
            io.jnetlink.route.link.BondCodec,
            io.jnetlink.route.link.tunnel.GeneveCodec,
            io.jnetlink.route.link.tunnel.GreCodec,
            io.jnetlink.route.link.tunnel.GretapCodec,
            io.jnetlink.route.link.tunnel.ErspanCodec,
            io.jnetlink.route.link.tunnel.Ip6greCodec,
            io.jnetlink.route.link.tunnel.Ip6gretapCodec,
            io.jnetlink.route.link.tunnel.Ip6erspanCodec,
            io.jnetlink.route.link.tunnel.IpipCodec,
            io.jnetlink.route.link.tunnel.SitCodec,
            io.jnetlink.route.link.tunnel.Ip6tnlCodec,
            io.jnetlink.route.link.tunnel.VtiCodec,
            io.jnetlink.route.link.tunnel.Vti6Codec,
            io.jnetlink.route.link.VxcanCodec;
}
