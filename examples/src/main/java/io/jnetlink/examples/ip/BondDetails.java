package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.BondAttributes;
import io.jnetlink.route.link.BondData;
import java.net.InetAddress;
import java.util.List;

/**
 * The {@code -d} options of a bond: the rows of {@link BondAttributes} in their order, the
 * enumerated ones by name ({@code UNKNOWN} past ip's words), ports by name (none for ifindex 0),
 * the targets comma-separated (a JSON array), the 802.3ad aggregator's fields, and
 * {@code arp_validate none} as a JSON null, as ip writes it.
 */
final class BondDetails {
    private static final String[] MODES = {"balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad",
        "balance-tlb", "balance-alb"};
    private static final String[] ARP_VALIDATE = {"none", "active", "backup", "all", "filter", "filter_active",
        "filter_backup"};

    private BondDetails() {
    }

    /** The options of {@code bond}; port names come from {@code links}. */
    static void write(DetailSink out, BondData bond, LinkFormatter links) {
        AttributeFields fields = new AttributeFields()
                .custom(BondAttributes.ACTIVE_SLAVE, (o, d, index, all) -> port(o, d, index, links))
                .custom(BondAttributes.PRIMARY, (o, d, index, all) -> port(o, d, index, links))
                .custom(BondAttributes.ARP_IP_TARGET, BondDetails::targets)
                .custom(BondAttributes.NS_IP6_TARGET, BondDetails::targets)
                .custom(BondAttributes.ARP_VALIDATE, (o, d, value, all) -> {
                    String name = name(ARP_VALIDATE, value);
                    o.field(d.text() + " " + name + " ", d.json(), value == 0 ? DetailSink.JSON_NULL : name);
                })
                .custom(BondAttributes.AD_INFO, (o, d, info, all) -> o.object(d.json(),
                        () -> new AttributeFields().writeAll(o, info)));
        named(fields, BondAttributes.MODE, MODES);
        named(fields, BondAttributes.ARP_ALL_TARGETS, "any", "all");
        named(fields, BondAttributes.PRIMARY_RESELECT, "always", "better", "failure");
        named(fields, BondAttributes.FAIL_OVER_MAC, "none", "active", "follow");
        named(fields, BondAttributes.XMIT_HASH_POLICY, "layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4",
                "vlan+srcmac");
        named(fields, BondAttributes.AD_LACP_ACTIVE, "off", "on");
        named(fields, BondAttributes.AD_LACP_RATE, "slow", "fast");
        named(fields, BondAttributes.AD_SELECT, "stable", "bandwidth", "count");
        fields.writeAll(out, bond.values());
    }

    /** Registers the writer of an enumerated row: {@code word NAME}. */
    private static void named(AttributeFields fields, Attribute<Integer> row, String... names) {
        fields.custom(row, (o, d, value, all) -> o.string(d.text(), d.json(), name(names, value)));
    }

    private static String name(String[] names, int value) {
        return value >= 0 && value < names.length ? names[value] : "UNKNOWN";
    }

    private static void port(DetailSink out, Display d, int index, LinkFormatter links) {
        if (index != 0) {
            out.string(d.text(), d.json(), links.nameOf(index));
        }
    }

    private static void targets(DetailSink out, Display d, List<InetAddress> targets,
            AttributeValues all) {
        List<String> shown = targets.stream().map(InetFormat::ntop).toList();
        if (!shown.isEmpty()) {
            out.field(d.text() + " " + String.join(",", shown) + " ", d.json(), shown);
        }
    }
}
