package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.ON_OFF;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;

/**
 * {@code IFLA_TUN_*} (linux/if_link.h): the options of a {@code tun} link (tun or tap), in
 * {@code IFLA_INFO_DATA}. Such devices are made with the {@code TUNSETIFF} ioctl on
 * {@code /dev/net/tun} (the kernel refuses {@code RTM_NEWLINK} for them), so every row is
 * read-only. One row per attribute, in the order {@code ip -d link} prints them; complete against
 * the kernel's {@code rt-link.yaml} ({@code linkinfo-tun-attrs}). Read with
 * {@link TunData#get(Attribute)}.
 */
public final class TunAttributes {
    /** The {@code IFLA_TUN_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_TUN");

    /** {@link TunData#IFF_TUN} or {@link TunData#IFF_TAP}. */
    public static final Attribute<Integer> TYPE = SET.add(3, "IFLA_TUN_TYPE", U8, READ_ONLY, NONE, as("type", CUSTOM));
    /** Packets carry a {@code struct tun_pi} header. */
    public static final Attribute<Boolean> PI = SET.add(4, "IFLA_TUN_PI", BOOL, READ_ONLY, NONE, as("pi", ON_OFF));
    /** Packets carry a {@code struct virtio_net_hdr}. */
    public static final Attribute<Boolean> VNET_HDR = SET.add(5, "IFLA_TUN_VNET_HDR", BOOL, READ_ONLY, NONE,
            as("vnet_hdr", ON_OFF));
    /** One queue per attached file descriptor; the text names it only when on, the JSON always. */
    public static final Attribute<Boolean> MULTI_QUEUE = SET.add(7, "IFLA_TUN_MULTI_QUEUE", BOOL, READ_ONLY, NONE,
            as("multi_queue", CUSTOM));
    /** Attached queues (sent for multi-queue devices). */
    public static final Attribute<Integer> NUM_QUEUES = SET.add(8, "IFLA_TUN_NUM_QUEUES", U32, READ_ONLY, NONE,
            as("numqueues", CUSTOM));
    /** Attached but disabled queues (sent for multi-queue devices). */
    public static final Attribute<Integer> NUM_DISABLED_QUEUES = SET.add(9, "IFLA_TUN_NUM_DISABLED_QUEUES", U32,
            READ_ONLY, NONE, as("numdisabled", CUSTOM));
    /** The device outlives the file descriptors attached to it. */
    public static final Attribute<Boolean> PERSIST = SET.add(6, "IFLA_TUN_PERSIST", BOOL, READ_ONLY, NONE,
            as("persist", ON_OFF));
    /** The uid allowed to attach (absent when anyone may); ip prints the account's name. */
    public static final Attribute<Integer> OWNER = SET.add(1, "IFLA_TUN_OWNER", U32, READ_ONLY, NONE,
            as("user", CUSTOM));
    /** The gid allowed to attach (absent when any may); ip prints the group's name. */
    public static final Attribute<Integer> GROUP = SET.add(2, "IFLA_TUN_GROUP", U32, READ_ONLY, NONE,
            as("group", CUSTOM));

    private TunAttributes() {
    }
}
