package io.jnetlink.route.soak;

import io.jnetlink.core.DumpInterruptedException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.event.EventGroup;
import io.jnetlink.route.event.EventListener;
import io.jnetlink.route.event.EventSubscription;
import io.jnetlink.route.event.RtnlEvent;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteFilter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A subscriber that keeps a {@link StateModel} of one namespace from link, IPv4 address and IPv4
 * route events: it subscribes, dumps once, then applies events; when the kernel reports an
 * overrun it dumps again (a resync). Either a listener on the subscription's own thread, or a
 * deliberately slow consumer on a small receive buffer, pausing as a busy application would so
 * that overruns really happen: a listener pausing after every event, or a poller on a thread of
 * its own pausing after every batch.
 */
final class ModelSubscriber implements AutoCloseable {
    private static final int MAX_RESYNC_ATTEMPTS = 100;
    private static final EventGroup[] GROUPS = {EventGroup.LINK, EventGroup.IPV4_ADDRESS, EventGroup.IPV4_ROUTE};

    private final String name;
    private final StateModel model = new StateModel();
    private final Rtnl dumper;
    private final EventSubscription subscription;
    private final Consumer<Throwable> failures;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong overruns = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private final AtomicLong interruptedResyncDumps = new AtomicLong();
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean stopping;
    private Thread poller;

    private ModelSubscriber(String name, NetNs netns, NetlinkSocket.Config config, Consumer<Throwable> failures) {
        this.name = name;
        this.failures = failures;
        this.dumper = Rtnl.open(netns, Rtnl.defaultConfig().withDumpRetries(SoakTest.DUMP_RETRIES));
        try {
            this.subscription = EventSubscription.open(netns, config, GROUPS);
        } catch (RuntimeException e) {
            dumper.close();
            throw e;
        }
        try {
            // Subscribed first, dumped second: what changes in between arrives as events afterwards.
            resync();
        } catch (RuntimeException e) {
            subscription.close();
            dumper.close();
            throw e;
        }
    }

    /** A listener with the default (1 MiB) receive buffer, which should see every change. */
    static ModelSubscriber listening(String name, NetNs netns, Consumer<Throwable> failures) {
        ModelSubscriber s = new ModelSubscriber(name, netns, NetlinkSocket.Config.defaults(), failures);
        s.subscription.start(s.new Listener(0));
        return s;
    }

    /**
     * A listener on a {@code receiveBuffer}-byte socket that sleeps {@code pauseMillis} after each
     * event, so that it overruns and resyncs from inside {@link EventListener#onOverrun()}.
     */
    static ModelSubscriber slowListening(String name, NetNs netns, int receiveBuffer, long pauseMillis,
                                         Consumer<Throwable> failures) {
        ModelSubscriber s = new ModelSubscriber(name, netns,
                NetlinkSocket.Config.defaults().withReceiveBufferSize(receiveBuffer), failures);
        s.subscription.start(s.new Listener(pauseMillis));
        return s;
    }

    /** A poller on a {@code receiveBuffer}-byte socket that sleeps {@code pauseMillis} after each batch. */
    static ModelSubscriber slowPolling(String name, NetNs netns, int receiveBuffer, long pauseMillis,
                                       Consumer<Throwable> failures) {
        ModelSubscriber s = new ModelSubscriber(name, netns,
                NetlinkSocket.Config.defaults().withReceiveBufferSize(receiveBuffer), failures);
        s.poller = new Thread(() -> s.pollUntilStopped(pauseMillis), "soak-poller-" + name);
        s.poller.start();
        return s;
    }

    private void pollUntilStopped(long pauseMillis) {
        try {
            while (!stopping) {
                List<RtnlEvent> batch = subscription.poll(100);
                for (RtnlEvent event : batch) {
                    if (event instanceof RtnlEvent.Overrun) {
                        overrun();
                    } else {
                        apply(event);
                    }
                }
                if (!batch.isEmpty()) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (Throwable t) {
            failures.accept(new AssertionError(name + ": poller failed", t));
        }
    }

    private void apply(RtnlEvent event) {
        model.apply(event);
        events.incrementAndGet();
        lastActivityNanos = System.nanoTime();
    }

    private void overrun() {
        overruns.incrementAndGet();
        resync();
        resyncs.incrementAndGet();
    }

    /** Replaces the model with fresh dumps, running them again while the kernel flags them interrupted. */
    private void resync() {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Link> links = dumper.links().list();
                List<Address> addresses = dumper.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET));
                List<Route> routes = dumper.routes().list(RouteFilter.all().withFamily(AddressFamily.AF_INET));
                model.reset(links, addresses, routes);
                lastActivityNanos = System.nanoTime();
                return;
            } catch (DumpInterruptedException e) {
                interruptedResyncDumps.incrementAndGet();
                if (attempt == MAX_RESYNC_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Which namespace and kind of subscriber. */
    String name() {
        return name;
    }

    /** The model as it stands. */
    NamespaceState state() {
        return model.state();
    }

    /** The last events and resyncs applied, oldest first. */
    List<String> history() {
        return model.history();
    }

    /** Milliseconds since the last event or resync. */
    long idleMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivityNanos);
    }

    long events() {
        return events.get();
    }

    long overruns() {
        return overruns.get();
    }

    long resyncs() {
        return resyncs.get();
    }

    long interruptedResyncDumps() {
        return interruptedResyncDumps.get();
    }

    /** Stops the poller, closes the subscription (ending its listener thread) and the dump client. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        if (poller != null) {
            poller.join();
        }
        subscription.close();
        dumper.close();
    }

    private final class Listener implements EventListener {
        private final long pauseMillis;

        Listener(long pauseMillis) {
            this.pauseMillis = pauseMillis;
        }

        @Override
        public void onEvent(RtnlEvent event) {
            apply(event);
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void onOverrun() {
            try {
                overrun();
            } catch (RuntimeException e) {
                failures.accept(new AssertionError(name + ": resync failed", e));
            }
        }

        @Override
        public void onError(RuntimeException error) {
            failures.accept(new AssertionError(name + ": subscription failed", error));
        }
    }
}
