package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.link.BondAdInfoAttributes;
import io.jnetlink.route.link.BondAttributes;
import io.jnetlink.route.link.BondCodec;
import io.jnetlink.route.link.BondData;
import io.jnetlink.route.link.BondSlaveAttributes;
import io.jnetlink.route.link.BondSlaveData;
import io.jnetlink.route.link.IpvlanAttributes;
import io.jnetlink.route.link.IpvlanCodec;
import io.jnetlink.route.link.IpvlanData;
import io.jnetlink.route.link.IpvtapCodec;
import io.jnetlink.route.link.LinkInfo;
import io.jnetlink.route.link.VrfCodec;
import io.jnetlink.route.link.VrfData;
import io.jnetlink.route.link.VrfPortAttributes;
import io.jnetlink.route.link.VrfPortData;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The {@code -d} options of ipvlan, ipvtap, vrf and bond links and of bond ports, which this kernel cannot create,
 * against what ip 6.1 prints for the same link message read from a file
 * ({@link MonitorFileFixture}), in text and one-line text; the JSON, which {@code ip monitor} does
 * not write, against the keys the print functions use.
 */
class MissingKindsDetailsTest {
    private static final BondData EVERY_BOND_ROW;

    static {
        try {
            EVERY_BOND_ROW = BondData.of(BondData.BOND_MODE_8023AD)
                    .with(BondAttributes.ACTIVE_SLAVE, 9999).with(BondAttributes.MIIMON, 100)
                    .with(BondAttributes.UPDELAY, 200).with(BondAttributes.DOWNDELAY, 300)
                    .with(BondAttributes.PEER_NOTIF_DELAY, 400).with(BondAttributes.USE_CARRIER, 1)
                    .with(BondAttributes.ARP_INTERVAL, 50).with(BondAttributes.MISSED_MAX, 3)
                    .with(BondAttributes.ARP_IP_TARGET,
                            List.of(InetAddress.getByName("192.0.2.1"), InetAddress.getByName("192.0.2.2")))
                    .with(BondAttributes.NS_IP6_TARGET, List.of(InetAddress.getByName("2001:db8::1")))
                    .with(BondAttributes.ARP_VALIDATE, BondData.BOND_ARP_FILTER_BACKUP)
                    .with(BondAttributes.ARP_ALL_TARGETS, 1).with(BondAttributes.PRIMARY, 9998)
                    .with(BondAttributes.PRIMARY_RESELECT, 2).with(BondAttributes.FAIL_OVER_MAC, 1)
                    .with(BondAttributes.XMIT_HASH_POLICY, BondData.BOND_XMIT_POLICY_VLAN_SRCMAC)
                    .with(BondAttributes.RESEND_IGMP, 7).with(BondAttributes.NUM_PEER_NOTIF, 2)
                    .with(BondAttributes.ALL_SLAVES_ACTIVE, 1).with(BondAttributes.MIN_LINKS, 2)
                    .with(BondAttributes.LP_INTERVAL, 9).with(BondAttributes.PACKETS_PER_SLAVE, 11)
                    .with(BondAttributes.AD_LACP_ACTIVE, 1).with(BondAttributes.AD_LACP_RATE, 1)
                    .with(BondAttributes.AD_SELECT, 2).with(BondAttributes.AD_ACTOR_SYS_PRIO, 65535)
                    .with(BondAttributes.AD_USER_PORT_KEY, 1023)
                    .with(BondAttributes.AD_ACTOR_SYSTEM, MacAddress.parse("02:00:00:00:00:01"))
                    .with(BondAttributes.TLB_DYNAMIC_LB, 0).with(BondAttributes.COUPLED_CONTROL, 1);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The aggregator the kernel reports in 802.3ad mode (read-only, so written here by hand). */
    private static void adInfo(MessageWriter w) {
        int nest = w.beginNested(BondAttributes.AD_INFO.type());
        w.attrU16(BondAdInfoAttributes.AGGREGATOR.type(), 1);
        w.attrU16(BondAdInfoAttributes.NUM_PORTS.type(), 2);
        w.attrU16(BondAdInfoAttributes.ACTOR_KEY.type(), 15);
        w.attrU16(BondAdInfoAttributes.PARTNER_KEY.type(), 0);
        w.attrMac(BondAdInfoAttributes.PARTNER_MAC.type(), MacAddress.parse("00:00:00:00:00:00"));
        w.endNested(nest);
    }

    private static void assertSameAsIp(String kind, Consumer<MessageWriter> data) throws IOException {
        byte[] message = MonitorFileFixture.newLink("k0", kind, data);
        assertEquals(MonitorFileFixture.ip(message, kind, false), MonitorFileFixture.ours(message, "\n"), kind);
        assertEquals(MonitorFileFixture.ip(message, kind, true), MonitorFileFixture.ours(message, "\\"), kind);
    }

    @Test
    void ipvlanAndIpvtapTextMatchesIp() throws IOException {
        for (int mode : new int[] {IpvlanData.IPVLAN_MODE_L2, IpvlanData.IPVLAN_MODE_L3, IpvlanData.IPVLAN_MODE_L3S}) {
            for (int flags : new int[] {0, IpvlanData.IPVLAN_F_PRIVATE, IpvlanData.IPVLAN_F_VEPA}) {
                IpvlanData data = IpvlanData.of(mode).with(IpvlanAttributes.FLAGS, flags);
                assertSameAsIp(IpvlanCodec.KIND, w -> new IpvlanCodec().encode(data, w));
            }
        }
        assertSameAsIp(IpvtapCodec.KIND, w -> w.attrU16(IpvlanAttributes.MODE.type(), 7)); // an unknown mode
        assertSameAsIp(IpvtapCodec.KIND, w -> { });
    }

    @Test
    void vrfAndVrfPortTextMatchesIp() throws IOException {
        assertSameAsIp(VrfCodec.KIND, w -> new VrfCodec().encode(VrfData.of(0xfffffff0L), w));
        assertSameAsIp(VrfCodec.KIND, w -> new VrfCodec().encode(VrfData.of(10), w));
        byte[] port = MonitorFileFixture.newPort("k1", VrfCodec.KIND,
                w -> w.attrU32(VrfPortAttributes.TABLE.type(), 0xfffffff1));
        assertEquals(MonitorFileFixture.ip(port, "vrf_slave", false), MonitorFileFixture.ours(port, "\n"));
        assertEquals(VrfPortData.class, MonitorFileFixture.decode(port).info().slaveData().getClass());
    }

    @Test
    void bondTextMatchesIpForEveryRow() throws IOException {
        assertSameAsIp(BondCodec.KIND, w -> {
            new BondCodec().encode(EVERY_BOND_ROW, w);
            adInfo(w);
        });
        // The defaults the kernel reports for a new bond, and values past ip's names.
        assertSameAsIp(BondCodec.KIND, w -> new BondCodec().encode(BondData.of(0).with(BondAttributes.ACTIVE_SLAVE, 0)
                .with(BondAttributes.PRIMARY, 0).with(BondAttributes.ARP_VALIDATE, 0)
                .with(BondAttributes.ARP_IP_TARGET, List.of()).with(BondAttributes.AD_LACP_ACTIVE, 0), w));
        assertSameAsIp(BondCodec.KIND, w -> {
            w.attrU8(BondAttributes.MODE.type(), 9);
            w.attrU8(BondAttributes.XMIT_HASH_POLICY.type(), 6);
        });
    }

    @Test
    void bondPortTextMatchesIp() throws IOException {
        for (int state : new int[] {0, 1, 2}) {
            byte[] message = MonitorFileFixture.newPort("k1", BondCodec.KIND, w -> {
                w.attrU8(BondSlaveAttributes.STATE.type(), state);
                w.attrU8(BondSlaveAttributes.MII_STATUS.type(), state * 2);
                w.attrU32(BondSlaveAttributes.LINK_FAILURE_COUNT.type(), -1);
                w.attrMac(BondSlaveAttributes.PERM_HWADDR.type(), MacAddress.parse("02:00:00:00:00:0" + state));
                w.attrU16(BondSlaveAttributes.QUEUE_ID.type(), 65535);
                w.attrU16(BondSlaveAttributes.AD_AGGREGATOR_ID.type(), 3);
                w.attrU8(BondSlaveAttributes.AD_ACTOR_OPER_PORT_STATE.type(), state == 0 ? 0x3d : 0xff);
                w.attrU16(BondSlaveAttributes.AD_PARTNER_OPER_PORT_STATE.type(), state == 0 ? 0x101 : 0);
                w.attrU32(BondSlaveAttributes.PRIO.type(), -5);
            });
            assertEquals(MonitorFileFixture.ip(message, "bond_slave", false), MonitorFileFixture.ours(message, "\n"));
            assertEquals(MonitorFileFixture.ip(message, "bond_slave", true), MonitorFileFixture.ours(message, "\\"));
        }
    }

    @Test
    void bondPortJsonUsesIpsKeys() {
        JsonWriter w = new JsonWriter(false).startObject();
        BondDetails.port(new JsonDetailSink(w), (BondSlaveData) MonitorFileFixture.decode(
                MonitorFileFixture.newPort("k1", BondCodec.KIND, m -> {
                    m.attrU8(BondSlaveAttributes.STATE.type(), 7);
                    m.attrU8(BondSlaveAttributes.MII_STATUS.type(), 0);
                    m.attrU8(BondSlaveAttributes.AD_ACTOR_OPER_PORT_STATE.type(), 0x05);
                })).info().slaveData());
        assertEquals("{\"state_index\":7,\"mii_status\":\"UP\",\"ad_actor_oper_port_state\":5,"
                + "\"ad_actor_oper_port_state_str\":[\"active\",\"aggregating\"]}", w.endObject().toString());
    }

    @Test
    void bondJsonUsesIpsKeys() {
        byte[] message = MonitorFileFixture.newLink("k0", BondCodec.KIND, w -> {
            new BondCodec().encode(BondData.of(4).with(BondAttributes.ARP_VALIDATE, 0)
                    .with(BondAttributes.ARP_IP_TARGET, EVERY_BOND_ROW.get(BondAttributes.ARP_IP_TARGET))
                    .with(BondAttributes.NUM_PEER_NOTIF, 1).with(BondAttributes.AD_LACP_ACTIVE, 1)
                    .with(BondAttributes.AD_LACP_RATE, 0), w);
            adInfo(w);
        });
        LinkInfo info = MonitorFileFixture.decode(message).info();
        JsonWriter w = new JsonWriter(false).startObject();
        BondDetails.write(new JsonDetailSink(w), (BondData) info.data(),
                new LinkFormatter(IpOptions.plain(), List.of(), null));
        assertEquals("{\"mode\":\"802.3ad\",\"arp_ip_target\":[\"192.0.2.1\",\"192.0.2.2\"],\"arp_validate\":null,"
                + "\"num_peer_notif\":1,\"ad_lacp_active\":\"on\",\"ad_lacp_rate\":\"slow\","
                + "\"ad_info\":{\"aggregator\":1,\"num_ports\":2,\"actor_key\":15,\"partner_key\":0,"
                + "\"partner_mac\":\"00:00:00:00:00:00\"}}", w.endObject().toString());
    }

    @Test
    void ipvlanJsonNamesTheFlag() {
        JsonWriter w = new JsonWriter(false).startObject();
        IpvlanDetails.write(new JsonDetailSink(w), IpvlanData.of(IpvlanData.IPVLAN_MODE_L3S)
                .with(IpvlanAttributes.FLAGS, IpvlanData.IPVLAN_F_VEPA));
        assertEquals("{\"mode\":\"l3s\",\"vepa\":true}", w.endObject().toString());
    }
}
