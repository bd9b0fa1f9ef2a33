/**
 * Rtnetlink notifications as typed events: an
 * {@link io.jnetlink.route.event.EventSubscription} (from
 * {@link io.jnetlink.route.event.EventSubscription#open(io.jnetlink.core.netns.NetNs, io.jnetlink.route.event.EventGroup...)}) joins
 * {@link io.jnetlink.route.event.EventGroup}s on its own socket and yields
 * {@link io.jnetlink.route.event.RtnlEvent}s, polled or pushed to a listener thread, with an
 * overrun signal when the kernel dropped notifications.
 */
package io.jnetlink.route.event;
