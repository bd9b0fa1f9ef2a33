package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Links;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.event.EventGroup;
import io.jnetlink.route.event.EventSubscription;
import io.jnetlink.route.event.RtnlEvent;
import io.jnetlink.route.testing.Closeables;
import io.jnetlink.route.testing.IpTool;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every add, change and delete of {@link Links}, read back both through the library and with
 * {@code ip -j -d link show}; kernel refusals and argument checks.
 */
class LinkOperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestNamespace ns;
    private TestNamespace other;
    private Rtnl rtnl;
    private Links links;

    @BeforeEach
    void setUp() {
        ns = TestNamespace.create("ops");
        other = TestNamespace.create("ops-other");
        rtnl = Rtnl.open(ns.netns());
        links = rtnl.links();
    }

    @AfterEach
    void tearDown() throws Exception {
        Closeables.closeAll(rtnl, other, ns);
    }

    /** {@code ip -j -d link show dev NAME} in {@code netns}, or null when ip finds no such device. */
    private static JsonNode ipShow(String netns, String name) {
        Shell.Result r = Shell.exec("ip", "-n", netns, "-j", "-s", "-d", "link", "show", "dev", name);
        if (r.exitCode() != 0) {
            return null;
        }
        try {
            return JSON.readTree(r.stdout()).get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode ip(String name) {
        return ipShow(ns.name(), name);
    }

    /** The link read through the library equals ip's view of it, field by field. */
    private Link assertAgreesWithIp(String name) {
        Link link = links.get(name);
        List<Link> all = links.list();
        IpLinkJson.assertSameAsIp(link, ip(name),
                i -> all.stream().filter(l -> l.ifindex() == i).map(Link::name).findFirst().orElse("if" + i));
        return link;
    }

    @Test
    void addedIfbIsSeenByTheApiAndByIp() {
        links.add(LinkRequest.of("ifb7").withData(IfbData.INSTANCE));
        Link link = assertAgreesWithIp("ifb7");
        assertEquals("ifb", link.kind());
        assertEquals("ifb", ip("ifb7").get("linkinfo").get("info_kind").asText());
    }

    @Test
    void addedVethPeerLandsInTheOtherNamespace() {
        links.add(LinkRequest.of("ve0").withData(VethData.of("ve0p", other.netns())));
        Link local = assertAgreesWithIp("ve0");
        assertNull(ip("ve0p"), "the peer is not in this namespace");
        JsonNode peer = ipShow(other.name(), "ve0p");
        assertEquals(local.linkIfindex(), peer.get("ifindex").asInt(), "IFLA_LINK names the peer's index");
        try (Rtnl there = Rtnl.open(other.netns())) {
            Link remote = there.links().get("ve0p");
            assertEquals(local.ifindex(), remote.linkIfindex());
            assertTrue(remote.linkNetnsId() >= 0);
        }
    }

    @Test
    void addedVethPairInOneNamespacePointsAtEachOther() {
        links.add(LinkRequest.of("vl").withData(VethData.of("vr", null)));
        assertEquals(links.get("vr").ifindex(), assertAgreesWithIp("vl").linkIfindex());
        assertEquals(links.get("vl").ifindex(), assertAgreesWithIp("vr").linkIfindex());
    }

    @Test
    void addedBridgeCarriesItsSettings() {
        links.add(LinkRequest.of("br5").withData(BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 500).with(BridgeAttributes.HELLO_TIME, 300).with(BridgeAttributes.AGEING_TIME, 12000)
                .with(BridgeAttributes.MCAST_SNOOPING, false).with(BridgeAttributes.PRIORITY, 4096)));
        BridgeData data = (BridgeData) assertAgreesWithIp("br5").info().data();
        assertEquals(500, data.get(BridgeAttributes.FORWARD_DELAY));
        assertEquals(300, data.get(BridgeAttributes.HELLO_TIME));
        assertEquals(12000, data.get(BridgeAttributes.AGEING_TIME));
        assertEquals(false, data.get(BridgeAttributes.MCAST_SNOOPING));
        assertEquals(4096, data.get(BridgeAttributes.PRIORITY));
        JsonNode ipData = ip("br5").get("linkinfo").get("info_data");
        assertEquals(500, ipData.get("forward_delay").asInt());
        assertEquals(0, ipData.get("mcast_snooping").asInt());
    }

    @Test
    void addedMacvlanAndMacvtapSitOnTheirParent() {
        links.add(LinkRequest.of("low").withData(VethData.of("lowp", null)));
        links.add(LinkRequest.of("mv3").withLinkIfindex(links.get("low").ifindex()).withData(MacvlanData.of(MacvlanData.MACVLAN_MODE_PRIVATE)));
        links.add(LinkRequest.of("mvt3").withLinkIfindex(links.get("low").ifindex()).withData(MacvlanData.macvtap(MacvlanData.MACVLAN_MODE_BRIDGE)));
        int low = links.get("low").ifindex();
        Link mv = assertAgreesWithIp("mv3");
        Link mvt = assertAgreesWithIp("mvt3");
        assertEquals(low, mv.linkIfindex());
        assertEquals(low, mvt.linkIfindex());
        assertEquals(MacvlanData.MACVLAN_MODE_PRIVATE, ((MacvlanData) mv.info().data()).get(MacvlanAttributes.MODE));
        assertEquals("bridge", ip("mvt3").get("linkinfo").get("info_data").get("mode").asText());
    }

    @Test
    void rawDataCreatesALinkOfAKindWithoutCodec() {
        links.add(LinkRequest.of("ifb8").withData(new RawLinkData("ifb", new byte[0])));
        assertInstanceOf(IfbData.class, assertAgreesWithIp("ifb8").info().data());
    }

    @Test
    void setOperationsAreReadBackByTheApiAndByIp() {
        links.add(LinkRequest.of("br1").withData(BridgeData.of()));
        links.add(LinkRequest.of("p1").withData(VethData.of("p1peer", null)));
        links.change(LinkRequest.of("p1").withUp());
        assertTrue(assertAgreesWithIp("p1").isUp());
        links.change(LinkRequest.of("p1").withDown());
        assertFalse(assertAgreesWithIp("p1").isUp());
        links.change(LinkRequest.of("p1").withMtu(1280));
        assertEquals(1280, assertAgreesWithIp("p1").mtu());
        links.change(LinkRequest.of("p1").withTxQueueLength(333));
        assertEquals(333, assertAgreesWithIp("p1").txQueueLength());
        links.change(LinkRequest.of("p1").withAlias("uplink to rack 4"));
        assertEquals("uplink to rack 4", assertAgreesWithIp("p1").alias());
        assertEquals("uplink to rack 4", ip("p1").get("ifalias").asText());
        links.change(LinkRequest.of("p1").withAlias(""));
        assertNull(assertAgreesWithIp("p1").alias());
        MacAddress mac = MacAddress.parse("02:12:34:56:78:9a");
        links.change(LinkRequest.of("p1").withAddress(mac));
        assertEquals(mac, assertAgreesWithIp("p1").address());
        assertEquals("02:12:34:56:78:9a", ip("p1").get("address").asText());
        links.change(LinkRequest.of("p1").withMasterIfindex(links.get("br1").ifindex()));
        assertEquals(links.get("br1").ifindex(), assertAgreesWithIp("p1").masterIfindex());
        assertEquals("br1", ip("p1").get("master").asText());
        links.change(LinkRequest.of("p1").withPortData(BridgePortData.of().with(BridgePortAttributes.COST, 77).with(BridgePortAttributes.LEARNING, false)));
        BridgePortData port = (BridgePortData) assertAgreesWithIp("p1").info().slaveData();
        assertEquals(77, port.get(BridgePortAttributes.COST));
        assertEquals(false, port.get(BridgePortAttributes.LEARNING));
        links.change(LinkRequest.of("p1").withNoMaster());
        assertEquals(0, assertAgreesWithIp("p1").masterIfindex());
        assertFalse(ip("p1").has("master"));
        int index = links.get("p1").ifindex();
        links.change(LinkRequest.of("p1").withName("p1renamed"));
        assertEquals(index, assertAgreesWithIp("p1renamed").ifindex());
        assertNull(ip("p1"));
    }

    @Test
    void bridgePortSettingsOfAPortThatIsDownAreAnnouncedByTheKernelAndDumped() {
        links.add(LinkRequest.of("br2").withData(BridgeData.of()));
        links.add(LinkRequest.of("p2").withData(VethData.of("p2peer", null)));
        links.change(LinkRequest.of("p2").withMasterIfindex(links.get("br2").ifindex()));
        Link before = links.get("p2");
        assertFalse(before.isUp(), "the port stays down");
        assertEquals(Boolean.FALSE, ((BridgePortData) before.info().slaveData()).get(BridgePortAttributes.MODE));
        try (EventSubscription events = EventSubscription.open(rtnl.netns(), EventGroup.LINK)) {
            links.change(LinkRequest.of("p2").withPortData(BridgePortData.of().with(BridgePortAttributes.MODE, true)));
            // The kernel sends its notice while handling the request, before the acknowledgement:
            // a few seconds is ample, and none comes when it announces nothing.
            RtnlEvent.BridgePortEvent event = null;
            for (int polls = 0; polls < 30 && event == null; polls++) {
                event = events.poll(100).stream()
                        .filter(e -> e instanceof RtnlEvent.BridgePortEvent p && p.port().ifindex() == before.ifindex())
                        .map(RtnlEvent.BridgePortEvent.class::cast).findFirst().orElse(null);
            }
            assertNotNull(event, "the bridge announced the change of its port that is down");
            assertEquals(RtnlEvent.Action.NEW, event.action());
            assertEquals(Boolean.TRUE, ((BridgePortData) event.port().info().slaveData()).get(BridgePortAttributes.MODE));
        }
        assertEquals(Boolean.TRUE, ((BridgePortData) assertAgreesWithIp("p2").info().slaveData()).get(BridgePortAttributes.MODE));
        assertTrue(ip("p2").get("linkinfo").get("info_slave_data").get("hairpin").asBoolean());
        JsonNode bridgeShown = IpTool.bridgeJson(ns.name(), "-d", "link", "show", "dev", "p2").get(0);
        assertTrue(bridgeShown.get("hairpin").asBoolean(), bridgeShown.toString());
        assertFalse(links.get("p2").isUp(), "setting a port option does not bring it up");
    }

    @Test
    void indexBasedSettersChangeTheSameLink() {
        links.add(LinkRequest.of("ifb3").withData(IfbData.INSTANCE));
        int index = links.get("ifb3").ifindex();
        links.change(LinkRequest.of(index).withUp());
        links.change(LinkRequest.of(index).withMtu(9000));
        links.change(LinkRequest.of(index).withTxQueueLength(10));
        links.change(LinkRequest.of(index).withAlias("by index"));
        Link link = assertAgreesWithIp("ifb3");
        assertTrue(link.isUp());
        assertEquals(9000, link.mtu());
        assertEquals(10, link.txQueueLength());
        assertEquals("by index", link.alias());
        links.change(LinkRequest.of(index).withName("ifb3b"));
        assertEquals(index, assertAgreesWithIp("ifb3b").ifindex());
    }

    @Test
    void movedLinkLeavesForTheOtherNamespace() {
        links.add(LinkRequest.of("ifb4").withData(IfbData.INSTANCE));
        links.change(LinkRequest.of("ifb4").withNetns(other.netns()));
        assertNull(ip("ifb4"));
        JsonNode there = ipShow(other.name(), "ifb4");
        assertEquals("ifb", there.get("linkinfo").get("info_kind").asText());
        try (Rtnl otherRtnl = Rtnl.open(other.netns())) {
            assertEquals("ifb", otherRtnl.links().get("ifb4").kind());
        }
    }

    @Test
    void deletedLinksAreGoneForTheApiAndForIp() {
        links.add(LinkRequest.of("ifb5").withData(IfbData.INSTANCE));
        links.add(LinkRequest.of("ifb6").withData(IfbData.INSTANCE));
        links.delete("ifb5");
        links.delete(links.get("ifb6").ifindex());
        assertNull(ip("ifb5"));
        assertNull(ip("ifb6"));
        assertTrue(links.list().stream().noneMatch(l -> l.name().startsWith("ifb")));
    }

    @Test
    void existingNameFailsWithEexistAsIpDoes() {
        links.add(LinkRequest.of("br2").withData(BridgeData.of()));
        NetlinkException e = assertThrows(NetlinkException.class, () -> links.add(LinkRequest.of("br2").withData(BridgeData.of())));
        assertEquals(Errno.EEXIST, e.errno());
        assertKernelTextAsIp(e, "link", "add", "br2", "type", "bridge");
    }

    @Test
    void alternativeNamesAddrGenModeSlaveDataAndGsoLimitsAreReadBackByIp() {
        links.add(LinkRequest.of("br7").withData(BridgeData.of()));
        links.add(LinkRequest.of("p0").withData(VethData.of("p1", null)));
        int p0 = links.get("p0").ifindex();
        links.change(LinkRequest.of(p0).withMasterIfindex(links.get("br7").ifindex()));
        links.addAltNames(p0, List.of("port-zero", "pz"));
        assertEquals(p0, links.get("port-zero").ifindex(), "a link is found by an alternative name");
        JsonNode ip = ip("p0");
        assertEquals("[\"port-zero\",\"pz\"]", ip.get("altnames").toString());
        NetlinkException taken = assertThrows(NetlinkException.class, () -> links.addAltNames(p0, List.of("pz")));
        assertEquals(Errno.EEXIST, taken.errno());
        links.deleteAltNames(p0, List.of("pz"));
        assertEquals("[\"port-zero\"]", ip("p0").get("altnames").toString());

        links.change(LinkRequest.of(p0).withAddrGenMode(LinkRequest.ADDR_GEN_MODE_NONE)
                .with(LinkAttributes.GSO_MAX_SEGS, 100).with(LinkAttributes.GRO_MAX_SIZE, 60000)
                .withSlaveData(BridgePortData.of().with(BridgePortAttributes.COST, 7)
                        .with(BridgePortAttributes.LEARNING, false)));
        Link link = links.get(p0);
        assertEquals(LinkRequest.ADDR_GEN_MODE_NONE, link.addrGenMode());
        ip = ip("p0");
        assertEquals("none", ip.get("inet6_addr_gen_mode").asText());
        assertEquals(100, ip.get("gso_max_segs").asInt());
        assertEquals(60000, ip.get("gro_max_size").asInt());
        JsonNode port = ip.get("linkinfo").get("info_slave_data");
        assertEquals(7, port.get("cost").asInt());
        assertFalse(port.get("learning").asBoolean());

        // veth has no protodown and no settable carrier: the kernel says so.
        assertThrows(NetlinkException.class, () -> links.change(LinkRequest.of(p0).withProtoDown(true)));
        assertThrows(NetlinkException.class, () -> links.change(LinkRequest.of(p0).withProtoDownReason(2, true)));
        assertThrows(NetlinkException.class, () -> links.change(LinkRequest.of(p0).withCarrier(false)));
        assertThrows(IllegalArgumentException.class, () -> LinkRequest.of(p0).withAddrGenMode(4));
        assertThrows(IllegalArgumentException.class, () -> LinkRequest.of(p0).withProtoDownReason(32, true));
    }

    @Test
    void findTellsWhetherALinkExists() {
        links.add(LinkRequest.of("ifb9").withData(IfbData.INSTANCE));
        assertEquals(links.get("ifb9"), links.find("ifb9").orElseThrow());
        assertTrue(links.find("nosuch9").isEmpty());
    }

    @Test
    void missingDeviceFailsWithEnodev() {
        for (Executable call : List.<Executable>of(() -> links.get("nosuch0"), () -> links.change(LinkRequest.of("nosuch0").withUp()),
                () -> links.delete("nosuch0"), () -> links.get(999_999), () -> links.delete(999_999))) {
            NetlinkException e = assertThrows(NetlinkException.class, call);
            assertEquals(Errno.ENODEV, e.errno());
        }
    }

    @Test
    void kindsThisKernelLacksFailWithTheKernelsText() {
        NetlinkException dummy = assertThrows(NetlinkException.class, () -> links.add(LinkRequest.of("d0").withData(DummyData.INSTANCE)));
        assertKernelTextAsIp(dummy, "link", "add", "d0", "type", "dummy");
        links.add(LinkRequest.of("vp").withData(VethData.of("vpp", null)));
        NetlinkException vlan = assertThrows(NetlinkException.class, () -> links.add(LinkRequest.of("vl5").withLinkIfindex(links.get("vp").ifindex()).withData(VlanData.of(5))));
        assertKernelTextAsIp(vlan, "link", "add", "vl5", "link", "vp", "type", "vlan", "id", "5");
    }

    @Test
    void mtuBelowTheDeviceMinimumFailsWithTheKernelsText() {
        links.add(LinkRequest.of("m0").withData(VethData.of("m0p", null)));
        NetlinkException e = assertThrows(NetlinkException.class, () -> links.change(LinkRequest.of("m0").withMtu(20)));
        assertEquals(Errno.EINVAL, e.errno());
        assertKernelTextAsIp(e, "link", "set", "m0", "mtu", "20");
    }

    /** ip prints the kernel's extack text as {@code Error: TEXT.}; without one, only the errno text. */
    private void assertKernelTextAsIp(NetlinkException e, String... ipArgs) {
        Shell.Result r = Shell.exec(Shell.ipCommand(ns.name(), ipArgs));
        assertTrue(r.exitCode() != 0, "ip refuses too");
        String stderr = r.stderr().trim();
        if (stderr.startsWith("Error: ")) {
            String text = stderr.substring("Error: ".length());
            assertEquals(text.endsWith(".") ? text.substring(0, text.length() - 1) : text,
                    e.kernelMessage() != null && e.kernelMessage().endsWith(".")
                            ? e.kernelMessage().substring(0, e.kernelMessage().length() - 1) : e.kernelMessage());
        } else {
            assertNull(e.kernelMessage(), "ip printed no kernel text: " + stderr);
            assertTrue(stderr.endsWith(Errno.strerror(e.errnoNumber())), stderr);
        }
    }

    @Test
    void invalidArgumentsAreRefusedBeforeAnythingChanges() {
        links.add(LinkRequest.of("a0").withData(VethData.of("a0p", null)));
        String before = Shell.run("ip", "-n", ns.name(), "-d", "link", "show");
        List<Executable> calls = List.of(
                () -> links.add(LinkRequest.of("sixteen-bytes-xx").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("a/b").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("a b").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("tab\tname").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of(".").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("..").withData(IfbData.INSTANCE)),
                () -> links.add(LinkRequest.of("ok0").withData(VethData.of("bad/peer", null))),
                () -> links.change(LinkRequest.of("a0").withMtu(0)),
                () -> links.change(LinkRequest.of("a0").withMtu(-1500)),
                () -> links.change(LinkRequest.of("a0").withTxQueueLength(-1)),
                () -> links.change(LinkRequest.of("a0").withAddress(MacAddress.parse("02:00:00:00:00:00:01"))),
                () -> links.change(LinkRequest.of("a0").withAddress(MacAddress.parse("02:00"))),
                () -> links.change(LinkRequest.of("a0").withAlias("x".repeat(256))),
                () -> links.change(LinkRequest.of("a0").withName("way-too-long-name")),
                () -> links.add(LinkRequest.of("v0").withLinkIfindex(links.get("a0").ifindex()).withData(VlanData.of(4096))),
                () -> links.add(LinkRequest.of("v0").withLinkIfindex(links.get("a0").ifindex()).withData(VlanData.of(-1))),
                () -> links.add(LinkRequest.of("mv0").withLinkIfindex(links.get("a0").ifindex()).withData(MacvlanData.of(3))),
                () -> links.get(0),
                () -> links.delete(-4),
                () -> links.change(LinkRequest.of("a0").withMasterIfindex(links.get("bad name").ifindex())),
                () -> links.list(LinkFilter.all().withKind("")));
        for (int i = 0; i < calls.size(); i++) {
            assertThrows(IllegalArgumentException.class, calls.get(i), "call " + i);
        }
        assertEquals(before, Shell.run("ip", "-n", ns.name(), "-d", "link", "show"), "nothing changed");
    }

    @Test
    void fifteenByteNamesAreAccepted() {
        links.add(LinkRequest.of("fifteen-bytes-x").withData(IfbData.INSTANCE));
        assertEquals("fifteen-bytes-x", assertAgreesWithIp("fifteen-bytes-x").name());
    }
}
