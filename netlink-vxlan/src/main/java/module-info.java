/**
 * jnetlink vxlan: VXLAN devices and their forwarding database, overlay sandboxes, and the
 * cross-namespace topology graph.
 */
module io.jnetlink.vxlan {
    requires transitive io.jnetlink.route;

    exports io.jnetlink.vxlan;
    exports io.jnetlink.vxlan.overlay;
    exports io.jnetlink.vxlan.topology;

    // The vxlan link kind (also listed in META-INF/services for the class path).
    provides io.jnetlink.route.link.LinkKindCodec with io.jnetlink.vxlan.VxlanCodec;
}
