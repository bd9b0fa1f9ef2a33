package io.jnetlink.route.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.netns.NetNsExecutor;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.routing.RouteFilter;
import io.jnetlink.route.testing.Closeables;
import io.jnetlink.route.address.AddressFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Soak under churn (issue 8, part 3). In a few throwaway namespaces one thread per namespace
 * changes links, addresses and routes without pause while other threads dump, open and close
 * subscriptions, and run tasks inside the namespaces through {@link NetNsExecutor}s; in each
 * namespace a listener, and a deliberately slow listener and slow poller on small buffers, keep a
 * model from events, resynchronising by dump when told of an overrun. Afterwards every model must equal
 * what {@code ip -j} shows, and the process must hold no more descriptors, threads or netty
 * native memory than before, netty's paranoid leak detector must have reported nothing, and no
 * namespace of the test may be left.
 *
 * <p>{@code -Dsoak.seconds=N} (default 60) sets how long the churn runs,
 * {@code -Dsoak.namespaces=N} (default 3) in how many namespaces. The figures are printed as one
 * line starting {@code SOAK:}.
 */
class SoakTest {
    /** How often the soak's dump clients run an interrupted dump again before giving up. */
    static final int DUMP_RETRIES = 5;

    private static final int SLOW_RECEIVE_BUFFER = 8 * 1024;
    private static final long SLOW_PAUSE_MILLIS = 5;
    private static final int DUMP_THREADS = 2;
    private static final long QUIET_MILLIS = 2_000;
    private static final long QUIET_TIMEOUT_MILLIS = 120_000;
    private static final long CONVERGE_TIMEOUT_MILLIS = 15_000;
    private static final long JOIN_MARGIN_MILLIS = 120_000;
    private static final long SETTLE_MILLIS = 20_000;

    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @Test
    void churnLeavesEveryEventModelEqualToIpAndNothingBehind() throws Exception {
        Privileges.requireNetAdmin();
        int seconds = Integer.getInteger("soak.seconds", 60);
        int namespaces = Integer.getInteger("soak.namespaces", 3);
        try (LeakReports leaks = LeakReports.install()) {
            warmUp();
            List<String> earlierLeaks = leaks.collect();
            leaks.proveDetection();
            ResourceUsage before = ResourceUsage.capture();

            List<String> names = new ArrayList<>();
            Figures figures = soak(seconds, namespaces, names);

            ResourceUsage after = settle(before);
            List<String> leaked = leaks.collect();
            List<String> left = new ArrayList<>(NetNs.list());
            left.retainAll(names);
            System.out.println("SOAK: " + seconds + " s in " + namespaces + " namespaces; " + figures
                    + "; fds " + before.descriptorCount() + " -> " + after.descriptorCount()
                    + "; threads " + before.threadCount() + " -> " + after.threadCount() + " (process reapers aside "
                    + before.threadCountWithoutReapers() + " -> " + after.threadCountWithoutReapers() + ")"
                    + "; netty direct memory " + before.directMemory() + " -> " + after.directMemory()
                    + " B (process-wide " + before.platformDirectMemory() + " -> " + after.platformDirectMemory()
                    + " B, JVM direct buffers " + before.jvmDirectMemory() + " -> " + after.jvmDirectMemory()
                    + " B); leak reports " + leaked.size() + " (before the soak: " + earlierLeaks.size()
                    + "); namespaces left " + left.size());

            assertEquals("", after.newDescriptors(before), "descriptors opened by the soak and still open");
            assertEquals("[]", after.newThreads(before), "threads started by the soak and still alive");
            assertEquals(before.directMemory(), after.directMemory(), "netty direct memory in use");
            assertEquals(before.platformDirectMemory(), after.platformDirectMemory(), "netty process-wide direct memory");
            assertEquals(before.jvmDirectMemory(), after.jvmDirectMemory(), "JVM direct buffer memory");
            assertEquals(List.of(), leaked, "netty leak reports");
            assertEquals(List.of(), left, "namespaces of the soak still in " + NetNs.DEFAULT_DIR);
            assertTrue(figures.slowListenerOverruns > 0 && figures.pollerOverruns > 0,
                    "both kinds of slow subscriber must overrun, or a resync path went untested: " + figures);
        }
    }

    /**
     * Runs the churn and everything around it, waits until the event streams are quiet, checks
     * every model against ip and closes everything. Namespace names go to {@code names}.
     */
    private Figures soak(int seconds, int count, List<String> names) throws Exception {
        List<SoakSpace> spaces = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                spaces.add(new SoakSpace(SLOW_RECEIVE_BUFFER, SLOW_PAUSE_MILLIS, failures::add));
                names.add(spaces.get(i).namespace.name());
            }
            Figures figures = churn(spaces, seconds);
            awaitQuiet(spaces);
            for (SoakSpace space : spaces) {
                for (ModelSubscriber subscriber : space.subscribers()) {
                    try {
                        assertConverges(space.namespace.name(), subscriber.name(), subscriber::state);
                    } catch (AssertionError e) {
                        System.err.println("SOAK: last events of " + subscriber.name() + ":");
                        subscriber.history().forEach(line -> System.err.println("  " + line));
                        throw e;
                    }
                }
                assertConverges(space.namespace.name(), "a fresh dump", () -> dumpState(space.sharedClient));
            }
            figures.add(spaces);
            return figures;
        } finally {
            Closeables.closeAll(spaces);
        }
    }

    private Figures churn(List<SoakSpace> spaces, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Rtnl> shared = spaces.stream().map(s -> s.sharedClient).toList();
        List<Churn> churns = new ArrayList<>();
        List<Thread> churners = new ArrayList<>();
        for (int i = 0; i < spaces.size(); i++) {
            Churn churn = new Churn(spaces.get(i).churnClient, i, deadline);
            churns.add(churn);
            churners.add(worker("soak-churn-" + i, churn));
        }
        DumpLoop dumps = new DumpLoop(shared, running::get);
        NamespaceTasks tasks = new NamespaceTasks(spaces.stream().map(s -> s.executor).toList(), running::get);
        SubscriptionCycles cycles = new SubscriptionCycles(shared, running::get, failures::add);
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < DUMP_THREADS; i++) {
            others.add(worker("soak-dump-" + i, dumps));
        }
        others.add(worker("soak-tasks", tasks));
        others.add(worker("soak-subscriptions", cycles));

        join(churners, TimeUnit.SECONDS.toMillis(seconds) + JOIN_MARGIN_MILLIS);
        running.set(false);
        join(others, JOIN_MARGIN_MILLIS);
        throwFailures();
        return new Figures(sum(churns, Churn::applied), sum(churns, Churn::notApplicable), dumps.dumps(),
                dumps.restarts(), dumps.interrupted(), tasks.tasks(), cycles.cycles(), cycles.events());
    }

    private Thread worker(String name, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failures.add(new AssertionError(name + " failed", t));
            }
        }, name);
        thread.start();
        return thread;
    }

    private static void join(List<Thread> threads, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not finish: " + List.of(thread.getStackTrace()));
            }
        }
    }

    private void throwFailures() {
        Throwable first = failures.poll();
        if (first != null) {
            AssertionError error = new AssertionError("the soak failed: " + first, first);
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    /** Waits until no subscriber has applied an event or resynced for {@link #QUIET_MILLIS}. */
    private void awaitQuiet(List<SoakSpace> spaces) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_TIMEOUT_MILLIS);
        while (spaces.stream().flatMap(s -> s.subscribers().stream()).anyMatch(s -> s.idleMillis() < QUIET_MILLIS)) {
            throwFailures();
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("event streams still busy " + QUIET_TIMEOUT_MILLIS + " ms after the churn");
            }
            Thread.sleep(100);
        }
        throwFailures();
    }

    /**
     * Compares {@code actual} with ip until they agree. After quiet streams they agree at once;
     * the wait only covers a late notification (the kernel's link watch reports carrier changes
     * after a delay), while a lost one never heals.
     */
    private void assertConverges(String ns, String what, Supplier<NamespaceState> actual)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONVERGE_TIMEOUT_MILLIS);
        while (true) {
            NamespaceState expected = IpState.of(ns);
            String difference = actual.get().differenceFrom(expected);
            if (difference.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + " in " + ns + " differs from ip -j: " + difference);
            }
            Thread.sleep(500);
        }
    }

    private static NamespaceState dumpState(Rtnl rtnl) {
        StateModel model = new StateModel();
        model.reset(rtnl.links().list(), rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET)),
                rtnl.routes().list(RouteFilter.all().withFamily(AddressFamily.AF_INET)));
        return model.state();
    }

    /** Reads the process's resources until they are back to {@code before} or the settle time is up. */
    private static ResourceUsage settle(ResourceUsage before) throws InterruptedException {
        // Threads end and pipes of finished ip processes close a moment after their work is done.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        ResourceUsage after = ResourceUsage.capture();
        while (!after.holdsNothingMoreThan(before) && System.nanoTime() - deadline < 0) {
            Thread.sleep(200);
            after = ResourceUsage.capture();
        }
        return after;
    }

    /**
     * Runs every code path of the soak once in a namespace of its own before the resources are
     * counted, so classes, jars and JDK helper threads that load on first use are there already.
     */
    private void warmUp() throws Exception {
        try (SoakSpace space = new SoakSpace(SLOW_RECEIVE_BUFFER, SLOW_PAUSE_MILLIS, failures::add)) {
            Figures figures = churn(List.of(space), 1);
            awaitQuiet(List.of(space));
            IpState.of(space.namespace.name());
            dumpState(space.sharedClient);
            assertTrue(figures.operations > 0, "warm-up churn changed nothing");
        }
        throwFailures();
    }

    private static <T> long sum(List<T> items, ToLongFunction<T> value) {
        return items.stream().mapToLong(value).sum();
    }

    /** The soak's counts, printed in the summary line. */
    private static final class Figures {
        final long operations;
        final long notApplicable;
        final long dumps;
        final long restartedDumps;
        final long interruptedDumps;
        final long tasks;
        final long subscriptionCycles;
        final long cycleEvents;
        long listenerEvents;
        long slowListenerEvents;
        long pollerEvents;
        long listenerOverruns;
        long slowListenerOverruns;
        long pollerOverruns;
        long resyncs;
        long interruptedResyncDumps;

        Figures(long operations, long notApplicable, long dumps, long restartedDumps, long interruptedDumps, long tasks,
                long subscriptionCycles, long cycleEvents) {
            this.operations = operations;
            this.notApplicable = notApplicable;
            this.dumps = dumps;
            this.restartedDumps = restartedDumps;
            this.interruptedDumps = interruptedDumps;
            this.tasks = tasks;
            this.subscriptionCycles = subscriptionCycles;
            this.cycleEvents = cycleEvents;
        }

        /** Adds the subscribers' counts, read once their streams are quiet. */
        void add(List<SoakSpace> spaces) {
            for (SoakSpace space : spaces) {
                listenerEvents += space.listener.events();
                listenerOverruns += space.listener.overruns();
                slowListenerEvents += space.slowListener.events();
                slowListenerOverruns += space.slowListener.overruns();
                pollerEvents += space.slowPoller.events();
                pollerOverruns += space.slowPoller.overruns();
                for (ModelSubscriber s : space.subscribers()) {
                    resyncs += s.resyncs();
                    interruptedResyncDumps += s.interruptedResyncDumps();
                }
            }
        }

        @Override
        public String toString() {
            return "operations " + operations + " (+" + notApplicable + " refused as not applicable); events "
                    + (listenerEvents + slowListenerEvents + pollerEvents + cycleEvents) + " (listeners "
                    + listenerEvents + ", slow listeners " + slowListenerEvents + ", slow pollers " + pollerEvents
                    + ", short subscriptions " + cycleEvents + "); overruns "
                    + (listenerOverruns + slowListenerOverruns + pollerOverruns) + " (listeners " + listenerOverruns
                    + ", slow listeners " + slowListenerOverruns + ", slow pollers " + pollerOverruns + "); resyncs " + resyncs + " (dumps interrupted during resync "
                    + interruptedResyncDumps + "); dumps " + dumps + " (visitors told to restart " + restartedDumps
                    + ", still interrupted after " + DUMP_RETRIES
                    + " retries " + interruptedDumps + "); executor tasks " + tasks + "; subscriptions opened and closed "
                    + subscriptionCycles;
        }
    }
}
