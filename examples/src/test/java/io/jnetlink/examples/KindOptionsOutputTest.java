package io.jnetlink.examples;

import static io.jnetlink.examples.Outputs.assertIpSame;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@code -d} options of the kinds the shared {@link Topology} leaves out, written from their
 * attribute tables, against iproute2 6.1 in text and JSON: VXLAN over IPv6 with a multicast group
 * and a device, with every switch and value ip prints (srcport, df, flowlabel, maxaddr, tos, the
 * checksum options, gbp), external with vnifilter, and gpe; macvlan in passthru with nopromisc,
 * and a macvtap in source mode with its remotes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KindOptionsOutputTest {
    private TestNamespace ns;

    @BeforeAll
    void build() {
        ns = TestNamespace.create("kinds");
        String n = ns.name();
        ip(n, "link add ul0 type veth peer name ul1");
        ip(n, "addr add 2001:db8::1/64 dev ul0 nodad");
        ip(n, "link add vx6 type vxlan id 16777215 group ff05::100 dev ul0 local 2001:db8::1 dstport 4789 "
                + "srcport 1000 2000 flowlabel 0xabcde maxaddress 100 ageing 42 ttl 3 tos 0x28 "
                + "udp6zerocsumtx udp6zerocsumrx remcsumtx remcsumrx gbp nolearning rsc");
        ip(n, "link add vxr6 type vxlan id 7 remote 2001:db8::2 dstport 4789 df inherit noudpcsum ttl auto");
        ip(n, "link add vxr4 type vxlan id 8 remote 192.0.2.2 local 192.0.2.1 dstport 4789 df set l2miss");
        ip(n, "link add vxext type vxlan external vnifilter dstport 4790");
        ip(n, "link add vxgpe type vxlan gpe external dstport 4791");
        ip(n, "link add mvp link ul1 type macvlan mode passthru nopromisc");
        ip(n, "link add mvs link ul0 type macvtap mode source bcqueuelen 7");
        ip(n, "link set mvs type macvtap macaddr set 02:00:00:00:00:0a 02:00:00:00:00:0b");
        ip(n, "link add mvp2 link ul0 type macvlan mode private");
    }

    /** {@code ip -n NS} with {@code line} split at spaces. */
    private static void ip(String ns, String line) {
        Shell.run(("ip -n " + ns + " " + line).split(" "));
    }

    @AfterAll
    void remove() {
        if (ns != null) {
            ns.close();
        }
    }

    @Test
    void textAndJsonMatchIp() {
        for (String options : new String[] {"-d link", "-d -o link", "-j -d link", "-j -p -d link"}) {
            assertIpSame(ns.name(), options.split(" "));
        }
    }
}
