package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.RTNLGRP_LINK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A socket that joined {@code RTNLGRP_LINK} sees links created and deleted in its namespace. */
class EventSubscriptionIntegrationTest {
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Collects "RTM_NEWLINK name" / "RTM_DELLINK name" lines. */
    private static final class Recorder implements EventHandler {
        final List<String> events = new ArrayList<>();
        int overruns;

        @Override
        public boolean onMessage(MessageCursor message) {
            events.add(MessageType.name(NetlinkProtocol.ROUTE, message.type()) + " " + Links.name(message));
            return true;
        }

        @Override
        public void onOverrun() {
            overruns++;
        }
    }

    @Test
    void linkGroupSubscriberSeesLinksCreatedAndDeleted() {
        try (TestNamespace ns = TestNamespace.create("events");
             NetlinkSocket events = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             NetlinkSocket requests = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            events.joinGroup(RTNLGRP_LINK);
            Recorder recorder = new Recorder();

            requests.execute(Links.createRequest(writer, "evt0", "ifb"));
            awaitEvent(events, recorder, "RTM_NEWLINK evt0");
            Shell.run("ip", "-n", ns.name(), "link", "add", "evt1", "type", "ifb");
            awaitEvent(events, recorder, "RTM_NEWLINK evt1");
            requests.execute(Links.deleteRequest(writer, "evt0"));
            awaitEvent(events, recorder, "RTM_DELLINK evt0");
            Shell.run("ip", "-n", ns.name(), "link", "del", "evt1");
            awaitEvent(events, recorder, "RTM_DELLINK evt1");
            assertEquals(0, recorder.overruns);
            assertTrue(recorder.events.stream().allMatch(e -> e.endsWith(" evt0") || e.endsWith(" evt1")),
                    "only the links made here: " + recorder.events);

            events.leaveGroup(RTNLGRP_LINK);
            int before = recorder.events.size();
            requests.execute(Links.createRequest(writer, "evt2", "ifb"));
            assertEquals(0, events.receiveEvents(recorder, 200), "no events after leaving the group");
            assertEquals(before, recorder.events.size());
        }
    }

    @Test
    void eventsLostToAFullReceiveBufferAreReportedAsOverrunAndTheNextChangeStillArrives() {
        try (TestNamespace ns = TestNamespace.create("overrun");
             NetlinkSocket events = ns.netns().openSocket(NetlinkProtocol.ROUTE,
                     NetlinkSocket.Config.defaults().withReceiveBufferSize(4096))) {
            events.joinGroup(RTNLGRP_LINK);
            // 200 notifications of ~1 KiB each cannot fit a buffer of a few KiB.
            Links.addIfbs(ns.name(), "ifb", 0, 200);
            Recorder recorder = new Recorder();
            long deadline = System.nanoTime() + WAIT_NANOS;
            while (recorder.overruns == 0) {
                assertTrue(System.nanoTime() < deadline, "no overrun reported; saw " + recorder.events.size());
                events.receiveEvents(recorder, 100);
            }
            // A receiver resynchronises as soon as it is told (dump, then go on receiving). After an
            // overrun the kernel drops every notification, without a second ENOBUFS, until the queue
            // has been emptied: what changes now must still arrive, or the resync is stale for good.
            Shell.run("ip", "-n", ns.name(), "link", "add", "after", "type", "ifb");
            awaitEvent(events, recorder, "RTM_NEWLINK after");
            assertEquals(1, recorder.overruns, "one overrun signal for one loss");
            assertTrue(recorder.events.size() < 201, "some notifications were lost: " + recorder.events.size());
        }
    }

    private static void awaitEvent(NetlinkSocket socket, Recorder recorder, String event) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!recorder.events.contains(event)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            assertTrue(left > 0, event + " never arrived; saw " + recorder.events);
            socket.receiveEvents(recorder, left);
        }
    }
}
