/**
 * The host's network topology as one immutable graph: every reachable network namespace, its
 * links, bridges and VXLAN devices, and veth pairs resolved across namespaces.
 * {@link io.jnetlink.vxlan.topology.Topology#discover} builds it.
 */
package io.jnetlink.vxlan.topology;
