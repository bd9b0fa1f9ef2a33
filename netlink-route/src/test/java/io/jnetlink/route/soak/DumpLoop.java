package io.jnetlink.route.soak;

import io.jnetlink.core.DumpInterruptedException;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.address.AddressView;
import io.jnetlink.route.address.AddressVisitor;
import io.jnetlink.route.routing.RouteFilter;
import io.jnetlink.route.routing.RouteView;
import io.jnetlink.route.routing.RouteVisitor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Dumps links (as records and through the flyweight visitor), IPv4 addresses, IPv4 routes of
 * every table and neighbours of each namespace in turn while the churn goes on (and streams
 * addresses and routes to a visitor that counts restarts), and checks that
 * no listing holds the same object twice (a dump the kernel flagged interrupted and that was run
 * again must not keep what the first attempt delivered). A dump still interrupted after its
 * retries is counted, not failed: that is the documented outcome under churn.
 */
final class DumpLoop implements Runnable {
    private final List<Rtnl> clients;
    private final BooleanSupplier running;
    private final AtomicLong dumps = new AtomicLong();
    private final AtomicLong interrupted = new AtomicLong();
    private static final RouteFilter IPV4 = RouteFilter.all().withFamily(AddressFamily.AF_INET);
    private final RestartCounter restarts = new RestartCounter();

    DumpLoop(List<Rtnl> clients, BooleanSupplier running) {
        this.clients = clients;
        this.running = running;
    }

    @Override
    public void run() {
        while (running.getAsBoolean()) {
            for (Rtnl rtnl : clients) {
                dump(() -> requireDistinct(rtnl.links().list(), l -> l.ifindex(), "link"));
                dump(() -> rtnl.links().forEach(view -> requirePositive(view.ifindex())));
                dump(() -> requireDistinct(rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET)), NamespaceState::addressKey,
                        "address"));
                dump(() -> requireDistinct(rtnl.routes().list(IPV4), NamespaceState::routeKey,
                        "route"));
                dump(() -> rtnl.neighbours().list());
                dump(() -> rtnl.addresses().forEach(AddressFilter.all().withFamily(AddressFamily.AF_INET), restarts));
                dump(() -> rtnl.routes().forEach(IPV4, restarts));
            }
        }
    }

    private void dump(Runnable dump) {
        try {
            dump.run();
            dumps.incrementAndGet();
        } catch (DumpInterruptedException e) {
            interrupted.incrementAndGet();
        }
    }

    private static <T> void requireDistinct(List<T> listed, Function<T, Object> key, String what) {
        Set<Object> seen = new HashSet<>();
        for (T item : listed) {
            if (!seen.add(key.apply(item))) {
                throw new AssertionError("a dump of " + listed.size() + " listed " + what + " " + key.apply(item) + " twice");
            }
        }
    }

    private static void requirePositive(int index) {
        if (index <= 0) {
            throw new AssertionError("link view with index " + index);
        }
    }

    /** Dumps completed. */
    long dumps() {
        return dumps.get();
    }

    /** Times a visitor was told to start over because an interrupted dump was run again. */
    long restarts() {
        return restarts.count.get();
    }

    /** Dumps still flagged interrupted after their retries. */
    long interrupted() {
        return interrupted.get();
    }

    /** A visitor that only counts restarts. */
    private static final class RestartCounter implements MessageHandler, RouteVisitor, AddressVisitor {
        final AtomicLong count = new AtomicLong();

        @Override
        public boolean onMessage(MessageCursor message) {
            return true;
        }

        @Override
        public void visit(RouteView route) {
            // Only restarts are counted.
        }

        @Override
        public void visit(AddressView address) {
            // Only restarts are counted.
        }

        @Override
        public void onRestart() {
            count.incrementAndGet();
        }
    }
}
