package io.jnetlink.examples.ip.link;

/** Which {@link KindOptions} reads the options of each kind {@code ip link add|set type KIND} names. */
final class LinkKindOptions {
    private LinkKindOptions() {
    }

    /** The parser for {@code kind}; a kind ip has no parser for takes no options. */
    static KindOptions of(String kind) {
        return switch (kind) {
            case "bridge" -> new BridgeKindOptions();
            case "veth" -> new VethKindOptions();
            case "vxlan" -> new VxlanKindOptions();
            case "macvlan", "macvtap" -> new MacvlanKindOptions();
            case "vlan" -> new VlanKindOptions();
            case "ipvlan", "ipvtap" -> new IpvlanKindOptions();
            case "vrf" -> new VrfKindOptions();
            case "bond" -> new BondKindOptions();
            case "bond_slave" -> new BondSlaveOptions();
            case "geneve" -> new GeneveKindOptions();
            case "gre", "gretap", "erspan", "ip6gre", "ip6gretap", "ip6erspan" -> new GreKindOptions();
            case "ipip", "sit" -> new IpTunnelKindOptions();
            case "ip6tnl" -> new Ip6TunnelKindOptions();
            case "vti", "vti6" -> new VtiKindOptions();
            case "vxcan" -> new VxcanKindOptions();
            default -> new NoKindOptions();
        };
    }
}
