/**
 * Links ({@code RTM_*LINK}): the {@link io.jnetlink.route.link.Link} record, the zero-allocation
 * {@link io.jnetlink.route.link.LinkView} flyweight, the
 * {@link io.jnetlink.route.link.LinkAttributes} table ({@code IFLA_*}), the
 * {@link io.jnetlink.route.link.LinkRequest} that creates or changes a link, the
 * {@link io.jnetlink.route.link.LinkFilter} that selects links, and the per-kind data. Operations
 * are on {@link io.jnetlink.route.Rtnl#links()}.
 *
 * <p>Kinds are typed by {@link io.jnetlink.route.link.LinkKindCodec}s found with
 * {@link java.util.ServiceLoader} ({@link io.jnetlink.route.link.LinkKinds}). Built in:
 * {@code dummy} and {@code ifb} (no data), {@code veth} (peer on create only), {@code bridge}
 * ({@code IFLA_BR_*}) with its ports' {@code IFLA_BRPORT_*}, {@code vlan}, {@code macvlan} and
 * {@code macvtap}, {@code tun} (read only: tun devices are made with an ioctl), {@code vxcan} (peer on
 * create only), and the tunnels of {@link io.jnetlink.route.link.tunnel}. Each kind's
 * options are one attribute table ({@code BridgeAttributes}, {@code VlanAttributes}, ...) read with
 * {@code get(ATTR)} and set with {@code of().with(ATTR, value)}; its codec is an
 * {@link io.jnetlink.route.link.AttributeSetCodec}. Any other kind decodes to
 * {@link io.jnetlink.route.link.RawLinkData}; attributes a record does not type are kept as
 * {@link io.jnetlink.core.attr.RawAttributes}.
 */
package io.jnetlink.route.link;
