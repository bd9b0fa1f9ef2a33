package io.jnetlink.vxlan;

import io.jnetlink.route.link.LinkRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.testing.IpTool;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link VxlanInfo} decoded from the kernel agrees with {@code ip -j -d link show} for VXLAN
 * devices made by {@code ip link add ... type vxlan}, and devices made by this library read back
 * the same through {@code ip}. Everything happens in a throwaway namespace with a dummy underlay.
 */
class VxlanInfoIpTest {
    /** The {@code ip link add NAME type vxlan} options of each variant. */
    private static final List<String[]> VARIANTS = List.of(
            new String[] {"id", "100", "remote", "192.0.2.10", "local", "192.0.2.1", "dstport", "4789"},
            new String[] {"id", "101", "group", "239.1.1.1", "dev", "ul0", "dstport", "4789", "ttl", "10"},
            new String[] {"id", "102", "local", "2001:db8::1", "remote", "2001:db8::2", "dstport", "4789",
                "flowlabel", "0x12345", "udp6zerocsumtx", "udp6zerocsumrx"},
            new String[] {"id", "103", "group", "ff05::100", "dev", "ul0", "dstport", "4789"},
            new String[] {"external", "dstport", "4790"},
            new String[] {"id", "104", "remote", "192.0.2.11", "gbp", "remcsumtx", "remcsumrx", "dstport", "4791"},
            new String[] {"id", "105", "srcport", "1000", "2000", "dstport", "4792", "maxaddress", "100",
                "ageing", "60"},
            new String[] {"id", "106", "ttl", "inherit", "tos", "inherit", "dstport", "4793"},
            new String[] {"id", "107", "df", "set", "remote", "192.0.2.12", "dstport", "4794", "noudpcsum",
                "tos", "0x10"},
            new String[] {"id", "108", "nolearning", "proxy", "dstport", "4795"},
            new String[] {"id", "109", "l2miss", "l3miss", "rsc", "dstport", "4796", "ageing", "none"},
            new String[] {"gpe", "external", "dstport", "4797"},
            new String[] {"id", "111", "df", "inherit", "ttl", "64", "dstport", "4798"});

    @Test
    void decodesEveryVariantAsIpShowsIt() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxinfo"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            underlay(ns.name());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < VARIANTS.size(); i++) {
                String name = "vx" + i;
                List<String> command = new ArrayList<>(List.of("link", "add", name, "type", "vxlan"));
                command.addAll(List.of(VARIANTS.get(i)));
                IpTool.ip(ns.name(), command.toArray(String[]::new));
                names.add(name);
            }
            Map<Integer, String> ifnames = IpTool.ifnames(ns.name());
            for (int i = 0; i < names.size(); i++) {
                Link link = rtnl.links().get(names.get(i));
                VxlanInfo info = assertInstanceOf(VxlanInfo.class, link.info().data(), names.get(i));
                JsonNode ip = IpTool.ipJson(ns.name(), "-d", "link", "show", "dev", names.get(i))
                        .get(0).get("linkinfo").get("info_data");
                assertMatchesIp(String.join(" ", VARIANTS.get(i)), ip, info, ifnames);
                // Every attribute this kernel reports is typed; none is left raw.
                assertTrue(info.otherAttributes().isEmpty(), names.get(i) + " left attributes untyped");
            }
        }
    }

    @Test
    void typesTheKernelsQuirkyAttributesAsTheKernelReportsThem() {
        try (TestNamespace ns = TestNamespace.create("vxquirk"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            IpTool.ip(ns.name(), "link", "add", "vxa", "type", "vxlan", "id", "1", "ttl", "inherit", "gbp",
                    "dstport", "4789");
            IpTool.ip(ns.name(), "link", "add", "vxb", "type", "vxlan", "id", "2", "dstport", "4790");
            VxlanInfo a = (VxlanInfo) rtnl.links().get("vxa").info().data();
            VxlanInfo b = (VxlanInfo) rtnl.links().get("vxb").info().data();
            // ttl inherit goes in as a flag and comes back as a u8 on every dump.
            assertEquals(Boolean.TRUE, a.ttlInherit());
            assertEquals(Boolean.FALSE, b.ttlInherit());
            // gbp is a flag the kernel only sends when it is on.
            assertEquals(Boolean.TRUE, a.gbp());
            assertNull(b.gbp());
            assertNull(b.gpe());
            assertNull(b.remcsumNoPartial());
            // Kernels newer than the installed uapi header report more: local bypass on (6.6+),
            // fixed flow labels (6.7+) and the reserved-bits mask (6.12+: every bit but the
            // VNI-present flag in the first word, the last byte in the second). Older kernels
            // send none of them, and then nothing may be invented.
            Runtime.Version kernel = kernelVersion();
            assertEquals(atLeast(kernel, 6, 6) ? Boolean.TRUE : null, b.localBypass());
            assertEquals(atLeast(kernel, 6, 7) ? VxlanInfo.LabelPolicy.FIXED : null, b.labelPolicy());
            assertEquals(atLeast(kernel, 6, 12) ? Long.valueOf(0xf7ff_ffff_0000_00ffL) : null, b.reservedBits());
            assertFalse(b.isMulticastGroup());
        }
    }

    @Test
    void devicesCreatedWithTheBuilderReadBackThroughIp() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxbuild"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            underlay(ns.name());
            int ul0 = rtnl.links().get("ul0").ifindex();
            List<VxlanInfo> built = List.of(
                    VxlanInfo.builder().id(4097).port(4789).learning(false).proxy(true).build(),
                    VxlanInfo.builder().id(4096).group(InetAddress.getByName("239.1.1.2")).link(ul0)
                            .local(InetAddress.getByName("192.0.2.1")).ttl(5).tos(0x20).df(VxlanInfo.Df.SET)
                            .ageing(100).limit(7).portRange(3000, 4000).l2miss(true).l3miss(true).rsc(true)
                            .udpCsum(false).port(4800).build(),
                    VxlanInfo.builder().id(12).remote(InetAddress.getByName("2001:db8::9"))
                            .local(InetAddress.getByName("2001:db8::1")).label(0xabcde).udpZeroCsum6Tx(true)
                            .udpZeroCsum6Rx(true).remcsumTx(true).remcsumRx(true).gbp(true).ttlInherit(true)
                            .port(4801).build(),
                    VxlanInfo.builder().collectMetadata(true).port(4802).build());
            Map<Integer, String> ifnames = IpTool.ifnames(ns.name());
            for (int i = 0; i < built.size(); i++) {
                String name = "vb" + i;
                rtnl.links().add(LinkRequest.of(name).withData(built.get(i)));
                VxlanInfo back = (VxlanInfo) rtnl.links().get(name).info().data();
                assertSetFieldsEqual(built.get(i), back);
                JsonNode ip = IpTool.ipJson(ns.name(), "-d", "link", "show", "dev", name)
                        .get(0).get("linkinfo").get("info_data");
                assertMatchesIp(name, ip, back, ifnames);
            }
        }
    }

    /** The running kernel's version from {@code uname -r}, such as 6.18. */
    private static Runtime.Version kernelVersion() {
        String release = Shell.run("uname", "-r").trim();
        return Runtime.Version.parse(release.replaceAll("^(\\d+\\.\\d+).*", "$1"));
    }

    private static boolean atLeast(Runtime.Version v, int major, int minor) {
        return v.feature() > major || (v.feature() == major && v.interim() >= minor);
    }

    /** An underlay {@code ul0} (a veth: this kernel may lack dummy) with the local addresses the variants use. */
    private static void underlay(String ns) {
        IpTool.ip(ns, "link", "add", "ul0", "type", "veth", "peer", "name", "ul1");
        IpTool.ip(ns, "addr", "add", "192.0.2.1/24", "dev", "ul0");
        IpTool.ip(ns, "addr", "add", "2001:db8::1/64", "dev", "ul0", "nodad");
        IpTool.ip(ns, "link", "set", "ul0", "up");
    }

    /** Every field the builder set comes back from the kernel with the same value. */
    private static void assertSetFieldsEqual(VxlanInfo set, VxlanInfo back) throws Exception {
        for (var component : VxlanInfo.class.getRecordComponents()) {
            Object wanted = component.getAccessor().invoke(set);
            if (wanted != null && !component.getName().equals("otherAttributes")) {
                assertEquals(wanted, component.getAccessor().invoke(back), component.getName());
            }
        }
    }

    /** Compares with iproute2's JSON, which prints some fields only when set (see vxlan_print_opt). */
    static void assertMatchesIp(String what, JsonNode ip, VxlanInfo v, Map<Integer, String> ifnames)
            throws Exception {
        assertPrintedWhenTrue(ip, "external", v.collectMetadata(), what);
        assertEquals(ip.get("id").asInt(), v.id(), what + ": id");
        String remoteKey = v.remote() == null ? null
                : (v.isMulticastGroup() ? "group" : "remote") + (VxlanInfo.isIpv6(v.remote()) ? "6" : "");
        for (String key : List.of("group", "remote", "group6", "remote6")) {
            assertEquals(key.equals(remoteKey), ip.has(key), what + ": " + key);
        }
        if (remoteKey != null) {
            assertEquals(InetAddress.getByName(ip.get(remoteKey).asText()), v.remote(), what + ": " + remoteKey);
        }
        String localKey = v.local() == null ? null : VxlanInfo.isIpv6(v.local()) ? "local6" : "local";
        assertEquals(localKey != null, ip.has("local") || ip.has("local6"), what + ": local");
        if (localKey != null) {
            assertEquals(InetAddress.getByName(ip.get(localKey).asText()), v.local(), what + ": local");
        }
        assertEquals(IpTool.text(ip, "link"), v.link() == null ? null : ifnames.get(v.link()), what + ": dev");
        assertEquals(ip.get("port_range").get("low").asInt(), v.portRange().low(), what + ": srcport low");
        assertEquals(ip.get("port_range").get("high").asInt(), v.portRange().high(), what + ": srcport high");
        assertEquals(ip.get("port").asInt(), v.port(), what + ": dstport");
        assertEquals(ip.get("learning").asBoolean(), v.learning(), what + ": learning");
        assertPrintedWhenTrue(ip, "proxy", v.proxy(), what);
        assertPrintedWhenTrue(ip, "rsc", v.rsc(), what);
        assertPrintedWhenTrue(ip, "l2miss", v.l2miss(), what);
        assertPrintedWhenTrue(ip, "l3miss", v.l3miss(), what);
        assertPrintedWhenTrue(ip, "remcsum_tx", v.remcsumTx(), what);
        assertPrintedWhenTrue(ip, "remcsum_rx", v.remcsumRx(), what);
        assertPrintedWhenTrue(ip, "gbp", v.gbp(), what);
        assertPrintedWhenTrue(ip, "gpe", v.gpe(), what);
        int tos = v.tos() == null ? 0 : v.tos();
        assertEquals(tos == 0 ? null : "0x" + Integer.toHexString(tos), IpTool.text(ip, "tos"), what + ": tos");
        if (Boolean.TRUE.equals(v.ttlInherit())) {
            assertFalse(ip.has("ttl"), what + ": ip omits ttl when inherited");
        } else {
            assertEquals(ip.get("ttl").asInt(), v.ttl(), what + ": ttl");
        }
        assertEquals(IpTool.text(ip, "df"), v.df().name().toLowerCase(), what + ": df");
        int label = v.label() == null ? 0 : v.label();
        assertEquals(label == 0 ? null : "0x" + Integer.toHexString(label), IpTool.text(ip, "label"), what + ": label");
        assertEquals(ip.get("ageing").asLong(), v.ageing(), what + ": ageing");
        long limit = v.limit() == null ? 0 : v.limit();
        assertEquals(limit == 0 ? null : Long.toString(limit), IpTool.text(ip, "limit"), what + ": limit");
        assertEquals(ip.get("udp_csum").asBoolean(), v.udpCsum(), what + ": udp_csum");
        assertEquals(ip.get("udp_zero_csum6_tx").asBoolean(), v.udpZeroCsum6Tx(), what + ": udp_zero_csum6_tx");
        assertEquals(ip.get("udp_zero_csum6_rx").asBoolean(), v.udpZeroCsum6Rx(), what + ": udp_zero_csum6_rx");
    }

    private static void assertPrintedWhenTrue(JsonNode ip, String key, Boolean value, String what) {
        assertEquals(Boolean.TRUE.equals(value), ip.path(key).asBoolean(false), what + ": " + key);
    }
}
