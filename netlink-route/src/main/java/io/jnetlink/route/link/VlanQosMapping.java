package io.jnetlink.route.link;

/**
 * One {@code struct ifla_vlan_qos_mapping}: a packet priority mapped to a VLAN priority
 * (egress) or back (ingress).
 *
 * @param from the source priority
 * @param to   the target priority
 */
public record VlanQosMapping(int from, int to) {
}
