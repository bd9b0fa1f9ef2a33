package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import java.util.Locale;
import java.util.Map;

/**
 * Ethernet protocol numbers by the names ip takes for them ({@code vlan_protocol 802.1ad}): the
 * {@code ETH_P_*} values of linux/if_ether.h that iproute2 6.1 names, any case, or a number.
 */
final class EtherTypes {
    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("loop", 0x0060), Map.entry("pup", 0x0200), Map.entry("pupat", 0x0201),
            Map.entry("ip", 0x0800), Map.entry("ipv4", 0x0800), Map.entry("x25", 0x0805), Map.entry("arp", 0x0806),
            Map.entry("bpq", 0x08ff), Map.entry("ieeepup", 0x0a00), Map.entry("ieeepupat", 0x0a01),
            Map.entry("dec", 0x6000), Map.entry("dna_dl", 0x6001), Map.entry("dna_rc", 0x6002),
            Map.entry("dna_rt", 0x6003), Map.entry("lat", 0x6004), Map.entry("diag", 0x6005),
            Map.entry("cust", 0x6006), Map.entry("sca", 0x6007), Map.entry("rarp", 0x8035),
            Map.entry("atalk", 0x809b), Map.entry("aarp", 0x80f3), Map.entry("ipx", 0x8137),
            Map.entry("ipv6", 0x86dd), Map.entry("ppp_disc", 0x8863), Map.entry("ppp_ses", 0x8864),
            Map.entry("atmmpoa", 0x884c), Map.entry("atmfate", 0x8884), Map.entry("802_3", 0x0001),
            Map.entry("ax25", 0x0002), Map.entry("all", 0x0003), Map.entry("802_2", 0x0004),
            Map.entry("snap", 0x0005), Map.entry("ddcmp", 0x0006), Map.entry("wan_ppp", 0x0007),
            Map.entry("ppp_mp", 0x0008), Map.entry("localtalk", 0x0009), Map.entry("can", 0x000c),
            Map.entry("ppptalk", 0x0010), Map.entry("tr_802_2", 0x0011), Map.entry("mobitex", 0x0015),
            Map.entry("control", 0x0016), Map.entry("irda", 0x0017), Map.entry("econet", 0x0018),
            Map.entry("tipc", 0x88ca), Map.entry("profinet", 0x8892), Map.entry("aoe", 0x88a2),
            Map.entry("ethercat", 0x88a4), Map.entry("802.1q", 0x8100), Map.entry("802.1ad", 0x88a8),
            Map.entry("mpls_uc", 0x8847), Map.entry("mpls_mc", 0x8848), Map.entry("teb", 0x6558),
            Map.entry("lldp", 0x88cc));

    private EtherTypes() {
    }

    /**
     * The protocol {@code text} names (any case) or numbers (16 bits, C's base 0); else ip's
     * invalid-argument failure with {@code reason}.
     */
    static int parse(String text, String reason) {
        Integer known = BY_NAME.get(text.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return unsignedBits(text, 16, reason);
    }
}
