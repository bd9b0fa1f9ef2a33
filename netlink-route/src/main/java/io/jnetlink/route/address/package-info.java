/**
 * Interface addresses ({@code ip addr}): the {@link io.jnetlink.route.address.Address} record
 * decoded from {@code RTM_NEWADDR}, its attribute table
 * {@link io.jnetlink.route.address.AddressAttributes} ({@code IFA_*}, complete against the
 * kernel's {@code rt-addr.yaml}), the {@link io.jnetlink.route.address.AddressRequest} that adds,
 * replaces or deletes one, the {@link io.jnetlink.route.address.AddressFilter} that selects them,
 * the {@link io.jnetlink.route.address.AddressView} flyweight of streamed dumps, and
 * {@link io.jnetlink.route.address.AddressCodec} with the {@code IFA_F_*} names of
 * {@code <linux/if_addr.h>}. Operations are on {@link io.jnetlink.route.Rtnl#addresses()}.
 */
package io.jnetlink.route.address;
