/**
 * Neighbour tables ({@code ip neigh}) and bridge forwarding databases ({@code bridge fdb}): the
 * {@link io.jnetlink.route.neighbour.Neighbour} record decoded from {@code RTM_NEWNEIGH}, its
 * attribute table {@link io.jnetlink.route.neighbour.NeighbourAttributes} ({@code NDA_*},
 * complete against the kernel's {@code rt-neigh.yaml}), the
 * {@link io.jnetlink.route.neighbour.NeighbourRequest} for ARP/NDP and FDB entries (VXLAN
 * remotes included), the {@link io.jnetlink.route.neighbour.NeighbourFilter} and
 * {@link io.jnetlink.route.neighbour.FdbFilter} that select them, and
 * {@link io.jnetlink.route.neighbour.NeighbourCodec} with the {@code NTF_*} and {@code NUD_*}
 * names of {@code <linux/neighbour.h>}. Operations are on
 * {@link io.jnetlink.route.Rtnl#neighbours()} (IP entries) and {@link io.jnetlink.route.Rtnl#fdb()}
 * (FDB entries).
 */
package io.jnetlink.route.neighbour;
