package io.jnetlink.route.nexthop;

import static io.jnetlink.route.testing.IpTool.ifindex;
import static io.jnetlink.route.testing.IpTool.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Nexthops;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.routing.NextHop;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteFilter;
import io.jnetlink.route.routing.RouteRequest;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.KernelHeaders;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nexthop objects against the kernel and ip: the tables against linux/nexthop.h, requests byte
 * for byte as {@code ip nexthop add} sends them, and every verb of {@link Nexthops} in a throwaway
 * namespace, with a route using a nexthop by id.
 */
class NexthopsTest {
    private static final int ADD = NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL;

    @Test
    void tablesCoverNexthopH() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(NexthopAttributes.SET, "nexthop.h", "NHA_UNSPEC"),
                "NHA_* without a row");
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(ResilientGroupAttributes.SET, "nexthop.h",
                "NHA_RES_GROUP_UNSPEC").stream().filter(n -> !n.equals("NHA_RES_GROUP_PAD")).toList());
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(NexthopBucketAttributes.SET, "nexthop.h",
                "NHA_RES_BUCKET_UNSPEC").stream().filter(n -> !n.equals("NHA_RES_BUCKET_PAD")).toList());
    }

    /** d0 (10.0.0.1/24, fd00::1/64) and its peer d1 up, lo up: nexthops need a carrier. */
    private static TestNamespace namespace(String prefix) {
        TestNamespace ns = TestNamespace.create(prefix);
        try {
            String n = ns.name();
            ip(n, "link", "add", "d0", "type", "veth", "peer", "name", "d1");
            for (String dev : List.of("d0", "d1", "lo")) {
                ip(n, "link", "set", dev, "up");
            }
            ip(n, "addr", "add", "10.0.0.1/24", "dev", "d0");
            ip(n, "addr", "add", "fd00::1/64", "dev", "d0", "nodad");
            return ns;
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
    }

    @Test
    void requestsMatchIpByteForByteAndListAsIpDoes() throws Exception {
        try (TestNamespace a = namespace("nha"); TestNamespace b = namespace("nhb"); Rtnl rtnl = Rtnl.open(b.netns())) {
            int d0 = ifindex(a.name(), "d0");
            assertEquals(d0, ifindex(b.name(), "d0"));
            Object[][] cases = {
                {NexthopRequest.of(1).withGateway(InetAddress.getByName("10.0.0.2")).withIfindex(d0),
                    "id 1 via 10.0.0.2 dev d0"},
                {NexthopRequest.of(2).withIfindex(d0).withProtocol(RouteCodec.RTPROT_STATIC), "id 2 dev d0 protocol static"},
                {NexthopRequest.of(3).withBlackhole(), "id 3 blackhole"},
                {NexthopRequest.of(4).withGateway(InetAddress.getByName("fd00::2")).withIfindex(d0), "id 4 via fd00::2 dev d0"},
                {NexthopRequest.of(5).withGateway(InetAddress.getByName("10.0.0.3")).withFdb(), "id 5 via 10.0.0.3 fdb"},
                {NexthopRequest.of(6).withGateway(InetAddress.getByName("10.0.0.4")).withFdb(), "id 6 via 10.0.0.4 fdb"},
                {NexthopRequest.of(7).withGateway(InetAddress.getByName("10.0.0.9")).withIfindex(d0)
                    .withFlags(NextHop.RTNH_F_ONLINK), "id 7 via 10.0.0.9 dev d0 onlink"},
                {NexthopRequest.of(8).withFamily(AddressFamily.AF_INET6).withBlackhole(), "-6 id 8 blackhole"},
                {NexthopRequest.of(10).withGroup(List.of(NexthopGroupMember.of(1), new NexthopGroupMember(2, 3))),
                    "id 10 group 1/2,3"},
                {NexthopRequest.of(11).withGroup(List.of(NexthopGroupMember.of(5), NexthopGroupMember.of(6))).withFdb(),
                    "id 11 group 5/6 fdb"},
                {NexthopRequest.of(12).withGroup(List.of(NexthopGroupMember.of(1), NexthopGroupMember.of(2)))
                    .withResilient(ResilientGroupAttributes.SET.empty().with(ResilientGroupAttributes.BUCKETS, 8)
                        .with(ResilientGroupAttributes.IDLE_TIMER, 1000L)
                        .with(ResilientGroupAttributes.UNBALANCED_TIMER, 2000L)),
                    "id 12 group 1/2 type resilient buckets 8 idle_timer 10 unbalanced_timer 20"},
                {NexthopRequest.of(13).withGroup(List.of(NexthopGroupMember.of(4)))
                    .withGroupType(NexthopCodec.NEXTHOP_GRP_TYPE_MPATH), "id 13 group 4 type mpath"},
            };
            Nexthops nexthops = rtnl.nexthops();
            for (Object[] c : cases) {
                NexthopRequest request = (NexthopRequest) c[0];
                String words = (String) c[1];
                List<String> command = new java.util.ArrayList<>(List.of("ip", "-n", a.name()));
                if (words.startsWith("-6 ")) {
                    command.add("-6");
                    words = words.substring(3);
                }
                command.add("nexthop");
                command.add("add");
                command.addAll(List.of(words.split(" ")));
                StraceCapture.assertSentAsWritten(MessageType.RTM_NEWNEXTHOP,
                        w -> NexthopCodec.write(w, MessageType.RTM_NEWNEXTHOP, ADD, request), command.toArray(String[]::new));
                nexthops.add(request);
            }
            assertEquals(IpTool.ipJson(a.name(), "-d", "nexthop").toString(), IpTool.ipJson(b.name(), "-d", "nexthop").toString());

            List<Nexthop> all = nexthops.list();
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L, 12L, 13L), all.stream().map(Nexthop::id).toList());
            Nexthop first = nexthops.get(1);
            assertEquals(InetAddress.getByName("10.0.0.2"), first.gateway());
            assertEquals(d0, first.ifindex());
            assertEquals(AddressFamily.AF_INET, first.family());
            assertEquals(RouteCodec.RT_SCOPE_LINK, first.scope());
            assertEquals(RouteCodec.RTPROT_STATIC, nexthops.get(2).protocol());
            assertTrue(nexthops.get(3).isBlackhole());
            assertTrue(nexthops.get(5).isFdb());
            assertEquals(NextHop.RTNH_F_ONLINK, nexthops.get(7).flags() & NextHop.RTNH_F_ONLINK);
            assertEquals(List.of(NexthopGroupMember.of(1), new NexthopGroupMember(2, 3)), nexthops.get(10).group());
            Nexthop resilient = nexthops.get(12);
            assertEquals(NexthopCodec.NEXTHOP_GRP_TYPE_RES, resilient.get(NexthopAttributes.GROUP_TYPE));
            assertEquals(8, resilient.get(NexthopAttributes.RES_GROUP).get(ResilientGroupAttributes.BUCKETS));
            assertEquals(1000L, resilient.get(NexthopAttributes.RES_GROUP).get(ResilientGroupAttributes.IDLE_TIMER));

            List<NexthopBucket> buckets = nexthops.buckets(NexthopBucketFilter.all().withGroupId(12));
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), buckets.stream().map(NexthopBucket::index).toList());
            assertTrue(buckets.stream().allMatch(bk -> bk.groupId() == 12 && (bk.nexthopId() == 1 || bk.nexthopId() == 2)));
            assertEquals(4, buckets.stream().filter(bk -> bk.nexthopId() == 1).count(), "weights 1 and 1 share 8 buckets");
            assertEquals(keys(buckets), keys(nexthops.buckets(NexthopBucketFilter.all())),
                    "group 12 is the namespace's one resilient group");
            assertEquals(4, nexthops.buckets(NexthopBucketFilter.all().withNexthopId(2)).size());
            NexthopBucket third = nexthops.bucket(12, 2);
            assertEquals(2, third.index());
            assertEquals(buckets.get(2).nexthopId(), third.nexthopId());
            // ip asks for the answer without an acknowledgement; the payload is the same.
            StraceCapture.Request sent = StraceCapture.requests(MessageType.RTM_GETNEXTHOPBUCKET,
                    "ip", "-n", a.name(), "nexthop", "bucket", "get", "id", "12", "index", "2").get(0);
            try (MessageWriter w = new MessageWriter()) {
                NexthopCodec.writeBucketGet(w, 12, 2);
                assertEquals(sent.hex(), StraceCapture.Request.of(w.finish()).hex());
            }
            NetlinkException notResilient = assertThrows(NetlinkException.class, () -> nexthops.bucket(10, 0));
            assertTrue(notResilient.is(Errno.EINVAL), notResilient.getMessage());
            NetlinkException outOfRange = assertThrows(NetlinkException.class, () -> nexthops.bucket(12, 8));
            assertTrue(outOfRange.is(Errno.ENOENT), outOfRange.getMessage());

            assertEquals(List.of(10L, 11L, 12L, 13L), ids(nexthops.list(NexthopFilter.all().withGroups())));
            assertEquals(List.of(1L, 2L, 4L, 7L), ids(nexthops.list(NexthopFilter.all().withIfindex(d0))));
            assertEquals(List.of(4L, 8L), ids(nexthops.list(NexthopFilter.all().withFamily(AddressFamily.AF_INET6))));
            assertEquals(List.of(5L, 6L, 11L), ids(nexthops.list(NexthopFilter.all().withFdb())));
            assertEquals(List.of(2L), ids(nexthops.list(NexthopFilter.all().withProtocol(RouteCodec.RTPROT_STATIC))));
            assertEquals(List.of(), ids(nexthops.list(NexthopFilter.all().withMasterIfindex(ifindex(b.name(), "d1")))));
        }
    }

    @Test
    void routesUseNexthopsByIdAndVerbsFailAsTheKernelSays() throws Exception {
        try (TestNamespace ns = namespace("nhr"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int d0 = ifindex(n, "d0");
            Nexthops nexthops = rtnl.nexthops();
            nexthops.add(NexthopRequest.of(1).withGateway(InetAddress.getByName("10.0.0.2")).withIfindex(d0));
            nexthops.add(NexthopRequest.of(2).withGateway(InetAddress.getByName("fd00::2")).withIfindex(d0));
            nexthops.add(NexthopRequest.of(3).withGroup(List.of(NexthopGroupMember.of(1))));
            RouteRequest route = RouteRequest.to(InetAddress.getByName("10.9.0.0"), 16).with(RouteAttributes.NH_ID, 1L)
                    .withPrefsrc(InetAddress.getByName("10.0.0.1"));
            StraceCapture.assertSentAsWritten(MessageType.RTM_NEWROUTE, w -> RouteCodec.write(w, MessageType.RTM_NEWROUTE, ADD, route),
                    "ip", "-n", n, "route", "add", "10.9.0.0/16", "nhid", "1", "src", "10.0.0.1");
            rtnl.routes().add(RouteRequest.to(InetAddress.getByName("10.8.0.0"), 16).with(RouteAttributes.NH_ID, 3L));
            rtnl.routes().add(RouteRequest.to(InetAddress.getByName("fd09::"), 64).with(RouteAttributes.NH_ID, 2L));
            List<Route> routes = rtnl.routes().list(RouteFilter.all().withTable(RouteCodec.RT_TABLE_MAIN));
            Route viaId = routes.stream().filter(r -> Long.valueOf(1).equals(r.get(RouteAttributes.NH_ID))).findFirst().orElseThrow();
            assertEquals(InetAddress.getByName("10.0.0.2"), viaId.gateway(), "the kernel expands the nexthop");
            assertEquals(d0, viaId.ifindex());
            assertTrue(routes.stream().anyMatch(r -> Long.valueOf(2).equals(r.get(RouteAttributes.NH_ID))
                    && r.family() == AddressFamily.AF_INET6));
            // A route read back is deleted by its id, not its expanded gateway.
            rtnl.routes().delete(viaId);
            assertFalse(ip(n, "route").contains("10.9.0.0"));

            NetlinkException taken = assertThrows(NetlinkException.class, () -> nexthops.add(NexthopRequest.of(1).withBlackhole()));
            assertTrue(taken.is(Errno.EEXIST), taken.getMessage());
            nexthops.replace(NexthopRequest.of(1).withBlackhole());
            assertTrue(nexthops.get(1).isBlackhole());
            NetlinkException missing = assertThrows(NetlinkException.class, () -> nexthops.get(99));
            assertTrue(missing.is(Errno.ENOENT), missing.getMessage());
            assertTrue(nexthops.find(99).isEmpty());
            assertTrue(nexthops.find(1).isPresent());
            NetlinkException noDevice = assertThrows(NetlinkException.class,
                    () -> nexthops.add(NexthopRequest.of(20).withGateway(InetAddress.getByName("10.0.0.2"))));
            assertTrue(noDevice.is(Errno.EINVAL), noDevice.getMessage());
            assertThrows(NetlinkException.class, () -> nexthops.delete(99));

            assertThrows(IllegalArgumentException.class, () -> nexthops.flush(NexthopFilter.all()));
            assertThrows(IllegalArgumentException.class, () -> NexthopRequest.of(0));
            assertThrows(IllegalArgumentException.class, () -> new NexthopGroupMember(1, 257));
            assertThrows(IllegalArgumentException.class, () -> NexthopRequest.of(1).withGroup(List.of()));
            assertThrows(IllegalArgumentException.class, () -> NexthopRequest.of(1).withFamily(AddressFamily.AF_INET)
                    .withGateway(InetAddress.getByName("fd00::2")));
            assertThrows(IllegalArgumentException.class, () -> NexthopRequest.of(1).withProtocol(256));
            assertThrows(IllegalArgumentException.class, () -> nexthops.get(0));

            assertEquals(1, nexthops.flush(NexthopFilter.all().withGroups()));
            assertEquals(1, nexthops.flush(NexthopFilter.all().withFamily(AddressFamily.AF_INET6)));
            assertEquals(List.of(1L), ids(nexthops.list()));
            nexthops.delete(nexthops.get(1));
            assertEquals(List.of(), nexthops.list());
            assertFalse(ip(n, "-6", "route").contains("fd09::"), "a route goes with its nexthop");
        }
    }

    /** Group, index and nexthop of each bucket: what stays put while the idle times tick. */
    private static List<String> keys(List<NexthopBucket> buckets) {
        return buckets.stream().map(bk -> bk.groupId() + "/" + bk.index() + ">" + bk.nexthopId()).toList();
    }

    private static List<Long> ids(List<Nexthop> nexthops) {
        return nexthops.stream().map(Nexthop::id).toList();
    }
}
