/**
 * Netlink sockets ({@link io.jnetlink.core.NetlinkSocket}): framing, acknowledged requests,
 * dumps, multicast subscriptions; the handlers that receive replies; and the exceptions: a kernel
 * refusal is a {@link io.jnetlink.core.NetlinkException} (an {@link io.jnetlink.core.Errno}, the
 * kernel's own message), malformed bytes a {@link io.jnetlink.core.NetlinkParseException}.
 */
package io.jnetlink.core;
