package io.jnetlink.core.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Many tasks for many namespaces at once: each runs in its own executor's namespace, on that
 * executor's one thread, and the threads that submit them never change namespace.
 */
class NetNsExecutorIsolationTest {
    private static final int NAMESPACES = 8;
    private static final int TASKS_PER_NAMESPACE = 1000;

    /** Where a task found itself. */
    private record Observation(long inode, Thread thread) {
    }

    @Test
    void eightNamespacesTimesAThousandTasksEachRunInTheirOwnNamespace() throws Exception {
        List<TestNamespace> namespaces = new ArrayList<>();
        List<NetNsExecutor> executors = new ArrayList<>();
        try {
            for (int i = 0; i < NAMESPACES; i++) {
                TestNamespace ns = TestNamespace.create("exec" + i);
                namespaces.add(ns);
                executors.add(NetNsExecutor.start(ns.netns()));
            }
            long home = NetNs.currentInode();
            Set<Long> inodes = new HashSet<>();
            namespaces.forEach(ns -> inodes.add(ns.netns().inode()));
            assertEquals(NAMESPACES, inodes.size(), "eight distinct namespaces");
            assertTrue(!inodes.contains(home));

            // One caller thread per namespace, all released at once; each caller spreads its
            // tasks over every executor so that the executors' queues interleave.
            CountDownLatch start = new CountDownLatch(1);
            AtomicReference<Throwable> callerFailure = new AtomicReference<>();
            List<List<CompletableFuture<Observation>>> submitted = new ArrayList<>();
            Set<Thread> callers = ConcurrentHashMap.newKeySet();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < NAMESPACES; c++) {
                List<CompletableFuture<Observation>> futures = new ArrayList<>();
                submitted.add(futures);
                int caller = c;
                Thread thread = new Thread(() -> {
                    try {
                        callers.add(Thread.currentThread());
                        start.await();
                        for (int t = 0; t < TASKS_PER_NAMESPACE; t++) {
                            NetNsExecutor executor = executors.get((caller + t) % NAMESPACES);
                            futures.add(executor.submit(() ->
                                    new Observation(NetNs.currentInode(), Thread.currentThread())));
                            if (NetNs.currentInode() != home) {
                                throw new AssertionError("caller " + caller + " left its namespace");
                            }
                        }
                        for (CompletableFuture<Observation> f : futures) {
                            f.join();
                        }
                        if (NetNs.currentInode() != home) {
                            throw new AssertionError("caller " + caller + " left its namespace");
                        }
                    } catch (Throwable t) {
                        callerFailure.compareAndSet(null, t);
                    }
                }, "caller-" + c);
                threads.add(thread);
                thread.start();
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            if (callerFailure.get() != null) {
                fail(callerFailure.get());
            }

            int[] perExecutor = new int[NAMESPACES];
            Thread[] executorThread = new Thread[NAMESPACES];
            for (int c = 0; c < NAMESPACES; c++) {
                List<CompletableFuture<Observation>> futures = submitted.get(c);
                for (int t = 0; t < futures.size(); t++) {
                    int e = (c + t) % NAMESPACES;
                    Observation seen = futures.get(t).join();
                    assertEquals(namespaces.get(e).netns().inode(), seen.inode(), "task ran in executor " + e + "'s namespace");
                    assertTrue(!callers.contains(seen.thread()), "tasks never run on a caller's thread");
                    if (executorThread[e] == null) {
                        executorThread[e] = seen.thread();
                    }
                    assertEquals(executorThread[e], seen.thread(), "one dedicated thread per executor");
                    perExecutor[e]++;
                }
            }
            for (int e = 0; e < NAMESPACES; e++) {
                assertEquals(TASKS_PER_NAMESPACE, perExecutor[e]);
            }
            assertEquals(NAMESPACES, Set.of(executorThread).size(), "a distinct thread per executor");
            assertEquals(home, NetNs.currentInode(), "the test thread never moved");
        } finally {
            executors.forEach(NetNsExecutor::close);
            namespaces.forEach(TestNamespace::close);
        }
    }

    @Test
    void failingTaskKeepsTheThreadInItsNamespaceAndClosedExecutorRejects() {
        try (TestNamespace ns = TestNamespace.create("execfail")) {
            NetNsExecutor executor = NetNsExecutor.start(ns.netns());
            try {
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> executor.call(() -> {
                            throw new IllegalStateException("boom");
                        }));
                assertEquals("boom", e.getMessage());
                executor.execute(() -> {
                    throw new IllegalStateException("lost, logged");
                });
                assertEquals(ns.netns().inode(), (long) executor.call(NetNs::currentInode));
                assertNotEquals(NetNs.currentInode(), ns.netns().inode());
            } finally {
                executor.close();
            }
            assertThrows(RejectedExecutionException.class, () -> executor.submit(() -> 1));
            executor.close();
        }
    }
}
