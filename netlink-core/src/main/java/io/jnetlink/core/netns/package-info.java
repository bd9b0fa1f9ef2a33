/**
 * Network namespaces: {@link io.jnetlink.core.netns.NetNs} handles (create, open, list, delete,
 * like {@code ip netns}; sockets opened inside them) and
 * {@link io.jnetlink.core.netns.NetNsExecutor}, a thread that lives in one namespace. The
 * caller's thread never changes namespace.
 */
package io.jnetlink.core.netns;
