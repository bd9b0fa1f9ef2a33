package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.PACKETS;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.util.List;
import java.util.Set;

/**
 * {@code IFLA_MACVLAN_*} (linux/if_link.h): the options of a {@code macvlan} or {@code macvtap}
 * link (the tap driver shares macvlan's netlink code), in {@code IFLA_INFO_DATA}. One row per
 * attribute, in the order {@code ip -d link} prints them, then those it does not print; complete
 * against the uapi header of kernel 6.18. Read with {@link MacvlanData#get(Attribute)}, set with
 * {@link MacvlanData#with(Attribute, Object)}.
 */
public final class MacvlanAttributes {
    /** The {@code IFLA_MACVLAN_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_MACVLAN");

    private static final Set<Integer> MODES = Set.of(MacvlanData.MACVLAN_MODE_PRIVATE, MacvlanData.MACVLAN_MODE_VEPA,
            MacvlanData.MACVLAN_MODE_BRIDGE, MacvlanData.MACVLAN_MODE_PASSTHRU, MacvlanData.MACVLAN_MODE_SOURCE);
    private static final int IFLA_MACVLAN_MACADDR = 4;

    /** How the link forwards between its siblings: one of the {@code MacvlanData.MACVLAN_MODE_*} values. */
    public static final Attribute<Integer> MODE = SET.add(1, "IFLA_MACVLAN_MODE",
            U32.requiring(MODES::contains, "a MACVLAN_MODE_* value (1, 2, 4, 8 or 16)"), READ_WRITE, NONE,
            as("mode", CUSTOM));
    /**
     * {@code MacvlanData.MACVLAN_FLAG_*} bits; ip prints each bit that is on by its name
     * ({@code nopromisc}, {@code nodst}).
     */
    public static final Attribute<Integer> FLAGS = SET.add(2, "IFLA_MACVLAN_FLAGS", U16, READ_WRITE, NONE,
            new Display(null, null, CUSTOM));
    /** Broadcast queue length asked for (the largest of the lower device's macvlans is used). */
    public static final Attribute<Integer> BC_QUEUE_LEN = SET.add(7, "IFLA_MACVLAN_BC_QUEUE_LEN", U32, READ_WRITE,
            PACKETS, as("bcqueuelen", NUMBER));
    /** Broadcast queue length in use. */
    public static final Attribute<Integer> BC_QUEUE_LEN_USED = SET.add(8, "IFLA_MACVLAN_BC_QUEUE_LEN_USED", U32,
            READ_ONLY, PACKETS, as("usedbcqueuelen", NUMBER));
    /** How many source addresses the link has (mode source); ip prints it in mode source only. */
    public static final Attribute<Integer> MACADDR_COUNT = SET.add(6, "IFLA_MACVLAN_MACADDR_COUNT", U32, READ_ONLY,
            NONE, new Display("remotes", "macaddr_count", CUSTOM));
    /**
     * The source addresses (mode source): a nest of {@code IFLA_MACVLAN_MACADDR}s. A request applies
     * it as {@link #MACADDR_MODE} says ({@code MacvlanData.MACVLAN_MACADDR_SET} to replace the list);
     * the kernel ignores it without one.
     */
    public static final Attribute<List<MacAddress>> MACADDR_DATA = SET.add(5, "IFLA_MACVLAN_MACADDR_DATA",
            ValueType.listOf(IFLA_MACVLAN_MACADDR, MAC), READ_WRITE, NONE, new Display(null, "macaddr_data", CUSTOM));
    /**
     * A command: how {@link #MACADDR} or {@link #MACADDR_DATA} changes the source addresses, one of
     * {@code MacvlanData.MACVLAN_MACADDR_*} (add, delete, flush, set).
     */
    public static final Attribute<Integer> MACADDR_MODE = SET.add(3, "IFLA_MACVLAN_MACADDR_MODE",
            ValueType.range(U32, MacvlanData.MACVLAN_MACADDR_ADD, MacvlanData.MACVLAN_MACADDR_SET), WRITE_ONLY, NONE,
            Display.NONE);
    /** A command: the one source address that {@link #MACADDR_MODE} add or delete applies to. */
    public static final Attribute<MacAddress> MACADDR = SET.add(IFLA_MACVLAN_MACADDR, "IFLA_MACVLAN_MACADDR", MAC,
            WRITE_ONLY, NONE, Display.NONE);
    /**
     * Broadcast cutoff, a signed count: above how many macvlans on the lower device broadcasts are
     * no longer queued to each (kernel 6.4 and later; iproute2 from 6.4 calls it {@code bclim},
     * 6.1 does not print it).
     */
    public static final Attribute<Integer> BC_CUTOFF = SET.add(9, "IFLA_MACVLAN_BC_CUTOFF", U32, READ_WRITE, NONE,
            Display.NONE);

    private MacvlanAttributes() {
    }
}
