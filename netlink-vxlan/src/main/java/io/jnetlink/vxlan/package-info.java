/**
 * VXLAN devices ({@link io.jnetlink.vxlan.VxlanData} over the table
 * {@link io.jnetlink.vxlan.VxlanAttributes}, every {@code IFLA_VXLAN_*} attribute) and
 * their forwarding database ({@link io.jnetlink.vxlan.VxlanFdb}: flood entries, per-MAC entries,
 * Docker-style peers).
 */
package io.jnetlink.vxlan;
