package io.jnetlink.route.soak;

import io.jnetlink.route.Rtnl;
import io.jnetlink.route.event.EventGroup;
import io.jnetlink.route.event.EventListener;
import io.jnetlink.route.event.EventSubscription;
import io.jnetlink.route.event.RtnlEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Opens and closes short subscriptions in the churning namespaces, alternately polled and with
 * a started listener, so sockets and listener threads come and go while events flow.
 */
final class SubscriptionCycles implements Runnable {
    private static final long OPEN_MILLIS = 20;

    private final List<Rtnl> clients;
    private final BooleanSupplier running;
    private final Consumer<Throwable> failures;
    private final AtomicLong cycles = new AtomicLong();
    private final AtomicLong events = new AtomicLong();

    SubscriptionCycles(List<Rtnl> clients, BooleanSupplier running, Consumer<Throwable> failures) {
        this.clients = clients;
        this.running = running;
        this.failures = failures;
    }

    @Override
    public void run() {
        try {
            for (int i = 0; running.getAsBoolean(); i++) {
                Rtnl rtnl = clients.get(i % clients.size());
                try (EventSubscription subscription = EventSubscription.open(rtnl.netns(), EventGroup.LINK, EventGroup.IPV4_ADDRESS)) {
                    if (i % 2 == 0) {
                        events.addAndGet(subscription.poll(OPEN_MILLIS).size());
                    } else {
                        subscription.start(new Counting());
                        Thread.sleep(OPEN_MILLIS);
                    }
                }
                cycles.incrementAndGet();
            }
        } catch (InterruptedException e) {
            throw new AssertionError("interrupted", e);
        }
    }

    /** Subscriptions opened and closed. */
    long cycles() {
        return cycles.get();
    }

    /** Events (and overrun marks) they received. */
    long events() {
        return events.get();
    }

    private final class Counting implements EventListener {
        @Override
        public void onEvent(RtnlEvent event) {
            events.incrementAndGet();
        }

        @Override
        public void onOverrun() {
            events.incrementAndGet();
        }

        @Override
        public void onError(RuntimeException error) {
            failures.accept(new AssertionError("short subscription failed", error));
        }
    }
}
