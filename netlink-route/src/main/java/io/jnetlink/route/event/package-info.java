/**
 * Rtnetlink notifications as typed events: an
 * {@link io.jnetlink.route.event.EventSubscription} (from
 * {@link io.jnetlink.route.event.EventSubscription#open(io.jnetlink.core.netns.NetNs, io.jnetlink.route.event.EventGroup...)}) joins
 * {@link io.jnetlink.route.event.EventGroup}s on its own socket and yields
 * {@link io.jnetlink.route.event.RtnlEvent}s, polled or pushed to a listener thread, with an
 * overrun signal when the kernel dropped notifications.
 * {@link io.jnetlink.route.event.EventSubscription#openWithSnapshot(io.jnetlink.route.Rtnl, io.jnetlink.route.event.EventGroup...)}
 * starts from a dump without a gap ({@link io.jnetlink.route.event.EventSnapshot}).
 */
package io.jnetlink.route.event;
