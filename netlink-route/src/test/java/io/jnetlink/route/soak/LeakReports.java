package io.jnetlink.route.soak;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Netty's leak detector at {@code PARANOID} (every buffer tracked) with its reports caught.
 *
 * <p>Netty makes the detector for {@code ByteBuf} once per JVM, when the first buffer class
 * loads, and surefire runs this module's test classes in one JVM; so instead of a detector
 * factory (too late once another test has made a buffer) the reports are caught where netty
 * writes them: its {@code io.netty.util.ResourceLeakDetector} logger, which goes to
 * {@code java.util.logging} on this class path. {@link #proveDetection()} leaks one buffer on
 * purpose and waits for its report, so a silent detector fails the test instead of passing it.
 */
final class LeakReports extends Handler implements AutoCloseable {
    private static final String CANARY = "soak-leak-canary";
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(20);

    private final Logger logger = Logger.getLogger(ResourceLeakDetector.class.getName());
    private final ResourceLeakDetector.Level previousLevel = ResourceLeakDetector.getLevel();
    private final boolean previousUseParent = logger.getUseParentHandlers();
    private final List<String> reports = new ArrayList<>();

    private LeakReports() {
    }

    /** Turns on paranoid detection and starts catching reports. */
    static LeakReports install() {
        LeakReports leaks = new LeakReports();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        leaks.logger.addHandler(leaks);
        // The reports end up in the test's verdict; the canary's need not alarm the console.
        leaks.logger.setUseParentHandlers(false);
        return leaks;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue() && String.valueOf(record.getMessage()).contains("LEAK")) {
            reports.add(record.getMessage());
        }
    }

    /**
     * Lets the collector find unreachable buffers and the detector report them (it looks at its
     * queue whenever a tracked buffer is made: unpooled direct ones are, heap ones are not), then
     * returns and forgets the reports so far.
     */
    List<String> collect() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            Unpooled.directBuffer(1).release();
        }
        return take();
    }

    private synchronized List<String> take() {
        List<String> taken = new ArrayList<>(reports);
        reports.clear();
        return taken;
    }

    /** Leaks one buffer on purpose and waits until the detector reports it. */
    void proveDetection() throws InterruptedException {
        leakCanary();
        long deadline = System.nanoTime() + WAIT_NANOS;
        List<String> seen = new ArrayList<>();
        while (seen.stream().noneMatch(r -> r.contains(CANARY))) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("netty never reported a buffer leaked on purpose; leak counts would mean nothing");
            }
            seen.addAll(collect());
        }
        seen.removeIf(r -> r.contains(CANARY));
        if (!seen.isEmpty()) {
            throw new AssertionError("leaks reported while proving detection: " + seen);
        }
    }

    /**
     * In its own frame, so no local variable keeps the buffer reachable. Direct, because netty
     * tracks only those; its one byte of native memory stays allocated, before the soak counts.
     */
    private static void leakCanary() {
        ByteBuf canary = Unpooled.directBuffer(1);
        canary.touch(CANARY);
    }

    @Override
    public void flush() {
    }

    /** Restores the detector level and the logger. */
    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(previousUseParent);
        ResourceLeakDetector.setLevel(previousLevel);
    }
}
