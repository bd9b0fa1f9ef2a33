package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.examples.ip.link.KindWords;
import io.jnetlink.route.link.BondAttributes;
import io.jnetlink.route.link.BondData;
import io.jnetlink.route.link.BondSlaveAttributes;
import io.jnetlink.route.link.BondSlaveData;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -d} options of a bond: the rows of {@link BondAttributes} in their order, the
 * enumerated ones by name ({@code UNKNOWN} past ip's words), ports by name (none for ifindex 0),
 * the targets comma-separated (a JSON array), the 802.3ad aggregator's fields, and
 * {@code arp_validate none} as a JSON null, as ip writes it; and the options of a bond's ports.
 */
final class BondDetails {
    private static final List<String> PORT_STATES = List.of("ACTIVE", "BACKUP");
    private static final List<String> MII_STATUS = List.of("UP", "GOING_DOWN", "DOWN", "GOING_BACK");
    /** The LACP port state bits ({@code LACP_STATE_*}) by name, lowest bit first. */
    private static final String[] LACP_STATES = {"active", "short_timeout", "aggregating", "in_sync", "collecting",
        "distributing", "defaulted", "expired"};

    /** A bond port's fields: states by name (by number past ip's names), LACP port states as words. */
    private static final AttributeFields PORT_FIELDS = new AttributeFields()
            .custom(BondSlaveAttributes.STATE, (o, d, state, all) -> indexed(o, d, PORT_STATES, state))
            .custom(BondSlaveAttributes.MII_STATUS, (o, d, status, all) -> indexed(o, d, MII_STATUS, status))
            .custom(BondSlaveAttributes.LINK_FAILURE_COUNT, (o, d, count, all) -> o.number(d.text(), d.json(), count))
            .custom(BondSlaveAttributes.PRIO, (o, d, prio, all) -> o.number(d.text(), d.json(), prio))
            .custom(BondSlaveAttributes.AD_ACTOR_OPER_PORT_STATE, BondDetails::lacpState)
            // ip reads the partner's u16 as a u8.
            .custom(BondSlaveAttributes.AD_PARTNER_OPER_PORT_STATE,
                    (o, d, state, all) -> lacpState(o, d, state & 0xff, all));

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
                    String name = KindWords.name(KindWords.BOND.get("arp_validate"), value, "UNKNOWN");
                    o.field(d.text() + " " + name + " ", d.json(), value == 0 ? DetailSink.JSON_NULL : name);
                })
                .custom(BondAttributes.AD_INFO, (o, d, info, all) -> o.object(d.json(),
                        () -> new AttributeFields().writeAll(o, info)));
        named(fields, BondAttributes.MODE, "mode");
        named(fields, BondAttributes.ARP_ALL_TARGETS, "arp_all_targets");
        named(fields, BondAttributes.PRIMARY_RESELECT, "primary_reselect");
        named(fields, BondAttributes.FAIL_OVER_MAC, "fail_over_mac");
        named(fields, BondAttributes.XMIT_HASH_POLICY, "xmit_hash_policy");
        named(fields, BondAttributes.AD_LACP_ACTIVE, "lacp_active");
        named(fields, BondAttributes.AD_LACP_RATE, "lacp_rate");
        named(fields, BondAttributes.AD_SELECT, "ad_select");
        fields.writeAll(out, bond.values());
    }

    /** The options of bond port {@code port}. */
    static void port(DetailSink out, BondSlaveData port) {
        PORT_FIELDS.writeAll(out, port.values());
    }

    /** {@code word NAME} (a JSON string under the row's key), or {@code word N} under {@code KEY_index} past the names. */
    private static void indexed(DetailSink out, Display d, List<String> names, int value) {
        if (value < names.size()) {
            out.string(d.text(), d.json(), names.get(value));
        } else {
            out.number(d.text(), d.json() + "_index", value);
        }
    }

    /**
     * {@code word N KEY_str <name,...> }: the number, then the names of its bits under
     * {@code KEY_str}, which ip writes in the text too (a JSON array).
     */
    private static void lacpState(DetailSink out, Display d, int state, AttributeValues all) {
        out.number(d.text(), d.json(), state);
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < LACP_STATES.length; bit++) {
            if ((state & (1 << bit)) != 0) {
                names.add(LACP_STATES[bit]);
            }
        }
        out.field(d.json() + "_str <" + String.join(",", names) + "> ", d.json() + "_str", names);
    }

    /** Registers the writer of an enumerated row: {@code word NAME}, the names of ip's {@code option}. */
    private static void named(AttributeFields fields, Attribute<Integer> row, String option) {
        fields.custom(row, (o, d, value, all) -> o.string(d.text(), d.json(),
                KindWords.name(KindWords.BOND.get(option), value, "UNKNOWN")));
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
