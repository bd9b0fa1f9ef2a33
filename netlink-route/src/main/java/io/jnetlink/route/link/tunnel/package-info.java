/**
 * Tunnel link kinds: {@code geneve} ({@link io.jnetlink.route.link.tunnel.GeneveAttributes}), the
 * GRE family {@code gre}, {@code gretap}, {@code erspan}, {@code ip6gre}, {@code ip6gretap},
 * {@code ip6erspan} ({@link io.jnetlink.route.link.tunnel.GreAttributes}), {@code ipip} and
 * {@code sit} ({@link io.jnetlink.route.link.tunnel.IpTunnelAttributes}), {@code ip6tnl}
 * ({@link io.jnetlink.route.link.tunnel.Ip6TunnelAttributes}) and {@code vti}, {@code vti6}
 * ({@link io.jnetlink.route.link.tunnel.VtiAttributes}). Each table's record is read with
 * {@code get(ATTR)} and set with {@code of(...).with(ATTR, value)}, and goes to
 * {@link io.jnetlink.route.link.LinkRequest#withData}; the codecs are registered with
 * {@link java.util.ServiceLoader} as the other built-in kinds are.
 */
package io.jnetlink.route.link.tunnel;
