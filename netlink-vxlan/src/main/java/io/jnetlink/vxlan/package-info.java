/**
 * VXLAN devices ({@link io.jnetlink.vxlan.VxlanData} over the table
 * {@link io.jnetlink.vxlan.VxlanAttributes}, every {@code IFLA_VXLAN_*} attribute) and
 * their forwarding database ({@link io.jnetlink.vxlan.VxlanFdb}: flood entries, per-MAC entries,
 * Docker-style peers), each entry's remote a {@link io.jnetlink.vxlan.VxlanRemote}.
 */
package io.jnetlink.vxlan;
