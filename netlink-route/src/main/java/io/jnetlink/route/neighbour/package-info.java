/**
 * Neighbour tables ({@code ip neigh}) and bridge forwarding databases ({@code bridge fdb}): the
 * {@link io.jnetlink.route.neighbour.Neighbour} record decoded from {@code RTM_NEWNEIGH}, the
 * {@link io.jnetlink.route.neighbour.NeighbourRequest} for ARP/NDP and FDB entries (VXLAN
 * remotes included), and {@link io.jnetlink.route.neighbour.NeighbourCodec} with the
 * {@code NDA_*}, {@code NTF_*} and {@code NUD_*} names of {@code <linux/neighbour.h>}.
 * Operations are on {@link io.jnetlink.route.Rtnl#neighbours()}.
 *
 * <p>Typed: every {@code NDA_*} up to {@code NDA_PROTOCOL} and {@code NDA_FLAGS_EXT}. Kept raw:
 * {@code NDA_NH_ID}, {@code NDA_FDB_EXT_ATTRS} and the dump-filter masks.
 */
package io.jnetlink.route.neighbour;
