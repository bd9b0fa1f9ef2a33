package io.jnetlink.route.event;

import io.jnetlink.route.link.BridgePortAttributes;
import static io.jnetlink.route.testing.IpTool.ip;
import static io.jnetlink.route.testing.IpTool.ipJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.link.BridgeCodec;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourRequest;
import io.jnetlink.route.testing.IpTool;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EventSubscriptionTest {
    /** Upper bound on polls while waiting for an expected event, so a missing event fails instead of hanging. */
    private static final int MAX_POLLS = 300;

    /** Polls until an event {@code wanted} accepts arrives (or {@link #MAX_POLLS} polls pass). */
    private static Optional<RtnlEvent> awaitEvent(EventSubscription events, Predicate<RtnlEvent> wanted) {
        for (int polls = 0; polls < MAX_POLLS; polls++) {
            Optional<RtnlEvent> found = events.poll(100).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    void createModifyDeleteEventsArriveInOrder() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.LINK, EventGroup.IPV4_ADDRESS, EventGroup.IPV4_ROUTE,
                     EventGroup.NEIGHBOUR)) {
            String n = ns.name();
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "set", "veth1", "up");
            ip(n, "link", "set", "veth0", "up");
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "route", "add", "10.9.0.0/16", "via", "10.1.0.2", "dev", "veth0");
            ip(n, "neigh", "add", "10.1.0.9", "lladdr", "02:00:00:00:00:09", "dev", "veth0", "nud", "permanent");
            ip(n, "neigh", "del", "10.1.0.9", "dev", "veth0");
            ip(n, "route", "del", "10.9.0.0/16");
            ip(n, "addr", "del", "10.1.0.1/24", "dev", "veth0");
            ip(n, "link", "del", "veth0");

            InetAddress local = InetAddress.getByName("10.1.0.1");
            InetAddress routeDst = InetAddress.getByName("10.9.0.0");
            InetAddress neighbour = InetAddress.getByName("10.1.0.9");
            List<Predicate<RtnlEvent>> expected = List.of(
                    e -> e instanceof RtnlEvent.LinkEvent l && l.action() == Action.NEW && "veth0".equals(l.link().name()),
                    e -> e instanceof RtnlEvent.LinkEvent l && l.action() == Action.NEW && "veth0".equals(l.link().name())
                            && l.link().isUp(),
                    e -> e instanceof RtnlEvent.AddressEvent a && a.action() == Action.NEW && local.equals(a.address().get(AddressAttributes.LOCAL)),
                    e -> e instanceof RtnlEvent.RouteEvent r && r.action() == Action.NEW && routeDst.equals(r.route().get(RouteAttributes.DST)),
                    e -> e instanceof RtnlEvent.NeighbourEvent nb && nb.action() == Action.NEW
                            && neighbour.equals(nb.neighbour().get(NeighbourAttributes.DST)),
                    e -> e instanceof RtnlEvent.NeighbourEvent nb && nb.action() == Action.DELETE
                            && neighbour.equals(nb.neighbour().get(NeighbourAttributes.DST)),
                    e -> e instanceof RtnlEvent.RouteEvent r && r.action() == Action.DELETE && routeDst.equals(r.route().get(RouteAttributes.DST)),
                    e -> e instanceof RtnlEvent.AddressEvent a && a.action() == Action.DELETE && local.equals(a.address().get(AddressAttributes.LOCAL)),
                    e -> e instanceof RtnlEvent.LinkEvent l && l.action() == Action.DELETE && "veth0".equals(l.link().name()));
            List<RtnlEvent> seen = new ArrayList<>();
            int next = 0;
            for (int polls = 0; next < expected.size() && polls < MAX_POLLS; polls++) {
                for (RtnlEvent e : events.poll(100)) {
                    seen.add(e);
                    assertFalse(e instanceof RtnlEvent.Overrun, "no overrun with the default buffer");
                    if (next < expected.size() && expected.get(next).test(e)) {
                        next++;
                    }
                }
            }
            assertEquals(expected.size(), next, "events in order; matched " + next + " of " + expected.size()
                    + " in " + seen);
        }
    }

    @Test
    void clientOpenedInsideANamespaceSubscribesThereFromAnyThread() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evhere")) {
            Rtnl rtnl = ns.netns().call(Rtnl::open); // opened on a thread inside ns, used from this one
            try (rtnl; EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.LINK)) {
                assertEquals(ns.netns().inode(), rtnl.netns().inode());
                ip(ns.name(), "link", "add", "ifbhere", "type", "ifb");
                boolean seen = awaitEvent(events,
                        e -> e instanceof RtnlEvent.LinkEvent l && "ifbhere".equals(l.link().name())).isPresent();
                assertTrue(seen, "the subscription listens in the namespace the client was opened in");
            }
        }
    }

    @Test
    void aPortLeavingItsBridgeIsABridgePortEventNotALinkDeletion() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.LINK)) {
            String n = ns.name();
            ip(n, "link", "add", "br0", "type", "bridge");
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "set", "veth0", "master", "br0");
            ip(n, "link", "set", "veth0", "nomaster");
            ip(n, "link", "add", "last", "type", "ifb");

            List<RtnlEvent> seen = new ArrayList<>();
            for (int polls = 0; polls < MAX_POLLS && seen.stream().noneMatch(e -> e instanceof RtnlEvent.LinkEvent l
                    && "last".equals(l.link().name())); polls++) {
                seen.addAll(events.poll(100));
            }
            assertTrue(seen.stream().anyMatch(e -> e instanceof RtnlEvent.BridgePortEvent p
                    && p.action() == Action.DELETE && "veth0".equals(p.port().name())), "port left br0: " + seen);
            assertFalse(seen.stream().anyMatch(e -> e instanceof RtnlEvent.LinkEvent l && l.action() == Action.DELETE),
                    "no link was deleted: " + seen);
        }
    }

    @Test
    void aBridgePortChangeArrivesWithItsPortDataDecodedAsADumpGivesIt() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "link", "add", "br0", "type", "bridge");
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "set", "veth0", "master", "br0");
            int br0 = IpTool.ifindex(n, "br0");
            // Subscribed after the port joined, so the first port notice is the one for the change.
            try (EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.LINK)) {
                Shell.run("bridge", "-n", n, "link", "set", "dev", "veth0", "hairpin", "on", "cost", "37");
                RtnlEvent.BridgePortEvent event = (RtnlEvent.BridgePortEvent) awaitEvent(events,
                        e -> e instanceof RtnlEvent.BridgePortEvent p && "veth0".equals(p.port().name())).orElse(null);
                assertTrue(event != null, "the bridge announced the change");
                assertEquals(Action.NEW, event.action());
                Link port = event.port();
                assertEquals(br0, port.masterIfindex());
                assertTrue(port.info() != null && port.info().slaveData() instanceof BridgePortData,
                        "IFLA_PROTINFO decoded as the port's slave data: " + port);
                assertEquals(BridgeCodec.KIND, port.info().slaveKind());
                assertNull(port.kind(), "an AF_BRIDGE message names no kind of its own");
                assertTrue(port.get(LinkAttributes.PROTINFO) != null, "the raw IFLA_PROTINFO the port data comes from");
                BridgePortData announced = (BridgePortData) port.info().slaveData();
                assertEquals(Boolean.TRUE, announced.get(BridgePortAttributes.MODE));
                assertEquals(37, announced.get(BridgePortAttributes.COST));
                BridgePortData dumped = (BridgePortData) rtnl.links().get("veth0").info().slaveData();
                assertEquals(dumped, announced, "the same values a dump gives");
            }
        }
    }

    @Test
    void listenerGetsEventsOnItsOwnThreadAndCloseStopsIt() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ip(ns.name(), "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            BlockingQueue<RtnlEvent> received = new LinkedBlockingQueue<>();
            BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
            EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.IPV4_ADDRESS);
            events.start(new EventListener() {
                @Override
                public void onEvent(RtnlEvent event) {
                    threads.offer(Thread.currentThread());
                    received.offer(event);
                }

                @Override
                public void onOverrun() {
                    received.offer(new RtnlEvent.Overrun());
                }
            });
            assertThrows(IllegalStateException.class, () -> events.poll(10));
            ip(ns.name(), "addr", "add", "10.1.0.1/24", "dev", "veth0");
            RtnlEvent first = received.poll(30, TimeUnit.SECONDS);
            assertTrue(first instanceof RtnlEvent.AddressEvent a && a.action() == Action.NEW
                    && a.address().get(AddressAttributes.LOCAL).equals(InetAddress.getByName("10.1.0.1")), String.valueOf(first));
            Thread listenerThread = threads.take();
            assertTrue(listenerThread != Thread.currentThread());
            assertEquals("jnetlink-events", listenerThread.getName());
            events.close();
            assertFalse(listenerThread.isAlive(), "close() waits for the listener thread to end");
            assertTrue(events.isClosed());
            assertTrue(events.poll(10).isEmpty(), "a closed subscription delivers nothing");
        }
    }

    @Test
    void tinyBufferOverrunIsSignalledAndAResyncDumpEqualsIp() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), NetlinkSocket.Config.defaults().withReceiveBufferSize(4096),
                     EventGroup.IPV4_ADDRESS, EventGroup.IPV4_ROUTE)) {
            String n = ns.name();
            ip(n, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(n, "link", "set", "veth0", "up");
            Path batch = Files.createTempFile("jnetlink-batch", ".txt");
            try {
                StringBuilder commands = new StringBuilder();
                for (int i = 0; i < 3000; i++) {
                    commands.append("addr add 10.100.").append(i / 250).append('.').append(i % 250 + 1)
                            .append("/32 dev veth0\n");
                }
                Files.writeString(batch, commands);
                ip(n, "-batch", batch.toString());
            } finally {
                Files.deleteIfExists(batch);
            }

            boolean overrun = awaitEvent(events, e -> e instanceof RtnlEvent.Overrun).isPresent();
            assertTrue(overrun, "3000 changes into a 4 KiB buffer must overrun");

            Set<String> ours = new TreeSet<>();
            for (Address a : rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET))) {
                ours.add(a.get(AddressAttributes.LOCAL).getHostAddress() + "/" + a.prefixLength() + "@" + a.ifindex());
            }
            Set<String> theirs = new TreeSet<>();
            for (JsonNode link : ipJson(n, "-4", "addr", "show")) {
                for (JsonNode info : link.get("addr_info")) {
                    theirs.add(info.get("local").asText() + "/" + info.get("prefixlen").asInt() + "@"
                            + link.get("ifindex").asInt());
                }
            }
            assertEquals(theirs, ours);
            assertEquals(3000, ours.size());

            // The subscription lives on after the overrun: drain, change once more, see it.
            while (!events.poll(50).isEmpty()) {
                // discard what was queued before the resync
            }
            ip(n, "addr", "add", "10.200.0.1/24", "dev", "veth0");
            InetAddress added = InetAddress.getByName("10.200.0.1");
            boolean seen = awaitEvent(events, e -> e instanceof RtnlEvent.AddressEvent a
                    && a.action() == Action.NEW && added.equals(a.address().get(AddressAttributes.LOCAL))).isPresent();
            assertTrue(seen, "events flow again after the overrun");
        }
    }

    @Test
    void fdbEntriesOfAVxlanDeviceArriveAsBridgeNeighbourEvents() throws Exception {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.NEIGHBOUR)) {
            String n = ns.name();
            ip(n, "link", "add", "vx0", "type", "vxlan", "id", "42", "dstport", "4789", "local", "10.1.1.1", "nolearning");
            int vx0 = IpTool.ifindex(n, "vx0");
            InetAddress remote = InetAddress.getByName("192.168.246.195");
            rtnl.fdb().append(NeighbourRequest.fdb(vx0, MacAddress.parse("00:00:00:00:00:00")).withDst(remote));
            RtnlEvent.NeighbourEvent seen = (RtnlEvent.NeighbourEvent) awaitEvent(events,
                    e -> e instanceof RtnlEvent.NeighbourEvent nb && remote.equals(nb.neighbour().get(NeighbourAttributes.DST))).orElse(null);
            assertTrue(seen != null, "the FDB append was notified");
            assertEquals(Action.NEW, seen.action());
            assertEquals(AddressFamily.AF_BRIDGE, seen.neighbour().family());
            assertEquals(vx0, seen.neighbour().ifindex());
        }
    }

    @Test
    void subscribingToNothingIsRefused() {
        try (TestNamespace ns = TestNamespace.create("events"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertThrows(IllegalArgumentException.class, () -> EventSubscription.open(rtnl.netns()));
        }
    }
}
