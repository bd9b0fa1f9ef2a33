package io.jnetlink.route.event;

import static io.jnetlink.route.testing.IpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link EventSubscription#openWithSnapshot}: the dump plus the events that follow it reach the kernel's state. */
class EventSnapshotTest {
    private static String key(Address a) {
        return "addr " + a.ifindex() + " " + a.get(AddressAttributes.LOCAL).getHostAddress() + "/" + a.prefixLength();
    }

    private static String key(Rule r) {
        return "rule " + r.family() + " " + r.priority() + " " + r.table();
    }

    /** Applies one event to the model of addresses and rules; an overrun fails the test. */
    private static void apply(Set<String> model, RtnlEvent event) {
        if (event instanceof RtnlEvent.AddressEvent a) {
            update(model, a.action(), key(a.address()));
        } else if (event instanceof RtnlEvent.RuleEvent r) {
            update(model, r.action(), key(r.rule()));
        } else {
            throw new AssertionError("an overrun or an event not subscribed to: " + event);
        }
    }

    private static void update(Set<String> model, Action action, String key) {
        if (action == Action.NEW) {
            model.add(key);
        } else {
            model.remove(key);
        }
    }

    @Test
    void dumpThenEventsReachTheFinalStateWhileChangesRunConcurrently() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evsnap"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "link", "add", "snap0", "type", "ifb");
            int changes = 160;
            // Snapshots opened at several points while the changes run: each is a chance for a gap
            // between dump and subscription to lose a change.
            int[] checkpoints = {10, 50, 90, 130};
            List<CountDownLatch> reached = new ArrayList<>();
            for (int c : checkpoints) {
                reached.add(new CountDownLatch(c));
            }
            CompletableFuture<Void> churn = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < changes; i++) {
                    String address = "10.7." + (i / 200) + "." + (i % 200 + 1) + "/32";
                    if (i % 2 == 0) {
                        ip(n, "addr", "add", address, "dev", "snap0");
                    } else {
                        ip(n, "rule", "add", "priority", Integer.toString(1000 + i), "table", Integer.toString(100 + i));
                    }
                    if (i % 3 == 0 && i >= 3) { // take back an earlier change now and then
                        int j = i - 3;
                        if (j % 2 == 0) {
                            ip(n, "addr", "del", "10.7." + (j / 200) + "." + (j % 200 + 1) + "/32", "dev", "snap0");
                        } else {
                            ip(n, "rule", "del", "priority", Integer.toString(1000 + j));
                        }
                    }
                    reached.forEach(CountDownLatch::countDown);
                }
            });
            List<EventSnapshot> snapshots = new ArrayList<>();
            List<Set<String>> models = new ArrayList<>();
            int events = 0;
            try {
                for (CountDownLatch latch : reached) {
                    assertTrue(latch.await(60, TimeUnit.SECONDS), "changes go on");
                    EventSnapshot snapshot = EventSubscription.openWithSnapshot(rtnl, EventGroup.IPV4_ADDRESS,
                            EventGroup.IPV4_RULE);
                    snapshots.add(snapshot);
                    Set<String> model = new TreeSet<>();
                    snapshot.dump().forEach(e -> apply(model, e));
                    models.add(model);
                }
                assertFalse(churn.isDone(), "the last subscription and its dump overlap the changes");
                churn.get(60, TimeUnit.SECONDS);
                // Every change is queued by the time its ip command returned; drain what is queued.
                for (int k = 0; k < snapshots.size(); k++) {
                    EventSubscription subscription = snapshots.get(k).events();
                    for (List<RtnlEvent> batch = subscription.poll(200); !batch.isEmpty(); batch = subscription.poll(200)) {
                        events += batch.size();
                        Set<String> model = models.get(k);
                        batch.forEach(e -> apply(model, e));
                    }
                }
            } finally {
                snapshots.forEach(EventSnapshot::close);
            }
            assertTrue(events > 0, "changes came after the dumps too");
            Set<String> kernel = Stream.concat(
                    rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET)).stream()
                            .map(EventSnapshotTest::key),
                    rtnl.rules().list(AddressFamily.AF_INET).stream().map(EventSnapshotTest::key))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(kernel.stream().filter(k -> k.startsWith("rule 2 1")).count() > 10, "the churn left rules");
            for (int k = 0; k < models.size(); k++) {
                assertEquals(kernel, models.get(k), "snapshot opened after " + checkpoints[k] + " changes");
            }
        }
    }

    @Test
    void theDumpCoversEachGroupsObjectsAsNewEvents() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evsnap"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "link", "set", "lo", "up");
            ip(n, "nexthop", "add", "id", "5", "blackhole");
            ip(n, "-6", "rule", "add", "priority", "600", "table", "60");
            try (EventSnapshot snapshot = EventSubscription.openWithSnapshot(rtnl, EventGroup.LINK, EventGroup.NEXTHOP,
                    EventGroup.IPV6_RULE, EventGroup.IPV6_NETCONF)) {
                List<RtnlEvent> dump = snapshot.dump();
                assertTrue(dump.stream().allMatch(e -> e instanceof RtnlEvent.LinkEvent l && l.action() == Action.NEW
                        || e instanceof RtnlEvent.NexthopEvent h && h.action() == Action.NEW
                        || e instanceof RtnlEvent.RuleEvent r && r.action() == Action.NEW
                                && r.rule().family() == AddressFamily.AF_INET6
                        || e instanceof RtnlEvent.NetconfEvent c && c.action() == Action.NEW
                                && c.netconf().family() == AddressFamily.AF_INET6), "only NEW events of the groups asked for: " + dump);
                assertEquals(rtnl.links().list().size(), dump.stream().filter(e -> e instanceof RtnlEvent.LinkEvent).count());
                assertTrue(dump.stream().anyMatch(e -> e instanceof RtnlEvent.NexthopEvent h && h.nexthop().id() == 5));
                assertTrue(dump.stream().anyMatch(e -> e instanceof RtnlEvent.RuleEvent r && r.rule().priority() == 600));
                assertEquals(rtnl.netconf().list(AddressFamily.AF_INET6).size(),
                        dump.stream().filter(e -> e instanceof RtnlEvent.NetconfEvent).count());
                ip(n, "nexthop", "del", "id", "5");
                assertTrue(snapshot.events().poll(2000).stream().anyMatch(e -> e instanceof RtnlEvent.NexthopEvent h
                        && h.action() == Action.DELETE && h.nexthop().id() == 5), "events follow the dump");
            }
        }
    }

    @Test
    void noGroupIsRefusedBeforeAnySocketIsOpened() {
        try (TestNamespace ns = TestNamespace.create("evsnap"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            assertThrows(IllegalArgumentException.class, () -> EventSubscription.openWithSnapshot(rtnl));
        }
    }
}
