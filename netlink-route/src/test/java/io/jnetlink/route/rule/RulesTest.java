package io.jnetlink.route.rule;

import static io.jnetlink.route.testing.IpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.KernelHeaders;
import io.jnetlink.route.testing.StraceCapture;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule facet in a throwaway namespace: every selector and action added through
 * {@link RuleRequest} reads back as set, in both families; requests match {@code ip rule}'s bytes;
 * delete and flush remove what they should; bad arguments fail before any request.
 */
class RulesTest {
    private static final int V4 = AddressFamily.AF_INET;
    private static final int V6 = AddressFamily.AF_INET6;

    private static InetAddress addr(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    private static Rule only(Rtnl rtnl, int family, long priority) {
        List<Rule> rules = rtnl.rules().list(RuleFilter.all().withFamily(family).withPriority(priority));
        assertEquals(1, rules.size(), "rules of priority " + priority + ": " + rules);
        return rules.get(0);
    }

    @Test
    void tableCoversFibRulesH() {
        Map<String, Integer> header = KernelHeaders.enumValues("fib_rules.h", "FRA_UNSPEC");
        int last = Collections.max(header.values());
        for (Attribute<?> row : RuleAttributes.SET.attributes()) {
            Integer number = header.get(row.name());
            if (number != null) {
                assertEquals(number, row.type(), row.name());
            } else {
                assertTrue(row.type() > last, row.name() + " is not in the header, yet numbered inside its range");
            }
        }
        // Never sent by anyone: the header keeps the numbers reserved. FRA_PAD carries nothing.
        Set<String> skipped = Set.of("FRA_UNSPEC", "FRA_UNUSED3", "FRA_UNUSED4", "FRA_UNUSED5", "FRA_PAD");
        List<String> missing = header.keySet().stream()
                .filter(name -> !name.startsWith("__") && !skipped.contains(name))
                .filter(name -> RuleAttributes.SET.attributes().stream().noneMatch(row -> row.name().equals(name)))
                .toList();
        assertEquals(List.of(), missing, "attributes of fib_rules.h without a row");
        assertEquals(RuleAttributes.PAD, header.get("FRA_PAD"));
    }

    @Test
    void everySelectorAndActionReadsBackInBothFamilies() throws Exception {
        try (TestNamespace ns = TestNamespace.create("rules"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            List<Rule> fresh = rtnl.rules().list();
            assertEquals(5, fresh.size(), "local, main, default for IPv4; local, main for IPv6: " + fresh);
            assertEquals(3, rtnl.rules().list(V4).size());

            rtnl.rules().add(RuleRequest.of(V4).withFrom(addr("10.0.0.0"), 8).withTo(addr("192.168.1.0"), 24)
                    .withTos(0x10).withPriority(100).withTable(1000));
            rtnl.rules().add(RuleRequest.of(V4).withFwmark(0x10, 0xff).withInputInterface("lo")
                    .withOutputInterface("eth9").withPriority(101).withTable(5).withProtocol(4));
            rtnl.rules().add(RuleRequest.of(V4).withUidRange(new UidRange(100, 200)).withIpProtocol(6)
                    .withSourcePorts(RulePortRange.of(80)).withDestinationPorts(new RulePortRange(1000, 2000))
                    .withPriority(102).withTable(6).withSuppressPrefixLength(0).withSuppressIfgroup(5));
            rtnl.rules().add(RuleRequest.of(V4).withInverted(true).withFrom(addr("1.1.1.1"), 32).withPriority(103)
                    .withRealms(3, 4).withTable(7));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(104).withGoto(32766));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(105).withAction(RuleCodec.FR_ACT_NOP));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(106).withAction(RuleCodec.FR_ACT_BLACKHOLE));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(107).withAction(RuleCodec.FR_ACT_UNREACHABLE));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(108).withAction(RuleCodec.FR_ACT_PROHIBIT));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(109).withL3mdev());
            rtnl.rules().add(RuleRequest.of(V4).withPriority(110).withTunnelId(0x0102030405060708L).withTable(8));
            rtnl.rules().add(RuleRequest.of(V4).withPriority(111).withFwmark(7));
            rtnl.rules().add(RuleRequest.of(V6).withFrom(addr("2001:db8::"), 32).withTo(addr("2001:db8:1::1"), 128)
                    .withPriority(200).withTable(100).withInputInterface("lo"));
            rtnl.rules().add(RuleRequest.of(V6).withPriority(201).withFwmark(9, 0xf).withAction(RuleCodec.FR_ACT_PROHIBIT));

            Rule r = only(rtnl, V4, 100);
            assertEquals(List.of(8, 24, 0x10, 1000L, RuleCodec.FR_ACT_TO_TBL),
                    List.of(r.srcLength(), r.dstLength(), r.tos(), r.table(), r.action()));
            assertEquals(addr("10.0.0.0"), r.get(RuleAttributes.SRC));
            assertEquals(addr("192.168.1.0"), r.get(RuleAttributes.DST));
            r = only(rtnl, V4, 101);
            assertEquals(0x10L, r.get(RuleAttributes.FWMARK));
            assertEquals(0xffL, r.get(RuleAttributes.FWMASK));
            assertEquals("lo", r.get(RuleAttributes.IIFNAME));
            assertEquals("eth9", r.get(RuleAttributes.OIFNAME));
            assertTrue((r.flags() & RuleCodec.FIB_RULE_OIF_DETACHED) != 0, "eth9 does not exist");
            assertEquals(4, r.get(RuleAttributes.PROTOCOL));
            r = only(rtnl, V4, 102);
            assertEquals(new UidRange(100, 200), r.get(RuleAttributes.UID_RANGE));
            assertEquals(6, r.get(RuleAttributes.IP_PROTO));
            assertEquals(new RulePortRange(80, 80), r.get(RuleAttributes.SPORT_RANGE));
            assertEquals(new RulePortRange(1000, 2000), r.get(RuleAttributes.DPORT_RANGE));
            assertEquals(0, r.get(RuleAttributes.SUPPRESS_PREFIXLEN));
            assertEquals(5, r.get(RuleAttributes.SUPPRESS_IFGROUP));
            r = only(rtnl, V4, 103);
            assertTrue(r.isInverted());
            assertEquals(3 << 16 | 4, r.get(RuleAttributes.FLOW));
            r = only(rtnl, V4, 104);
            assertEquals(RuleCodec.FR_ACT_GOTO, r.action());
            assertEquals(32766L, r.get(RuleAttributes.GOTO));
            assertEquals(RuleCodec.FR_ACT_NOP, only(rtnl, V4, 105).action());
            assertEquals(RuleCodec.FR_ACT_BLACKHOLE, only(rtnl, V4, 106).action());
            assertEquals(RuleCodec.FR_ACT_UNREACHABLE, only(rtnl, V4, 107).action());
            assertEquals(RuleCodec.FR_ACT_PROHIBIT, only(rtnl, V4, 108).action());
            assertEquals(Boolean.TRUE, only(rtnl, V4, 109).get(RuleAttributes.L3MDEV));
            assertEquals(0x0102030405060708L, only(rtnl, V4, 110).get(RuleAttributes.TUN_ID));
            assertTrue(ip(ns.name(), "rule", "show", "pref", "110").contains("tun_id 72623859790382856"),
                    "ip reads the tunnel id in network order as we sent it");
            r = only(rtnl, V4, 111);
            assertEquals(254L, r.table(), "an add without table or action looks up main, as ip's");
            assertEquals(0xffffffffL, r.get(RuleAttributes.FWMASK), "the kernel reports the full mask when none was given");
            r = only(rtnl, V6, 200);
            assertEquals(List.of(V6, 32, 128, 100L), List.of(r.family(), r.srcLength(), r.dstLength(), r.table()));
            assertEquals(addr("2001:db8::"), r.get(RuleAttributes.SRC));
            assertEquals(RuleCodec.FR_ACT_PROHIBIT, only(rtnl, V6, 201).action());

            NetlinkException exists = assertThrows(NetlinkException.class,
                    () -> rtnl.rules().add(RuleRequest.of(V4).withPriority(108).withAction(RuleCodec.FR_ACT_PROHIBIT)));
            assertTrue(exists.is(Errno.EEXIST), exists.getMessage());

            rtnl.rules().delete(RuleRequest.of(V4).withPriority(100));
            rtnl.rules().delete(only(rtnl, V6, 200));
            assertEquals(List.of(), rtnl.rules().list(RuleFilter.all().withPriority(100)));
            assertEquals(List.of(), rtnl.rules().list(RuleFilter.all().withFamily(V6).withTable(100)));
            NetlinkException gone = assertThrows(NetlinkException.class,
                    () -> rtnl.rules().delete(RuleRequest.of(V4).withPriority(100)));
            assertTrue(gone.is(Errno.ENOENT), gone.getMessage());

            assertEquals(1, rtnl.rules().flush(RuleFilter.all().withFamily(V4).withTable(5)));
            assertEquals(2, rtnl.rules().flush(RuleFilter.all().withFamily(V6)), "main and 201: all but the local rule at 0");
            assertEquals(1, rtnl.rules().list(V6).size());
            assertEquals(0, only(rtnl, V6, 0).priority());
            assertThrows(IllegalArgumentException.class, () -> rtnl.rules().flush(RuleFilter.all()));
            assertFalse(rtnl.rules().list(V4).isEmpty());
        }
    }

    @Test
    void requestsMatchIpRuleByteForByte() throws Exception {
        try (TestNamespace ns = TestNamespace.create("rulebytes")) {
            String n = ns.name();
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withFrom(addr("10.0.0.0"), 8).withTable(100),
                    n, "rule add from 10.0.0.0/8 table 100");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withInverted(true).withTo(addr("1.2.3.4"), 32)
                    .withPriority(50).withFwmark(0x10, 0xff).withInputInterface("lo").withOutputInterface("lo")
                    .withTable(1000).withTos(0x10), n,
                    "rule add not to 1.2.3.4 pref 50 fwmark 0x10/0xff iif lo oif lo table 1000 tos 0x10");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withUidRange(new UidRange(1, 2)).withIpProtocol(17)
                    .withSourcePorts(RulePortRange.of(53)).withDestinationPorts(new RulePortRange(10, 20))
                    .withRealms(3, 4).withProtocol(4).withTunnelId(5).withPriority(51), n,
                    "rule add uidrange 1-2 ipproto udp sport 53 dport 10-20 realms 3/4 protocol static tun_id 5 pref 51");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withPriority(52).withGoto(32766), n,
                    "rule add pref 52 goto 32766");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withL3mdev().withPriority(53), n,
                    "rule add l3mdev pref 53");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withTable(7).withSuppressPrefixLength(0)
                    .withSuppressIfgroup(5).withPriority(54), n,
                    "rule add table 7 suppress_prefixlength 0 suppress_ifgroup 5 pref 54");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V4).withNat((Inet4Address) addr("1.2.3.4"))
                    .withFrom(addr("5.5.5.5"), 32).withPriority(55), n, "rule add nat 1.2.3.4 from 5.5.5.5 pref 55");
            assertSame(MessageType.RTM_NEWRULE, RuleRequest.of(V6).withFrom(addr("2001:db8::"), 32).withPriority(56)
                    .withAction(RuleCodec.FR_ACT_BLACKHOLE), n, "-6 rule add from 2001:db8::/32 pref 56 blackhole");
            assertSame(MessageType.RTM_DELRULE, RuleRequest.of(V4).withPriority(52), n, "rule del pref 52");
            assertSame(MessageType.RTM_DELRULE, RuleRequest.of(V6).withFrom(addr("2001:db8::"), 32), n,
                    "-6 rule del from 2001:db8::/32");
        }
    }

    private static void assertSame(int type, RuleRequest request, String ns, String command) {
        int flags = type == MessageType.RTM_NEWRULE ? NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL : 0;
        String[] words = ("ip -n " + ns + " " + command).split(" ");
        StraceCapture.assertSentAsWritten(type, w -> RuleCodec.write(w, type, flags, request), words);
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> RuleRequest.of(AddressFamily.AF_BRIDGE));
        RuleRequest v4 = RuleRequest.of(V4);
        assertThrows(IllegalArgumentException.class, () -> v4.withFrom(addr("2001:db8::"), 32));
        assertThrows(IllegalArgumentException.class, () -> v4.withTo(addr("10.0.0.0"), 33));
        assertThrows(IllegalArgumentException.class, () -> v4.withInputInterface("a/b"));
        assertThrows(IllegalArgumentException.class, () -> v4.withOutputInterface("sixteen-bytes-xx"));
        assertThrows(IllegalArgumentException.class, () -> v4.withFwmark(-1));
        assertThrows(IllegalArgumentException.class, () -> v4.withTos(256));
        assertThrows(IllegalArgumentException.class, () -> v4.withTable(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> v4.withSuppressPrefixLength(-1));
        assertThrows(IllegalArgumentException.class, () -> v4.withRealms(0x10000, 1));
        assertThrows(IllegalArgumentException.class, () -> v4.with(RuleAttributes.IP_PROTO, 256));
        assertThrows(IllegalArgumentException.class, () -> new RulePortRange(0, 65536));
        assertThrows(IllegalArgumentException.class, () -> new UidRange(-1, 5));
        assertEquals(300L, v4.withTable(300).table());
        assertEquals(300L, v4.withTable(300).get(RuleAttributes.TABLE), "ids above 255 travel in FRA_TABLE");
        assertNull(v4.withTable(300).withTable(5).get(RuleAttributes.TABLE));
    }
}
