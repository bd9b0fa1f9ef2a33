package io.jnetlink.route.soak;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.netns.NetNsExecutor;
import io.jnetlink.route.Rtnl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs work inside the namespaces while they churn: each round submits a task to every
 * namespace's {@link NetNsExecutor} (it checks it is in the right namespace, opens a client
 * there with {@link Rtnl#open()} and looks {@code lo} up, reads {@code /proc/thread-self/net/dev})
 * and waits for all of them; every tenth round also runs a {@link NetNs#call} on a fresh thread.
 */
final class NamespaceTasks implements Runnable {
    private static final long TASK_TIMEOUT_SECONDS = 60;

    private final List<NetNsExecutor> executors;
    private final BooleanSupplier running;
    private final AtomicLong tasks = new AtomicLong();

    NamespaceTasks(List<NetNsExecutor> executors, BooleanSupplier running) {
        this.executors = executors;
        this.running = running;
    }

    @Override
    public void run() {
        try {
            for (int round = 0; running.getAsBoolean(); round++) {
                List<CompletableFuture<Integer>> results = new ArrayList<>();
                for (NetNsExecutor executor : executors) {
                    long inode = executor.namespace().inode();
                    results.add(executor.submit(() -> lookUpInside(inode)));
                }
                for (CompletableFuture<Integer> result : results) {
                    result.get(TASK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    tasks.incrementAndGet();
                }
                if (round % 10 == 0) {
                    for (NetNsExecutor executor : executors) {
                        NetNs netns = executor.namespace();
                        requireInode(netns.inode(), netns.call(NetNs::currentInode));
                        tasks.incrementAndGet();
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError("namespace task failed", e);
        }
    }

    /** Runs on the executor's thread: returns the number of interfaces the kernel lists for this namespace. */
    private static int lookUpInside(long inode) throws Exception {
        requireInode(inode, NetNs.currentInode());
        try (Rtnl here = Rtnl.open()) {
            int lo = here.links().get("lo").ifindex();
            if (lo != 1) {
                throw new AssertionError("lo has index " + lo + " in a fresh namespace");
            }
        }
        // Two header lines, then one line per interface of the thread's namespace.
        return Files.readAllLines(Path.of("/proc/thread-self/net/dev")).size() - 2;
    }

    private static void requireInode(long expected, long actual) {
        if (expected != actual) {
            throw new AssertionError("task ran in namespace inode " + actual + ", not " + expected);
        }
    }

    /** Tasks completed. */
    long tasks() {
        return tasks.get();
    }
}
