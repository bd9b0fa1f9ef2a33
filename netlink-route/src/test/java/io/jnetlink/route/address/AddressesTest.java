package io.jnetlink.route.address;

import static io.jnetlink.route.testing.IpTool.ip;
import static io.jnetlink.route.testing.IpTool.ipJson;
import static io.jnetlink.route.testing.IpTool.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.Errno;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.IpTool;
import io.jnetlink.route.testing.StraceCapture;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressesTest {

    /**
     * A namespace with veth0/veth1 up, the setup every test here starts from. No IPv6
     * link-local addresses are generated, so nothing appears between two reads.
     */
    private static TestNamespace namespaceWithVeth() {
        TestNamespace ns = TestNamespace.create("addr");
        try {
            ip(ns.name(), "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
            ip(ns.name(), "link", "set", "veth0", "addrgenmode", "none");
            ip(ns.name(), "link", "set", "veth1", "addrgenmode", "none");
            ip(ns.name(), "link", "set", "veth0", "up");
            ip(ns.name(), "link", "set", "veth1", "up");
            return ns;
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
    }

    @Test
    void listMatchesIpAddrFieldByField() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "addr", "add", "10.1.0.1/24", "brd", "+", "dev", "veth0", "label", "veth0:a");
            ip(n, "addr", "add", "10.1.0.2/24", "dev", "veth0");
            ip(n, "addr", "add", "10.2.0.1/32", "dev", "veth0", "scope", "link");
            ip(n, "addr", "add", "10.3.0.1", "peer", "10.3.0.2/32", "dev", "veth1");
            ip(n, "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
            ip(n, "addr", "add", "2001:db8:1::1/64", "dev", "veth1", "nodad", "valid_lft", "3600", "preferred_lft", "1800");

            List<Address> ours = rtnl.addresses().list();
            int compared = 0;
            for (JsonNode link : ipJson(n, "addr", "show")) {
                int index = link.get("ifindex").asInt();
                for (JsonNode info : link.get("addr_info")) {
                    Address addr = find(ours, index, info.get("local").asText(), info.get("prefixlen").asInt());
                    assertAddressEquals(info, addr);
                    compared++;
                }
            }
            assertEquals(compared, ours.size(), "ip and the API list the same number of addresses");
            assertTrue(compared >= 6, "the rich setup is visible: " + compared);
        }
    }

    private static Address find(List<Address> addrs, int index, String local, int prefixLength) throws Exception {
        InetAddress wanted = InetAddress.getByName(local);
        return addrs.stream()
                .filter(a -> a.ifindex() == index && a.prefixLength() == prefixLength && wanted.equals(a.localAddress()))
                .findFirst().orElseThrow(() -> new AssertionError("API lacks " + local + "/" + prefixLength + " on #" + index));
    }

    static void assertAddressEquals(JsonNode info, Address addr) throws Exception {
        String what = info.toString();
        assertEquals(info.get("family").asText(), AddressFamily.name(addr.family()), what);
        assertEquals(info.get("prefixlen").asInt(), addr.prefixLength(), what);
        assertEquals(info.get("scope").asText(), scopeName(addr.scope()), what);
        assertEquals(text(info, "label"), addr.get(AddressAttributes.LABEL), what);
        assertEquals(ipOrNull(text(info, "broadcast")), addr.get(AddressAttributes.BROADCAST), what);
        assertEquals(ipOrNull(text(info, "address")), addr.peer(), what);
        assertEquals(info.has("secondary") || info.has("temporary"), addr.hasFlag(AddressCodec.IFA_F_SECONDARY), what);
        assertEquals(info.has("nodad"), addr.hasFlag(AddressCodec.IFA_F_NODAD), what);
        assertEquals(info.has("tentative"), addr.hasFlag(AddressCodec.IFA_F_TENTATIVE), what);
        assertEquals(info.has("deprecated"), addr.hasFlag(AddressCodec.IFA_F_DEPRECATED), what);
        assertEquals(info.has("dynamic"), !addr.hasFlag(AddressCodec.IFA_F_PERMANENT), what);
        assertNotNull(addr.get(AddressAttributes.CACHEINFO), what);
        long ipValid = info.get("valid_life_time").asLong();
        if (ipValid == AddressCodec.INFINITY_LIFE_TIME) {
            assertEquals(ipValid, addr.get(AddressAttributes.CACHEINFO).validLifetime(), what);
            assertEquals(info.get("preferred_life_time").asLong(), addr.get(AddressAttributes.CACHEINFO).preferredLifetime(), what);
        } else {
            // Finite lifetimes tick down between the two reads; both must lie below the set value.
            assertTrue(addr.get(AddressAttributes.CACHEINFO).validLifetime() <= 3600 && addr.get(AddressAttributes.CACHEINFO).validLifetime() > 0, what);
        }
    }

    static String scopeName(int scope) {
        return switch (scope) {
            case 0 -> "global";
            case 200 -> "site";
            case 253 -> "link";
            case 254 -> "host";
            case 255 -> "nowhere";
            default -> Integer.toString(scope);
        };
    }

    private static InetAddress ipOrNull(String text) throws Exception {
        return text == null ? null : InetAddress.getByName(text);
    }

    @Test
    void addReplaceDeleteAreReadBackThroughApiAndIp() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            int veth0 = IpTool.ifindex(n, "veth0");
            AddressRequest v4 = AddressRequest.of(veth0, InetAddress.getByName("10.9.0.1"), 24)
                    .withAutoBroadcast().withLabel("veth0:web").withScope(253);
            AddressRequest v6 = AddressRequest.of(veth0, InetAddress.getByName("2001:db8:9::1"), 64)
                    .withFlags(AddressCodec.IFA_F_NODAD);
            rtnl.addresses().add(v4);
            rtnl.addresses().add(v6);

            Map<String, JsonNode> shown = ipAddrs(n, "veth0");
            JsonNode v4Json = shown.get("10.9.0.1/24");
            assertEquals("10.9.0.255", text(v4Json, "broadcast"));
            assertEquals("veth0:web", text(v4Json, "label"));
            assertEquals("link", text(v4Json, "scope"));
            assertTrue(shown.get(shortForm("2001:db8:9::1") + "/64").has("nodad"));
            for (Address addr : rtnl.addresses().list(AddressFilter.all().withIfindex(veth0))) {
                assertAddressEquals(shown.get(addr.localAddress().getHostAddress() + "/" + addr.prefixLength()), addr);
            }

            rtnl.addresses().replace(v4.withLifetimes(7200, 3600));
            long valid = ipAddrs(n, "veth0").get("10.9.0.1/24").get("valid_life_time").asLong();
            assertTrue(valid <= 7200 && valid > 0, "replace set a finite lifetime: " + valid);

            rtnl.addresses().delete(v4);
            rtnl.addresses().delete(v6);
            assertEquals(null, ipAddrs(n, "veth0").get("10.9.0.1/24"));
            assertEquals(null, ipAddrs(n, "veth0").get(shortForm("2001:db8:9::1") + "/64"));
            assertTrue(rtnl.addresses().list(AddressFilter.all().withIfindex(veth0)).stream()
                    .noneMatch(a -> a.localAddress().getHostAddress().startsWith("10.9.")));
        }
    }

    private static Map<String, JsonNode> ipAddrs(String ns, String dev) {
        Map<String, JsonNode> byPrefix = new HashMap<>();
        for (JsonNode info : ipJson(ns, "addr", "show", "dev", dev).get(0).get("addr_info")) {
            byPrefix.put(shortForm(info.get("local").asText()) + "/" + info.get("prefixlen").asInt(), info);
        }
        return byPrefix;
    }

    private static String shortForm(String address) {
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listFiltersByFamilyAndLink() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "addr", "add", "10.2.0.1/24", "dev", "veth1");
            ip(n, "addr", "add", "2001:db8::1/64", "dev", "veth1", "nodad");
            int veth1 = IpTool.ifindex(n, "veth1");
            List<Address> v4OnVeth1 = rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET).withIfindex(veth1));
            assertEquals(1, v4OnVeth1.size());
            assertEquals(InetAddress.getByName("10.2.0.1"), v4OnVeth1.get(0).get(AddressAttributes.LOCAL));
            assertEquals(ipJson(n, "-4", "addr", "show").findValues("local").size(),
                    rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET)).size());
            assertEquals(ipJson(n, "-6", "addr", "show", "dev", "veth1").findValues("local").size(),
                    rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET6).withIfindex(veth1)).size());
        }
    }

    @Test
    void listSelectsByScopeAndForEachStreamsTheSameAddressesAsViews() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "addr", "add", "10.2.0.1/32", "dev", "veth0", "scope", "link");
            ip(n, "addr", "add", "10.3.0.1/32", "dev", "veth1", "scope", "link");
            AddressFilter linkScope = AddressFilter.all().withScope(253);
            List<Address> ours = rtnl.addresses().list(linkScope);
            assertEquals(ipJson(n, "addr", "show", "scope", "link").findValues("local").stream().map(JsonNode::asText)
                    .toList(), ours.stream().map(a -> a.localAddress().getHostAddress()).toList());
            int veth0 = IpTool.ifindex(n, "veth0");
            AddressFilter filter = linkScope.withIfindex(veth0);
            List<Address> viewed = new ArrayList<>();
            List<InetAddress> locals = new ArrayList<>();
            rtnl.addresses().forEach(filter, view -> {
                viewed.add(view.toAddress());
                locals.add(view.get(AddressAttributes.LOCAL));
                assertEquals(253, view.scope());
                assertEquals(veth0, view.ifindex());
            });
            assertEquals(List.of(InetAddress.getByName("10.2.0.1")), locals);
            assertEquals(rtnl.addresses().list(filter).stream().map(Address::localAddress).toList(),
                    viewed.stream().map(Address::localAddress).toList());
        }
    }

    @Test
    void fromRecreatesADeletedAddressWithEverythingARequestCanSet() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "addr", "add", "10.1.0.1/24", "brd", "+", "dev", "veth0", "label", "veth0:r", "metric", "70",
                    "noprefixroute", "valid_lft", "3000", "preferred_lft", "2000");
            ip(n, "addr", "add", "10.3.0.1", "peer", "10.3.0.2/32", "dev", "veth1", "scope", "link");
            List<JsonNode> before = List.of(ipAddrs(n, "veth0").get("10.1.0.1/24"), ipAddrs(n, "veth1").get("10.3.0.1/32"));
            List<Address> listed = new ArrayList<>(rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET)));
            assertEquals(2, listed.size());
            for (Address address : listed) {
                rtnl.addresses().delete(address);
            }
            assertEquals(0, ipJson(n, "-4", "addr", "show").findValues("local").size());
            for (Address address : listed) {
                rtnl.addresses().add(AddressRequest.from(address));
            }
            List<JsonNode> after = List.of(ipAddrs(n, "veth0").get("10.1.0.1/24"), ipAddrs(n, "veth1").get("10.3.0.1/32"));
            for (int i = 0; i < before.size(); i++) {
                ObjectNode was = (ObjectNode) before.get(i).deepCopy();
                ObjectNode is = (ObjectNode) after.get(i).deepCopy();
                for (ObjectNode o : List.of(was, is)) {
                    o.remove(List.of("valid_life_time", "preferred_life_time")); // ticking
                }
                assertEquals(was, is);
            }
            assertEquals(70L, rtnl.addresses().list(AddressFilter.all().withIfindex(IpTool.ifindex(n, "veth0")))
                    .get(0).get(AddressAttributes.RT_PRIORITY));
        }
    }

    @Test
    void addingAnExistingAddressFailsWithEexist() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            AddressRequest req = AddressRequest.of(veth0, InetAddress.getByName("10.1.0.1"), 24);
            rtnl.addresses().add(req);
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.addresses().add(req));
            assertEquals(Errno.EEXIST, e.errno());
            assertEquals("RTM_NEWADDR", e.operation());
            Shell.Result tool = Shell.exec("ip", "-n", ns.name(), "addr", "add", "10.1.0.1/24", "dev", "veth0");
            if (e.kernelMessage() != null) {
                assertTrue(tool.stderr().contains(e.kernelMessage()), tool.stderr() + " vs " + e.kernelMessage());
            } else {
                assertTrue(tool.stderr().contains("File exists"), tool.stderr());
            }
        }
    }

    @Test
    void changeUpdatesAnAddressAndTheKernelAddsAnAbsentOneAsForIpAddrChange() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            AddressRequest req = AddressRequest.of(veth0, InetAddress.getByName("10.1.0.1"), 24);
            rtnl.addresses().change(req);
            assertTrue(ip(ns.name(), "-4", "addr", "show", "dev", "veth0").contains("inet 10.1.0.1/24"));
            rtnl.addresses().change(req.withRoutePriority(9));
            assertTrue(ip(ns.name(), "-4", "addr", "show", "dev", "veth0").contains("metric 9"));
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.addresses().add(req));
            assertEquals(Errno.EEXIST, e.errno());
        }
    }

    @Test
    void anIpv4MappedAddressListsAsIpv6AndIsRecreatedFromItsRecord() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            ip(ns.name(), "addr", "add", "::ffff:1.2.3.4/128", "dev", "veth0", "nodad");
            Address mapped = rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET6)).stream()
                    .filter(a -> a.prefixLength() == 128 && a.localAddress().getAddress()[10] == (byte) 0xff)
                    .findFirst().orElseThrow();
            assertTrue(mapped.localAddress() instanceof java.net.Inet6Address, mapped.localAddress().toString());
            rtnl.addresses().delete(mapped);
            assertTrue(!ip(ns.name(), "addr", "show", "dev", "veth0").contains("::ffff:1.2.3.4"));
            rtnl.addresses().add(AddressRequest.from(mapped));
            assertTrue(ip(ns.name(), "addr", "show", "dev", "veth0").contains("::ffff:1.2.3.4/128"));
        }
    }

    @Test
    void addingOnAMissingDeviceFailsWithEnodev() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.addresses()
                    .add(AddressRequest.of(9999, InetAddress.getByName("10.1.0.1"), 24)));
            assertEquals(Errno.ENODEV, e.errno());
        }
    }

    @Test
    void invalidArgumentsAreRefusedAndChangeNothing() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String before = IpTool.settled(ns.name(), "-j", "addr", "show");
            InetAddress v4 = InetAddress.getByName("10.1.0.1");
            InetAddress v6 = InetAddress.getByName("2001:db8::1");
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, 33));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v6, 129));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, -1));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(0, v4, 24));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, 24).withPeer(v6));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, 24).withBroadcast(v6));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v6, 64).withLabel("veth0:a"));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, 24).withLabel("a-label-too-long-x"));
            assertThrows(IllegalArgumentException.class, () -> AddressRequest.of(2, v4, 24).withLifetimes(10, 20));
            assertThrows(IllegalArgumentException.class, () -> AddressFilter.all().withFamily(AddressFamily.AF_BRIDGE));
            assertThrows(IllegalArgumentException.class, () -> rtnl.addresses().flush(AddressFilter.all()));
            assertEquals(before, ip(ns.name(), "-j", "addr", "show"));
        }
    }

    @Test
    void flushRemovesEveryAddressOfTheLinkOnly() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            String n = ns.name();
            ip(n, "addr", "add", "10.1.0.1/24", "dev", "veth0");
            ip(n, "addr", "add", "10.1.0.2/24", "dev", "veth0");
            ip(n, "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
            ip(n, "addr", "add", "10.2.0.1/24", "dev", "veth1");
            int veth0 = IpTool.ifindex(n, "veth0");
            // The secondary 10.1.0.2 goes with its primary, so one or two deletions.
            assertTrue(rtnl.addresses().flush(AddressFilter.all().withFamily(AddressFamily.AF_INET).withIfindex(veth0)) >= 1);
            assertEquals(0, ipJson(n, "-4", "addr", "show", "dev", "veth0").findValues("local").size());
            assertEquals(List.of("2001:db8::1"), ipJson(n, "-6", "addr", "show", "dev", "veth0", "scope", "global")
                    .findValues("local").stream().map(JsonNode::asText).toList());
            assertTrue(rtnl.addresses().flush(AddressFilter.all().withIfindex(veth0)) >= 1);
            assertEquals(0, ipJson(n, "addr", "show", "dev", "veth0").get(0).get("addr_info").size());
            assertEquals(1, ipJson(n, "addr", "show", "dev", "veth1").get(0).get("addr_info").size()
                    - ipJson(n, "-6", "addr", "show", "dev", "veth1").findValues("local").size());
        }
    }

    @Test
    void addRequestBytesEqualWhatIpAddrAddSends() throws Exception {
        try (TestNamespace ns = namespaceWithVeth()) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_NEWADDR,
                    "ip", "-n", ns.name(), "addr", "add", "10.1.2.3/24", "brd", "+", "dev", "veth0", "label", "veth0:a");
            List<StraceCapture.Request> sent6 = StraceCapture.requests(MessageType.RTM_NEWADDR,
                    "ip", "-n", ns.name(), "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
            assertEquals(1, sent.size());
            assertEquals(1, sent6.size());
            List<StraceCapture.Request> ours = new ArrayList<>();
            try (MessageWriter w = new MessageWriter()) {
                ours.add(encode(w, AddressRequest.of(veth0, InetAddress.getByName("10.1.2.3"), 24)
                        .withAutoBroadcast().withLabel("veth0:a")));
                ours.add(encode(w, AddressRequest.of(veth0, InetAddress.getByName("2001:db8::1"), 64)
                        .withFlags(AddressCodec.IFA_F_NODAD)));
            }
            assertRequestEquals(sent.get(0), ours.get(0));
            assertRequestEquals(sent6.get(0), ours.get(1));
        }
    }

    @Test
    void metricFlagsLifetimesAndPeersAreSentInIpsOrder() throws Exception {
        try (TestNamespace ns = namespaceWithVeth()) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            int veth1 = IpTool.ifindex(ns.name(), "veth1");
            List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_NEWADDR, "ip", "-n", ns.name(),
                    "addr", "add", "10.1.2.3/24", "metric", "50", "dev", "veth0", "noprefixroute", "brd", "+",
                    "valid_lft", "100", "preferred_lft", "50");
            List<StraceCapture.Request> sentPeer = StraceCapture.requests(MessageType.RTM_NEWADDR, "ip", "-n", ns.name(),
                    "addr", "add", "10.3.0.1", "peer", "10.3.0.2/32", "dev", "veth1", "label", "veth1:p");
            try (MessageWriter w = new MessageWriter()) {
                assertRequestEquals(sent.get(0), encode(w, AddressRequest.of(veth0, InetAddress.getByName("10.1.2.3"), 24)
                        .withRoutePriority(50).withFlags(AddressCodec.IFA_F_NOPREFIXROUTE).withAutoBroadcast()
                        .withLifetimes(100, 50)));
                assertRequestEquals(sentPeer.get(0), encode(w, AddressRequest.of(veth1, InetAddress.getByName("10.3.0.1"), 32)
                        .withPeer(InetAddress.getByName("10.3.0.2")).withLabel("veth1:p")));
            }
        }
    }

    @Test
    void deleteRequestBytesEqualWhatIpAddrDelSends() throws Exception {
        try (TestNamespace ns = namespaceWithVeth()) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            ip(ns.name(), "addr", "add", "10.1.2.3/24", "dev", "veth0");
            List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_DELADDR,
                    "ip", "-n", ns.name(), "addr", "del", "10.1.2.3/24", "dev", "veth0");
            assertEquals(1, sent.size());
            try (MessageWriter w = new MessageWriter()) {
                AddressCodec.write(w, MessageType.RTM_DELADDR, 0,
                        AddressRequest.of(veth0, InetAddress.getByName("10.1.2.3"), 24));
                w.flags(w.flags() | NlMsgHdr.NLM_F_ACK);
                assertRequestEquals(sent.get(0), StraceCapture.Request.of(w.finish()));
            }
        }
    }

    private static StraceCapture.Request encode(MessageWriter w, AddressRequest request) {
        AddressCodec.write(w, MessageType.RTM_NEWADDR, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
        w.flags(w.flags() | NlMsgHdr.NLM_F_ACK); // what NetlinkSocket.execute adds
        return StraceCapture.Request.of(w.finish());
    }

    static void assertRequestEquals(StraceCapture.Request expected, StraceCapture.Request actual) {
        assertEquals(expected.type(), actual.type());
        assertEquals(expected.flags(), actual.flags(), "nlmsg_flags");
        assertEquals(expected.hex(), actual.hex());
        assertArrayEquals(expected.payload(), actual.payload());
    }

    @Test
    void oneClientServesManyThreadsAtOnce() throws Exception {
        try (TestNamespace ns = namespaceWithVeth(); Rtnl rtnl = Rtnl.open(ns.netns())) {
            int veth0 = IpTool.ifindex(ns.name(), "veth0");
            int threads = 4;
            int perThread = 50;
            List<Thread> workers = new ArrayList<>();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < threads; t++) {
                int base = t;
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = 0; i < perThread; i++) {
                            rtnl.addresses().add(AddressRequest.of(veth0,
                                    InetAddress.getByName("10.50." + base + "." + (i + 1)), 32));
                            rtnl.addresses().list(AddressFilter.all().withIfindex(veth0));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            assertEquals(List.of(), failures);
            assertEquals(threads * perThread, rtnl.addresses().list(AddressFilter.all().withIfindex(veth0)).size());
            assertEquals(threads * perThread,
                    ipJson(ns.name(), "addr", "show", "dev", "veth0").get(0).get("addr_info").size());
        }
    }
}
