package io.jnetlink.examples.ip.link;

import java.util.List;
import java.util.Map;

/**
 * The words ip 6.1 uses for the enumerated options of kinds, each at the index the kernel numbers
 * it by: the option parsers read them, {@code ip -d link} writes them.
 */
public final class KindWords {
    /** An ipvlan's or ipvtap's modes ({@code IPVLAN_MODE_*}). */
    public static final List<String> IPVLAN_MODES = List.of("l2", "l3", "l3s");

    /** A bond's enumerated options, by the option's name in {@code ip link add ... type bond}. */
    public static final Map<String, List<String>> BOND = Map.of(
            "mode", List.of("balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb",
                    "balance-alb"),
            "arp_validate", List.of("none", "active", "backup", "all", "filter", "filter_active", "filter_backup"),
            "arp_all_targets", List.of("any", "all"),
            "primary_reselect", List.of("always", "better", "failure"),
            "fail_over_mac", List.of("none", "active", "follow"),
            "xmit_hash_policy", List.of("layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4", "vlan+srcmac"),
            "lacp_active", List.of("off", "on"),
            "lacp_rate", List.of("slow", "fast"),
            "ad_select", List.of("stable", "bandwidth", "count"));

    private KindWords() {
    }

    /** The word for {@code value} in {@code words}, or {@code otherwise} past them. */
    public static String name(List<String> words, int value, String otherwise) {
        return value >= 0 && value < words.size() ? words.get(value) : otherwise;
    }
}
