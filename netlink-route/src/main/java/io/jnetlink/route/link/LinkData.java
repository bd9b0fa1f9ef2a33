package io.jnetlink.route.link;

/**
 * Typed {@code IFLA_INFO_DATA} of a link kind (bridge, veth, vxlan, ...). Implementations are
 * immutable records; a kind this library cannot type is kept as {@link RawLinkData}.
 */
public interface LinkData {
    /** {@return the {@code IFLA_INFO_KIND} this data belongs to, such as {@code "vxlan"}} */
    String kind();
}
