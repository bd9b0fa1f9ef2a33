package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.U16;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code IFLA_BOND_AD_INFO_*} (linux/if_link.h): the active 802.3ad aggregator of a bond, nested in
 * {@link BondAttributes#AD_INFO}; read-only, in the order {@code ip -d link} prints them. Read with
 * {@code bond.get(BondAttributes.AD_INFO).get(BondAdInfoAttributes.NUM_PORTS)}.
 */
public final class BondAdInfoAttributes {
    /** The {@code IFLA_BOND_AD_INFO_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_BOND_AD_INFO");

    /** The aggregator's id. */
    public static final Attribute<Integer> AGGREGATOR = SET.add(1, "IFLA_BOND_AD_INFO_AGGREGATOR", U16, READ_ONLY,
            NONE, new Display("ad_aggregator", "aggregator", NUMBER));
    /** How many ports it aggregates. */
    public static final Attribute<Integer> NUM_PORTS = SET.add(2, "IFLA_BOND_AD_INFO_NUM_PORTS", U16, READ_ONLY, NONE,
            new Display("ad_num_ports", "num_ports", NUMBER));
    /** Its actor key. */
    public static final Attribute<Integer> ACTOR_KEY = SET.add(3, "IFLA_BOND_AD_INFO_ACTOR_KEY", U16, READ_ONLY, NONE,
            new Display("ad_actor_key", "actor_key", NUMBER));
    /** Its partner's key. */
    public static final Attribute<Integer> PARTNER_KEY = SET.add(4, "IFLA_BOND_AD_INFO_PARTNER_KEY", U16, READ_ONLY,
            NONE, new Display("ad_partner_key", "partner_key", NUMBER));
    /** Its partner's system MAC address. */
    public static final Attribute<MacAddress> PARTNER_MAC = SET.add(5, "IFLA_BOND_AD_INFO_PARTNER_MAC", MAC, READ_ONLY,
            NONE, new Display("ad_partner_mac", "partner_mac", STRING));

    private BondAdInfoAttributes() {
    }
}
