/**
 * Interface addresses ({@code ip addr}): the {@link io.jnetlink.route.address.Addr} record
 * decoded from {@code RTM_NEWADDR}, the {@link io.jnetlink.route.address.AddressRequest} that
 * adds, replaces or deletes one, and {@link io.jnetlink.route.address.AddrCodec} with the
 * {@code IFA_*} names of {@code <linux/if_addr.h>}. Operations are on
 * {@link io.jnetlink.route.Rtnl#addresses()}.
 *
 * <p>Typed: every {@code IFA_*} attribute up to {@code IFA_PROTO} except
 * {@code IFA_TARGET_NETNSID}, which is kept raw like any attribute a newer kernel adds.
 */
package io.jnetlink.route.address;
