package io.jnetlink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * NLM_F_DUMP_INTR under churn: while one thread adds and removes links, dumps of ~5,000 links
 * are either complete (every link of the stable set present) or end in
 * {@link DumpInterruptedException}; never a silent partial result. With retries enabled the
 * handler is told to start over through {@link MessageHandler#onRestart()}.
 */
class DumpInterruptIntegrationTest {
    private static final int STABLE = 5000;
    private static final int DUMPS = 8;
    private static final int RETRIES = 3;

    /** Collects names, forgetting them when the dump restarts. */
    private static final class Collector implements MessageHandler {
        final List<String> names = new ArrayList<>();
        int restarts;

        @Override
        public boolean onMessage(MessageCursor message) {
            if (message.type() == MessageType.RTM_NEWLINK) {
                names.add(Links.name(message));
            }
            return true;
        }

        @Override
        public void onRestart() {
            restarts++;
            names.clear();
        }
    }

    @Test
    void dumpsUnderChurnAreCompleteOrFlaggedNeverSilentlyPartial() throws Exception {
        try (TestNamespace ns = TestNamespace.create("dumpintr");
             NetlinkSocket plain = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             NetlinkSocket retrying = ns.netns().openSocket(NetlinkProtocol.ROUTE,
                     NetlinkSocket.Config.defaults().withDumpRetries(RETRIES));
             NetlinkSocket churnSocket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter request = new MessageWriter()) {
            Links.addIfbs(ns.name(), "s", 0, STABLE);
            Set<String> stable = new HashSet<>(Links.ipNames(ns.name()));
            assertEquals(STABLE + 1, stable.size());

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger churned = new AtomicInteger();
            AtomicReference<Throwable> churnFailure = new AtomicReference<>();
            Thread churn = new Thread(() -> {
                // Bursts with pauses between them, so that some dumps run undisturbed and
                // both outcomes occur.
                Random random = new Random(42);
                try (MessageWriter writer = new MessageWriter()) {
                    for (int i = 0; !stop.get(); i++) {
                        String name = "churn" + (i % 16);
                        churnSocket.execute(Links.createRequest(writer, name, "ifb"));
                        churnSocket.execute(Links.deleteRequest(writer, name));
                        churned.incrementAndGet();
                        if (random.nextInt(4) == 0) {
                            Thread.sleep(random.nextInt(400));
                        }
                    }
                } catch (Throwable t) {
                    churnFailure.set(t);
                }
            }, "churn");
            churn.start();
            int complete = 0;
            int interrupted = 0;
            int retriedComplete = 0;
            int retriedInterrupted = 0;
            int restarts = 0;
            try {
                for (int d = 0; d < DUMPS; d++) {
                    Collector plainDump = new Collector();
                    try {
                        plain.dump(Links.dumpRequest(request), plainDump);
                        assertComplete(stable, plainDump.names);
                        complete++;
                    } catch (DumpInterruptedException e) {
                        assertEquals(1, e.attempts());
                        assertEquals(0, plainDump.restarts, "no restart without retries");
                        interrupted++;
                    }

                    Collector retried = new Collector();
                    try {
                        retrying.dump(Links.dumpRequest(request), retried);
                        assertTrue(retried.restarts <= RETRIES);
                        assertComplete(stable, retried.names);
                        retriedComplete++;
                    } catch (DumpInterruptedException e) {
                        assertEquals(RETRIES + 1, e.attempts());
                        assertEquals(RETRIES, retried.restarts, "onRestart before every new attempt");
                        retriedInterrupted++;
                    }
                    restarts += retried.restarts;
                }
            } finally {
                stop.set(true);
                churn.join();
            }
            if (churnFailure.get() != null) {
                fail("churn thread failed", churnFailure.get());
            }
            System.out.printf("dump under churn (%d links changed): no retries %d complete / %d interrupted; "
                            + "%d retries: %d complete / %d interrupted, %d restarts%n", churned.get(), complete,
                    interrupted, RETRIES, retriedComplete, retriedInterrupted, restarts);
            assertTrue(churned.get() > 0, "the churn ran alongside the dumps");
            assertEquals(DUMPS, complete + interrupted);
            assertEquals(DUMPS, retriedComplete + retriedInterrupted);
        }
    }

    private static void assertComplete(Set<String> stable, List<String> names) {
        Set<String> seen = new HashSet<>(names);
        assertEquals(names.size(), seen.size(), "no link twice in one dump");
        for (String name : stable) {
            if (!seen.contains(name)) {
                fail("dump not flagged NLM_F_DUMP_INTR yet misses " + name + " (" + names.size() + " names)");
            }
        }
    }
}
