/**
 * The rtnetlink client: {@link io.jnetlink.route.Rtnl}, one per network namespace, and its
 * facets for links, addresses, routes, neighbours and namespace ids.
 *
 * <p>Conventions of the records decoded from the kernel ({@code Link}, {@code Address},
 * {@code Route}, {@code Neighbour}, ...): an absent object is null, an absent interface index
 * is 0, any other absent number is -1 ({@code Link.ABSENT}); kind data ({@code LinkData})
 * uses boxed values, null when absent; lists are never null. Records are immutable and
 * independent of the receive buffer. Interface indexes are called {@code index} or
 * {@code ifindex}; times are in centiseconds unless a name or its javadoc says otherwise.
 */
package io.jnetlink.route;
