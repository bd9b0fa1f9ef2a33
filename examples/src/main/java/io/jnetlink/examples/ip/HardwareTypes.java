package io.jnetlink.examples.ip;

import java.util.Map;

/** The names ip gives {@code ARPHRD_*} hardware types (linux/if_arp.h) in {@code link/TYPE}. */
final class HardwareTypes {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "netrom"), Map.entry(1, "ether"), Map.entry(2, "eether"), Map.entry(3, "ax25"),
            Map.entry(4, "pronet"), Map.entry(5, "chaos"), Map.entry(6, "ieee802"), Map.entry(7, "arcnet"),
            Map.entry(8, "appletlk"), Map.entry(15, "dlci"), Map.entry(19, "atm"), Map.entry(23, "metricom"),
            Map.entry(24, "ieee1394"), Map.entry(27, "eui64"), Map.entry(32, "infiniband"), Map.entry(256, "slip"),
            Map.entry(257, "cslip"), Map.entry(258, "slip6"), Map.entry(259, "cslip6"), Map.entry(260, "rsrvd"),
            Map.entry(264, "adapt"), Map.entry(270, "rose"), Map.entry(271, "x25"), Map.entry(272, "hwx25"),
            Map.entry(280, "can"), Map.entry(512, "ppp"), Map.entry(513, "cisco"), Map.entry(516, "lapb"),
            Map.entry(517, "ddcmp"), Map.entry(518, "rawhdlc"), Map.entry(519, "rawip"), Map.entry(768, "ipip"),
            Map.entry(769, "tunnel6"), Map.entry(770, "frad"), Map.entry(771, "skip"), Map.entry(772, "loopback"),
            Map.entry(773, "localtlk"), Map.entry(774, "fddi"), Map.entry(775, "bif"), Map.entry(776, "sit"),
            Map.entry(777, "ip/ddp"), Map.entry(778, "gre"), Map.entry(779, "pimreg"), Map.entry(780, "hippi"),
            Map.entry(781, "ash"), Map.entry(782, "econet"), Map.entry(783, "irda"), Map.entry(784, "fcpp"),
            Map.entry(785, "fcal"), Map.entry(786, "fcpl"), Map.entry(787, "fcfb"), Map.entry(788, "tr"),
            Map.entry(800, "ieee802.11"), Map.entry(801, "ieee802.11/prism"),
            Map.entry(802, "ieee802.11/radiotap"), Map.entry(803, "ieee802.15.4"),
            Map.entry(804, "ieee802.15.4/monitor"), Map.entry(820, "phonet"), Map.entry(821, "phonet_pipe"),
            Map.entry(822, "caif"), Map.entry(823, "gre6"), Map.entry(824, "netlink"), Map.entry(825, "6lowpan"),
            Map.entry(826, "vsockmon"), Map.entry(0xfffe, "none"), Map.entry(0xffff, "void"));

    private HardwareTypes() {
    }

    /** {@code ether}, {@code loopback}, ..., or {@code [N]} for a type ip has no name for. */
    static String name(int type) {
        String name = NAMES.get(type);
        return name != null ? name : "[" + type + "]";
    }
}
