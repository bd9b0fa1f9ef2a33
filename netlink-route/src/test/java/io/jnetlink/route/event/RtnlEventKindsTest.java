package io.jnetlink.route.event;

import static io.jnetlink.route.testing.IpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.netconf.NetconfAttributes;
import io.jnetlink.route.nexthop.NexthopAttributes;
import io.jnetlink.route.nsid.NamespaceIdAttributes;
import io.jnetlink.route.rule.RuleAttributes;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.KernelHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The event kinds beyond links, addresses, routes and neighbours, each observed in a throwaway namespace. */
class RtnlEventKindsTest {
    /** Upper bound on polls while waiting for an expected event, so a missing event fails instead of hanging. */
    private static final int MAX_POLLS = 300;

    /** Polls until an event {@code wanted} accepts arrives; returns every event seen up to it. */
    private static List<RtnlEvent> awaitEvent(EventSubscription events, Predicate<RtnlEvent> wanted) {
        List<RtnlEvent> seen = new ArrayList<>();
        for (int polls = 0; polls < MAX_POLLS; polls++) {
            for (RtnlEvent e : events.poll(100)) {
                seen.add(e);
                if (wanted.test(e)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("expected event did not arrive; seen " + seen);
    }

    @Test
    void everyGroupHasTheNumberOfItsNameInTheHeader() {
        Map<EventGroup, String> names = Map.ofEntries(Map.entry(EventGroup.LINK, "RTNLGRP_LINK"),
                Map.entry(EventGroup.NEIGHBOUR, "RTNLGRP_NEIGH"), Map.entry(EventGroup.IPV4_ADDRESS, "RTNLGRP_IPV4_IFADDR"),
                Map.entry(EventGroup.IPV4_ROUTE, "RTNLGRP_IPV4_ROUTE"), Map.entry(EventGroup.IPV4_RULE, "RTNLGRP_IPV4_RULE"),
                Map.entry(EventGroup.IPV6_ADDRESS, "RTNLGRP_IPV6_IFADDR"),
                Map.entry(EventGroup.IPV6_ROUTE, "RTNLGRP_IPV6_ROUTE"), Map.entry(EventGroup.IPV6_RULE, "RTNLGRP_IPV6_RULE"),
                Map.entry(EventGroup.IPV4_NETCONF, "RTNLGRP_IPV4_NETCONF"),
                Map.entry(EventGroup.IPV6_NETCONF, "RTNLGRP_IPV6_NETCONF"), Map.entry(EventGroup.NSID, "RTNLGRP_NSID"),
                Map.entry(EventGroup.NEXTHOP, "RTNLGRP_NEXTHOP"));
        Map<String, Integer> header = KernelHeaders.enumValues("rtnetlink.h", "RTNLGRP_NONE");
        assertEquals(Arrays.asList(EventGroup.values()).stream().sorted().toList(),
                names.keySet().stream().sorted().toList(), "every group is checked");
        for (EventGroup g : EventGroup.values()) {
            assertEquals(header.get(names.get(g)), g.group(), g + " is " + names.get(g));
        }
    }

    @Test
    void netconfTableIsCompleteAgainstTheHeader() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(NetconfAttributes.SET, "netconf.h", "NETCONFA_UNSPEC"));
    }

    @Test
    void ruleEventsForBothFamilies() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evrule"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.IPV4_RULE, EventGroup.IPV6_RULE)) {
            String n = ns.name();
            ip(n, "rule", "add", "priority", "1234", "from", "10.0.0.0/8", "table", "100");
            ip(n, "-6", "rule", "add", "priority", "1235", "from", "2001:db8::/32", "table", "101");
            ip(n, "rule", "del", "priority", "1234");
            List<RtnlEvent> seen = awaitEvent(events, e -> e instanceof RtnlEvent.RuleEvent r && r.action() == Action.DELETE
                    && r.rule().priority() == 1234);
            assertTrue(seen.stream().anyMatch(e -> e instanceof RtnlEvent.RuleEvent r && r.action() == Action.NEW
                    && r.rule().priority() == 1234 && r.rule().table() == 100), "IPv4 rule added: " + seen);
            assertTrue(seen.stream().anyMatch(e -> e instanceof RtnlEvent.RuleEvent r && r.action() == Action.NEW
                    && r.rule().priority() == 1235 && r.rule().get(RuleAttributes.TABLE) == 101), "IPv6 rule added: " + seen);
        }
    }

    @Test
    void nexthopEvents() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evnh"); Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.NEXTHOP)) {
            String n = ns.name();
            ip(n, "link", "set", "lo", "up"); // a blackhole nexthop sits on lo
            ip(n, "nexthop", "add", "id", "77", "blackhole");
            ip(n, "nexthop", "del", "id", "77");
            List<RtnlEvent> seen = awaitEvent(events, e -> e instanceof RtnlEvent.NexthopEvent h
                    && h.action() == Action.DELETE && h.nexthop().id() == 77);
            assertTrue(seen.stream().anyMatch(e -> e instanceof RtnlEvent.NexthopEvent h && h.action() == Action.NEW
                    && h.nexthop().get(NexthopAttributes.ID) == 77), "nexthop added: " + seen);
        }
    }

    @Test
    void namespaceIdEvent() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evnsid"); TestNamespace other = TestNamespace.create("evnsid");
             Rtnl rtnl = Rtnl.open(ns.netns());
             EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.NSID)) {
            ip(ns.name(), "netns", "set", other.name(), "42");
            awaitEvent(events, e -> e instanceof RtnlEvent.NamespaceIdEvent id && id.action() == Action.NEW
                    && id.namespaceId().get(NamespaceIdAttributes.NSID) == 42);
        }
    }

    @Test
    void netconfEventWhenASysctlChangesInsideTheNamespace() throws Exception {
        try (TestNamespace ns = TestNamespace.create("evconf"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ip(ns.name(), "link", "add", "conf0", "type", "ifb");
            int ifindex = IpTool.ifindex(ns.name(), "conf0");
            try (EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.IPV4_NETCONF,
                    EventGroup.IPV6_NETCONF)) {
                ns.netns().call(() -> Files.writeString(Path.of("/proc/sys/net/ipv4/conf/conf0/forwarding"), "1"));
                ns.netns().call(() -> Files.writeString(Path.of("/proc/sys/net/ipv6/conf/conf0/forwarding"), "1"));
                List<RtnlEvent> seen = awaitEvent(events, e -> e instanceof RtnlEvent.NetconfEvent c
                        && c.netconf().family() == io.jnetlink.route.AddressFamily.AF_INET6 && c.netconf().ifindex() == ifindex
                        && Integer.valueOf(1).equals(c.netconf().get(NetconfAttributes.FORWARDING)));
                assertTrue(seen.stream().anyMatch(e -> e instanceof RtnlEvent.NetconfEvent c && c.action() == Action.NEW
                        && c.netconf().family() == io.jnetlink.route.AddressFamily.AF_INET && c.netconf().ifindex() == ifindex
                        && Integer.valueOf(1).equals(c.netconf().get(NetconfAttributes.FORWARDING))), "IPv4 change: " + seen);
            }
            assertEquals(1, rtnl.netconf().list(io.jnetlink.route.AddressFamily.AF_INET).stream()
                    .filter(c -> c.ifindex() == ifindex).findFirst().orElseThrow().get(NetconfAttributes.FORWARDING),
                    "the dump reads the value back");
        }
    }
}
