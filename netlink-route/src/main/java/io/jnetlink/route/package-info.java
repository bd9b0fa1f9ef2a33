/**
 * The rtnetlink client: {@link io.jnetlink.route.Rtnl}, one per network namespace, and its
 * facets for links ({@link io.jnetlink.route.Links}), addresses
 * ({@link io.jnetlink.route.Addresses}), routes ({@link io.jnetlink.route.Routes}), neighbours
 * ({@link io.jnetlink.route.Neighbours}), bridge FDB entries ({@link io.jnetlink.route.Fdb}) and
 * namespace ids ({@link io.jnetlink.route.NamespaceIds}), with the verbs of {@code docs/API.md}.
 *
 * <p>Conventions of the records decoded from the kernel ({@code Link}, {@code Address},
 * {@code Route}, {@code Neighbour}, {@code NamespaceId}): the header fields are accessors; an
 * attribute read with {@code get(ATTRIBUTE)} is null when the kernel did not send it; a typed
 * accessor returns null for an absent object, 0 for an absent interface index and -1
 * ({@code Link.ABSENT}) for any other absent number; lists are never null. Records are immutable
 * and independent of the receive buffer. An interface index is an {@code ifindex}
 * ({@code masterIfindex}, {@code linkIfindex}, ... when it has another role); a value's unit is
 * its row's {@code Unit} (bridge timers in centiseconds, address lifetimes in seconds).
 */
package io.jnetlink.route;
