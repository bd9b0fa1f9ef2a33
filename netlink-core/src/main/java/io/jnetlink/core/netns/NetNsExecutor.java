package io.jnetlink.core.netns;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks inside one network namespace on a dedicated platform thread that entered the
 * namespace when it started and never leaves it (it ends when the executor closes). Tasks run
 * one at a time in submission order. The callers' own threads never change namespace.
 *
 * <p>Never a virtual or pooled thread: those can carry the namespace into unrelated work.
 */
public final class NetNsExecutor implements Executor, AutoCloseable {
    private static final Runnable STOP = () -> { };

    private final NetNs namespace;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    private NetNsExecutor(NetNs namespace) {
        this.namespace = namespace;
        CompletableFuture<Void> entered = new CompletableFuture<>();
        this.thread = new Thread(() -> {
            try {
                namespace.enter();
            } catch (Throwable t) {
                entered.completeExceptionally(t);
                return;
            }
            entered.complete(null);
            loop();
        }, "jnetlink-netns-" + (namespace.name() == null ? "current" : namespace.name()));
        thread.setDaemon(true);
        thread.start();
        NetNs.await(entered);
    }

    /**
     * Starts an executor whose thread lives in {@code namespace}.
     *
     * @param namespace the namespace the thread enters; not null, and open until this method returns
     * @return a running executor; close it when done
     * @throws io.jnetlink.core.NetlinkException when the thread cannot enter the namespace
     */
    public static NetNsExecutor start(NetNs namespace) {
        return new NetNsExecutor(Objects.requireNonNull(namespace, "namespace"));
    }

    private void loop() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                continue; // only STOP ends the thread, so no task is lost
            }
            if (task == STOP) {
                return;
            }
            task.run();
        }
    }

    /** {@return the namespace this executor's thread lives in} */
    public NetNs namespace() {
        return namespace;
    }

    /**
     * Queues {@code task}; the future completes with its result or exception.
     *
     * @param <T>  the task's result type
     * @param task the work to run inside; not null
     * @return a future for the task's result
     * @throws RejectedExecutionException once the executor is closed
     */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        CompletableFuture<T> future = new CompletableFuture<>();
        execute(() -> {
            try {
                future.complete(task.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    /**
     * Runs {@code task} in the namespace and waits for its result; its exceptions are rethrown.
     *
     * @param <T>  the task's result type
     * @param task the work to run inside; not null
     * @return what {@code task} returned, possibly null
     */
    public <T> T call(Callable<T> task) {
        return NetNs.await(submit(task));
    }

    /** Queues {@code command}; an exception it throws is lost, so prefer {@link #submit}. */
    @Override
    public synchronized void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        if (closed) {
            throw new RejectedExecutionException("namespace executor is closed");
        }
        queue.add(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                // Keep the thread (and its namespace) for the next task.
                System.getLogger("io.jnetlink").log(System.Logger.Level.WARNING, "namespace task failed", e);
            }
        });
    }

    /** Lets queued tasks finish, then ends the thread. Does not close the {@link NetNs}. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
