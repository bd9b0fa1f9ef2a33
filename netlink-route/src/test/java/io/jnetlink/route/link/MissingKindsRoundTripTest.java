package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds this kernel lacks (ipvlan, ipvtap, vrf, bond and a bond's ports): their data survives
 * encoding and decoding, the encoding is the bytes the kernel's netlink specs describe, and values
 * the kernel would refuse are refused when set.
 */
class MissingKindsRoundTripTest {
    private static void assertRoundTrip(LinkData data) {
        Link link = LinkCodecRoundTripTest.roundTrip(3, data);
        assertEquals(data.kind(), link.kind());
        assertEquals(data, link.info().data());
    }

    /** The attributes {@code data}'s codec writes inside {@code IFLA_INFO_DATA}, in hex. */
    private static String hex(LinkData data) {
        return HexFormat.of().formatHex(LinkKinds.encodeToBytes(data));
    }

    @Test
    void ipvlanAndIpvtapRoundTrip() {
        IpvlanData l3s = IpvlanData.of(IpvlanData.IPVLAN_MODE_L3S).with(IpvlanAttributes.FLAGS, IpvlanData.IPVLAN_F_VEPA);
        assertRoundTrip(l3s);
        assertRoundTrip(IpvlanData.ipvtap(IpvlanData.IPVLAN_MODE_L2));
        assertEquals("ipvtap", IpvlanData.ipvtap(0).with(IpvlanAttributes.FLAGS, 1).kind());
        // IFLA_IPVLAN_MODE u16 2, then IFLA_IPVLAN_FLAGS u16 2, as the request set them.
        assertEquals("0600010002000000" + "0600020002000000", hex(l3s));
        assertThrows(IllegalArgumentException.class, () -> IpvlanData.of(3));
        assertThrows(IllegalArgumentException.class, () -> IpvlanData.of().with(IpvlanAttributes.FLAGS, 4));
        assertThrows(IllegalArgumentException.class, () -> new IpvlanData("macvlan", IpvlanAttributes.SET.empty()));
    }

    @Test
    void vrfRoundTrips() {
        assertRoundTrip(VrfData.of(0xfffffff0L));
        assertEquals(0xfffffff0L, VrfData.of(0xfffffff0L).get(VrfAttributes.TABLE));
        assertEquals("08000100" + "0a000000", hex(VrfData.of(10)));
        assertThrows(IllegalArgumentException.class, () -> VrfData.of(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> VrfData.of(-1));
        // A port's table is the kernel's to report, not a request's to set.
        assertThrows(IllegalArgumentException.class, () -> VrfPortData.of().with(VrfPortAttributes.TABLE, 10L));
    }

    @Test
    void bondRoundTripsEverySettableOption() throws Exception {
        List<InetAddress> arp = List.of(InetAddress.getByName("192.0.2.1"), InetAddress.getByName("192.0.2.2"));
        List<InetAddress> ns = List.of(InetAddress.getByName("2001:db8::1"));
        BondData bond = BondData.of(BondData.BOND_MODE_8023AD)
                .with(BondAttributes.ACTIVE_SLAVE, 4).with(BondAttributes.MIIMON, 100)
                .with(BondAttributes.UPDELAY, 200).with(BondAttributes.DOWNDELAY, 300)
                .with(BondAttributes.PEER_NOTIF_DELAY, 400).with(BondAttributes.USE_CARRIER, 1)
                .with(BondAttributes.ARP_INTERVAL, 50).with(BondAttributes.MISSED_MAX, 3)
                .with(BondAttributes.ARP_IP_TARGET, arp).with(BondAttributes.NS_IP6_TARGET, ns)
                .with(BondAttributes.ARP_VALIDATE, BondData.BOND_ARP_FILTER_BACKUP)
                .with(BondAttributes.ARP_ALL_TARGETS, 1).with(BondAttributes.PRIMARY, 5)
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
        assertRoundTrip(bond);
        assertEquals(arp, bond.get(BondAttributes.ARP_IP_TARGET));
        assertRoundTrip(BondData.of());
        // An empty target list is an empty nest: it clears the targets.
        assertRoundTrip(BondData.of().with(BondAttributes.ARP_IP_TARGET, List.of()));
    }

    @Test
    void bondTargetsAreNumberedByTheirPlace() throws Exception {
        BondData bond = BondData.of().with(BondAttributes.ARP_IP_TARGET,
                List.of(InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2")));
        // A nest of type 8 holding member 0 then member 1, four bytes each in network order.
        assertEquals("14000800" + "080000000a000001" + "080001000a000002", hex(bond));
    }

    @Test
    void bondValuesTheKernelRefusesAreRefusedFirst() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> BondData.of(7));
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.XMIT_HASH_POLICY, 6));
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.ARP_VALIDATE, 7));
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.MISSED_MAX, 256));
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.AD_INFO, BondAdInfoAttributes.SET.empty()));
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        InetAddress v4 = InetAddress.getByName("192.0.2.1");
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.ARP_IP_TARGET, List.of(v6)));
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.NS_IP6_TARGET, List.of(v4)));
        List<InetAddress> seventeen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add(InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) i}));
        }
        assertThrows(IllegalArgumentException.class, () -> BondData.of().with(BondAttributes.ARP_IP_TARGET, seventeen));
        assertEquals(16, BondData.of().with(BondAttributes.ARP_IP_TARGET, seventeen.subList(0, 16))
                .get(BondAttributes.ARP_IP_TARGET).size());
    }

    @Test
    void bondPortDataIsDecodedUnderItsMastersKind() {
        BondSlaveData port = BondSlaveData.of().with(BondSlaveAttributes.QUEUE_ID, 3)
                .with(BondSlaveAttributes.PRIO, -4).with(BondSlaveAttributes.ACTOR_PORT_PRIO, 9);
        try (MessageWriter w = new MessageWriter()) {
            // As the kernel reports a port: slave kind "bond" and the port's attributes.
            LinkRequest.of("rt1").with(LinkAttributes.LINKINFO, new LinkInfo(null, null, "bond", port, null))
                    .writeAdd(w);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            cursor.next();
            LinkInfo info = Link.decode(cursor).info();
            assertEquals("bond", info.slaveKind());
            BondSlaveData decoded = assertInstanceOf(BondSlaveData.class, info.slaveData());
            assertEquals(port, decoded);
            assertEquals(-4, decoded.get(BondSlaveAttributes.PRIO));
        }
        assertThrows(IllegalArgumentException.class, () -> BondSlaveData.of().with(BondSlaveAttributes.STATE, 1));
        assertThrows(IllegalArgumentException.class, () -> BondSlaveData.of().with(BondSlaveAttributes.QUEUE_ID, 65536));
        assertEquals("bond_slave", LinkRequest.of("rt1").withSlaveData(port).get(LinkAttributes.LINKINFO).kind());
    }
}
