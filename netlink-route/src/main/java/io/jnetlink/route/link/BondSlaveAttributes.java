package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code IFLA_BOND_SLAVE_*} (linux/if_link.h): a bond port's state and options, in the
 * {@code IFLA_INFO_SLAVE_DATA} of a link whose master is a bond. One row per attribute, in the order
 * {@code ip -d link} prints them, then those iproute2 6.1 does not print; complete against the uapi
 * header of kernel 6.18. Read with {@link BondSlaveData#get(Attribute)}; a request sets the writable
 * ones with {@link BondSlaveData#with(Attribute, Object)} and {@code LinkRequest.withSlaveData}.
 */
public final class BondSlaveAttributes {
    /** The {@code IFLA_BOND_SLAVE_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_BOND_SLAVE");

    /** 0: the port is active, 1: backup; ip prints {@code ACTIVE} or {@code BACKUP}. */
    public static final Attribute<Integer> STATE = SET.add(1, "IFLA_BOND_SLAVE_STATE", U8, READ_ONLY, NONE,
            as("state", CUSTOM));
    /** The port's MII link state ({@code BOND_LINK_*}); ip prints {@code UP}, {@code DOWN}, ... */
    public static final Attribute<Integer> MII_STATUS = SET.add(2, "IFLA_BOND_SLAVE_MII_STATUS", U8, READ_ONLY, NONE,
            as("mii_status", CUSTOM));
    /** How often the port's link failed. */
    public static final Attribute<Integer> LINK_FAILURE_COUNT = SET.add(3, "IFLA_BOND_SLAVE_LINK_FAILURE_COUNT", U32,
            READ_ONLY, NONE, as("link_failure_count", NUMBER));
    /** The port's own MAC address, from before it joined the bond. */
    public static final Attribute<MacAddress> PERM_HWADDR = SET.add(4, "IFLA_BOND_SLAVE_PERM_HWADDR", MAC, READ_ONLY,
            NONE, as("perm_hwaddr", STRING));
    /** The transmit queue the port is picked for. */
    public static final Attribute<Integer> QUEUE_ID = SET.add(5, "IFLA_BOND_SLAVE_QUEUE_ID", U16, READ_WRITE, NONE,
            as("queue_id", NUMBER));
    /** The port's priority for becoming active (a signed number; kernel 6.0 on). */
    public static final Attribute<Integer> PRIO = SET.add(9, "IFLA_BOND_SLAVE_PRIO", U32, READ_WRITE, NONE,
            as("prio", NUMBER));
    /** The port's aggregator (802.3ad). */
    public static final Attribute<Integer> AD_AGGREGATOR_ID = SET.add(6, "IFLA_BOND_SLAVE_AD_AGGREGATOR_ID", U16,
            READ_ONLY, NONE, as("ad_aggregator_id", NUMBER));
    /** The actor's operational port state bits (802.3ad). */
    public static final Attribute<Integer> AD_ACTOR_OPER_PORT_STATE = SET.add(7,
            "IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE", U8, READ_ONLY, NONE,
            as("ad_actor_oper_port_state", CUSTOM));
    /** The partner's operational port state bits (802.3ad). */
    public static final Attribute<Integer> AD_PARTNER_OPER_PORT_STATE = SET.add(8,
            "IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE", U16, READ_ONLY, NONE,
            as("ad_partner_oper_port_state", CUSTOM));
    /** The port's LACP port priority (802.3ad; kernel 6.17 on). */
    public static final Attribute<Integer> ACTOR_PORT_PRIO = SET.add(10, "IFLA_BOND_SLAVE_ACTOR_PORT_PRIO", U16,
            READ_WRITE, NONE, Display.NONE);
    /** The actor's churn machine state (802.3ad). */
    public static final Attribute<Integer> AD_CHURN_ACTOR_STATE = SET.add(11, "IFLA_BOND_SLAVE_AD_CHURN_ACTOR_STATE",
            U8, READ_ONLY, NONE, Display.NONE);
    /** The partner's churn machine state (802.3ad). */
    public static final Attribute<Integer> AD_CHURN_PARTNER_STATE = SET.add(12,
            "IFLA_BOND_SLAVE_AD_CHURN_PARTNER_STATE", U8, READ_ONLY, NONE, Display.NONE);

    private BondSlaveAttributes() {
    }
}
