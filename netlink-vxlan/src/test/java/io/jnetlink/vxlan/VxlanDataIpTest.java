package io.jnetlink.vxlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.attr.PortRange;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.testing.IpTool;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link VxlanData} decoded from the kernel agrees with {@code ip -j -d link show} for VXLAN
 * devices made by {@code ip link add ... type vxlan}, and devices made by this library read back
 * the same through {@code ip}: every key ip prints is rendered from the record, under the JSON
 * name its {@link VxlanAttributes} row declares. Everything happens in a throwaway namespace with
 * a veth underlay.
 */
class VxlanDataIpTest {
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
                VxlanData info = assertInstanceOf(VxlanData.class, link.info().data(), names.get(i));
                JsonNode ip = IpTool.ipJson(ns.name(), "-d", "link", "show", "dev", names.get(i))
                        .get(0).get("linkinfo").get("info_data");
                assertMatchesIp(String.join(" ", VARIANTS.get(i)), ip, info, ifnames);
                // Every attribute this kernel reports is typed; none is left raw.
                assertTrue(info.values().unknown().isEmpty(), names.get(i) + " left attributes untyped");
            }
        }
    }

    @Test
    void typesTheKernelsQuirkyAttributesAsTheKernelReportsThem() {
        try (TestNamespace ns = TestNamespace.create("vxquirk"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            IpTool.ip(ns.name(), "link", "add", "vxa", "type", "vxlan", "id", "1", "ttl", "inherit", "gbp",
                    "dstport", "4789");
            IpTool.ip(ns.name(), "link", "add", "vxb", "type", "vxlan", "id", "2", "dstport", "4790");
            VxlanData a = (VxlanData) rtnl.links().get("vxa").info().data();
            VxlanData b = (VxlanData) rtnl.links().get("vxb").info().data();
            // ttl inherit goes in as a flag and comes back as a u8 on every dump.
            assertEquals(Boolean.TRUE, a.get(VxlanAttributes.TTL_INHERIT));
            assertEquals(Boolean.FALSE, b.get(VxlanAttributes.TTL_INHERIT));
            // gbp is a flag the kernel only sends when it is on.
            assertEquals(Boolean.TRUE, a.get(VxlanAttributes.GBP));
            assertNull(b.get(VxlanAttributes.GBP));
            assertNull(b.get(VxlanAttributes.GPE));
            assertNull(b.get(VxlanAttributes.REMCSUM_NOPARTIAL));
            // Kernels newer than the installed uapi header report more: local bypass on (6.6+),
            // fixed flow labels (6.7+) and the reserved-bits mask (6.12+: every bit but the
            // VNI-present flag in the first word, the last byte in the second). Older kernels
            // send none of them, and then nothing may be invented.
            Runtime.Version kernel = kernelVersion();
            assertEquals(atLeast(kernel, 6, 6) ? Boolean.TRUE : null, b.get(VxlanAttributes.LOCALBYPASS));
            assertEquals(atLeast(kernel, 6, 7) ? Integer.valueOf(VxlanData.VXLAN_LABEL_FIXED) : null,
                    b.get(VxlanAttributes.LABEL_POLICY));
            assertEquals(atLeast(kernel, 6, 12) ? Long.valueOf(0xf7ff_ffff_0000_00ffL) : null,
                    b.get(VxlanAttributes.RESERVED_BITS));
            assertFalse(b.isMulticastGroup());
        }
    }

    @Test
    void devicesCreatedFromTheTableReadBackThroughIp() throws Exception {
        try (TestNamespace ns = TestNamespace.create("vxbuild"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            underlay(ns.name());
            int ul0 = rtnl.links().get("ul0").ifindex();
            List<VxlanData> built = List.of(
                    VxlanData.of(4097).with(VxlanAttributes.PORT, 4789).with(VxlanAttributes.LEARNING, false)
                            .with(VxlanAttributes.PROXY, true),
                    VxlanData.of(4096).withRemote(InetAddress.getByName("239.1.1.2")).with(VxlanAttributes.LINK, ul0)
                            .withLocal(InetAddress.getByName("192.0.2.1")).with(VxlanAttributes.TTL, 5)
                            .with(VxlanAttributes.TOS, 0x20).with(VxlanAttributes.DF, VxlanData.VXLAN_DF_SET)
                            .with(VxlanAttributes.AGEING, 100L).with(VxlanAttributes.LIMIT, 7L)
                            .with(VxlanAttributes.PORT_RANGE, new PortRange(3000, 4000))
                            .with(VxlanAttributes.L2MISS, true).with(VxlanAttributes.L3MISS, true)
                            .with(VxlanAttributes.RSC, true).with(VxlanAttributes.UDP_CSUM, false)
                            .with(VxlanAttributes.PORT, 4800),
                    VxlanData.of(12).withRemote(InetAddress.getByName("2001:db8::9"))
                            .withLocal(InetAddress.getByName("2001:db8::1")).with(VxlanAttributes.LABEL, 0xabcdeL)
                            .with(VxlanAttributes.UDP_ZERO_CSUM6_TX, true).with(VxlanAttributes.UDP_ZERO_CSUM6_RX, true)
                            .with(VxlanAttributes.REMCSUM_TX, true).with(VxlanAttributes.REMCSUM_RX, true)
                            .with(VxlanAttributes.GBP, true).with(VxlanAttributes.TTL_INHERIT, true)
                            .with(VxlanAttributes.PORT, 4801),
                    VxlanData.of().with(VxlanAttributes.COLLECT_METADATA, true).with(VxlanAttributes.PORT, 4802),
                    VxlanData.of().with(VxlanAttributes.COLLECT_METADATA, true).with(VxlanAttributes.VNIFILTER, true)
                            .with(VxlanAttributes.LOCALBYPASS, false).with(VxlanAttributes.PORT, 4803),
                    // The kernel takes a label policy for IPv6 devices only.
                    VxlanData.of(13).withLocal(InetAddress.getByName("2001:db8::1"))
                            .with(VxlanAttributes.LABEL_POLICY, VxlanData.VXLAN_LABEL_INHERIT)
                            .with(VxlanAttributes.PORT, 4804));
            Map<Integer, String> ifnames = IpTool.ifnames(ns.name());
            for (int i = 0; i < built.size(); i++) {
                String name = "vb" + i;
                rtnl.links().add(LinkRequest.of(name).withData(built.get(i)));
                VxlanData back = (VxlanData) rtnl.links().get(name).info().data();
                built.get(i).values().forEach((row, value) -> assertEquals(value, back.values().get(row), name + " " + row));
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

    /**
     * Every key iproute2's JSON shows (vxlan_print_opt) is rendered from the record with the value
     * ip gives it: the rows under their declared JSON names, with the forms of their own that ip
     * gives addresses, the device, the port range, tos, df and the flow label.
     */
    static void assertMatchesIp(String what, JsonNode ip, VxlanData v, Map<Integer, String> ifnames)
            throws Exception {
        Map<String, Object> ours = new HashMap<>();
        v.values().forEach((row, value) -> {
            if (row.display().json() != null) {
                ours.put(row.display().json(), value instanceof Integer n ? Integer.toUnsignedLong(n) : value);
            }
        });
        ours.remove("group");
        ours.remove("group6");
        InetAddress remote = v.remote();
        if (remote != null) {
            ours.put((v.isMulticastGroup() ? "group" : "remote") + (remote instanceof Inet6Address ? "6" : ""),
                    remote.getHostAddress());
        }
        ours.computeIfPresent("local", (k, a) -> ((InetAddress) a).getHostAddress());
        ours.computeIfPresent("local6", (k, a) -> ((InetAddress) a).getHostAddress());
        ours.computeIfPresent("link", (k, index) -> ifnames.get(((Long) index).intValue()));
        ours.computeIfPresent("port_range", (k, r) -> "low=" + ((PortRange) r).low() + " high=" + ((PortRange) r).high());
        ours.computeIfPresent("tos", (k, tos) -> "0x" + Long.toHexString((Long) tos));
        ours.computeIfPresent("df", (k, df) -> List.of("unset", "set", "inherit").get(((Long) df).intValue()));
        ours.computeIfPresent("label", (k, label) -> "0x" + Long.toHexString((Long) label));
        for (Iterator<Map.Entry<String, JsonNode>> it = ip.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            assertTrue(ours.containsKey(key), what + ": ip shows " + key + " = " + e.getValue() + ", no row renders it");
            JsonNode value = e.getValue();
            String ipText = value.isObject() ? "low=" + value.get("low").asText() + " high=" + value.get("high").asText()
                    : value.asText();
            String ourText = ours.get(key) instanceof InetAddress a ? a.getHostAddress() : String.valueOf(ours.get(key));
            if (value.isTextual() && key.matches("(remote|group|local)6?")) {
                assertEquals(InetAddress.getByName(ipText), InetAddress.getByName(ourText), what + ": " + key);
            } else {
                assertEquals(ipText, ourText, what + ": " + key);
            }
        }
        // What ip leaves out: zero tos, flow label and limit, ttl when inherited, switches when off.
        assertPrintedWhenTrue(ip, "proxy", v.get(VxlanAttributes.PROXY), what);
        assertPrintedWhenTrue(ip, "gbp", v.get(VxlanAttributes.GBP), what);
        assertEquals(Boolean.TRUE.equals(v.get(VxlanAttributes.TTL_INHERIT)), !ip.has("ttl"), what + ": ttl");
        assertEquals(Long.valueOf(0).equals(v.get(VxlanAttributes.LIMIT)), !ip.has("limit"), what + ": limit");
    }

    private static void assertPrintedWhenTrue(JsonNode ip, String key, Boolean value, String what) {
        assertEquals(Boolean.TRUE.equals(value), ip.path(key).asBoolean(false), what + ": " + key);
    }
}
