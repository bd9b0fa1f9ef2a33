package io.jnetlink.route.event;

import java.util.List;
import java.util.Objects;

/**
 * What {@link EventSubscription#openWithSnapshot(io.jnetlink.route.Rtnl, EventGroup...)} hands
 * back: the dump of everything its groups cover, taken after the subscription had joined them,
 * and the subscription, whose events follow the dump. Closing the snapshot closes the
 * subscription.
 *
 * @param dump   every object the groups cover as the kernel dumped it, each as an
 *               {@link RtnlEvent.Action#NEW} event of its kind (a {@link RtnlEvent.LinkEvent}
 *               per link, a {@link RtnlEvent.RuleEvent} per rule, ...), grouped by kind in the
 *               order of {@link EventGroup}; unmodifiable
 * @param events the open subscription; poll it or start a listener for what came after
 */
public record EventSnapshot(List<RtnlEvent> dump, EventSubscription events) implements AutoCloseable {
    /**
     * Copies the dump.
     *
     * @param dump   the dumped objects as events; not null
     * @param events the subscription; not null
     */
    public EventSnapshot {
        dump = List.copyOf(dump);
        Objects.requireNonNull(events, "events");
    }

    /** Closes {@link #events()}. */
    @Override
    public void close() {
        events.close();
    }
}
