package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributesBuilder;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Codec of the {@code tun} kind (tun and tap). Encoding writes every set field in type order so
 * the data round-trips, but the kernel refuses to create tun devices over netlink.
 */
public final class TunCodec implements LinkKindCodec<TunData> {
    /** {@code IFLA_INFO_KIND} of tun and tap devices. */
    public static final String KIND = "tun";
    /** {@code IFLA_TUN_OWNER}: see {@link TunData#owner()}. */
    public static final int IFLA_TUN_OWNER = 1;
    /** {@code IFLA_TUN_GROUP}: see {@link TunData#group()}. */
    public static final int IFLA_TUN_GROUP = 2;
    /** {@code IFLA_TUN_TYPE}: see {@link TunData#type()}. */
    public static final int IFLA_TUN_TYPE = 3;
    /** {@code IFLA_TUN_PI}: see {@link TunData#pi()}. */
    public static final int IFLA_TUN_PI = 4;
    /** {@code IFLA_TUN_VNET_HDR}: see {@link TunData#vnetHdr()}. */
    public static final int IFLA_TUN_VNET_HDR = 5;
    /** {@code IFLA_TUN_PERSIST}: see {@link TunData#persist()}. */
    public static final int IFLA_TUN_PERSIST = 6;
    /** {@code IFLA_TUN_MULTI_QUEUE}: see {@link TunData#multiQueue()}. */
    public static final int IFLA_TUN_MULTI_QUEUE = 7;
    /** {@code IFLA_TUN_NUM_QUEUES}: see {@link TunData#numQueues()}. */
    public static final int IFLA_TUN_NUM_QUEUES = 8;
    /** {@code IFLA_TUN_NUM_DISABLED_QUEUES}: see {@link TunData#numDisabledQueues()}. */
    public static final int IFLA_TUN_NUM_DISABLED_QUEUES = 9;

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public TunCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link TunData}. */
    @Override
    public Class<TunData> dataType() {
        return TunData.class;
    }

    /** Decodes {@code IFLA_TUN_*}. */
    @Override
    public TunData decode(AttributeCursor a) {
        Integer owner = null;
        Integer group = null;
        Integer type = null;
        Boolean pi = null;
        Boolean vnetHdr = null;
        Boolean persist = null;
        Boolean multiQueue = null;
        Integer numQueues = null;
        Integer numDisabled = null;
        RawAttributesBuilder others = new RawAttributesBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_TUN_OWNER -> owner = a.s32();
                case IFLA_TUN_GROUP -> group = a.s32();
                case IFLA_TUN_TYPE -> type = a.u8();
                case IFLA_TUN_PI -> pi = a.u8() != 0;
                case IFLA_TUN_VNET_HDR -> vnetHdr = a.u8() != 0;
                case IFLA_TUN_PERSIST -> persist = a.u8() != 0;
                case IFLA_TUN_MULTI_QUEUE -> multiQueue = a.u8() != 0;
                case IFLA_TUN_NUM_QUEUES -> numQueues = a.s32();
                case IFLA_TUN_NUM_DISABLED_QUEUES -> numDisabled = a.s32();
                default -> others.add(a);
            }
        }
        return new TunData(owner, group, type, pi, vnetHdr, persist, multiQueue, numQueues, numDisabled,
                others.build());
    }

    /** Writes the fields that are set. */
    @Override
    public void encode(TunData d, MessageWriter w) {
        if (d.owner() != null) {
            w.attrU32(IFLA_TUN_OWNER, d.owner());
        }
        if (d.group() != null) {
            w.attrU32(IFLA_TUN_GROUP, d.group());
        }
        if (d.type() != null) {
            w.attrU8(IFLA_TUN_TYPE, d.type());
        }
        flag(w, IFLA_TUN_PI, d.pi());
        flag(w, IFLA_TUN_VNET_HDR, d.vnetHdr());
        flag(w, IFLA_TUN_PERSIST, d.persist());
        flag(w, IFLA_TUN_MULTI_QUEUE, d.multiQueue());
        if (d.numQueues() != null) {
            w.attrU32(IFLA_TUN_NUM_QUEUES, d.numQueues());
        }
        if (d.numDisabledQueues() != null) {
            w.attrU32(IFLA_TUN_NUM_DISABLED_QUEUES, d.numDisabledQueues());
        }
    }

    private static void flag(MessageWriter w, int type, Boolean value) {
        if (value != null) {
            w.attrU8(type, value ? 1 : 0);
        }
    }
}
