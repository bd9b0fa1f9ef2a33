/**
 * {@code jnl ip link add|set|delete|property}: the command line read as ip reads it, one kind's
 * options per {@link io.jnetlink.examples.ip.link.KindOptions}, into the library's
 * {@link io.jnetlink.route.link.LinkRequest}.
 */
package io.jnetlink.examples.ip.link;
