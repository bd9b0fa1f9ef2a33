package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributesBuilder;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code IFLA_MACVLAN_*} attributes shared by {@code macvlan} and {@code macvtap} (the tap
 * driver reuses the macvlan netlink code): the base of {@link MacvlanCodec} and
 * {@link MacvtapCodec}, and sealed to those two. Attributes are written in type order, read-only
 * ones skipped.
 */
public abstract sealed class MacvlanFamilyCodec implements LinkKindCodec<MacvlanData>
        permits MacvlanCodec, MacvtapCodec {
    /** {@code IFLA_MACVLAN_MODE}: see {@link MacvlanData#mode()}. */
    public static final int IFLA_MACVLAN_MODE = 1;
    /** {@code IFLA_MACVLAN_FLAGS}: see {@link MacvlanData#flags()}. */
    public static final int IFLA_MACVLAN_FLAGS = 2;
    /** {@code IFLA_MACVLAN_MACADDR_MODE}: request-only u32: how the source address list changes ({@code MACVLAN_MACADDR_*}). */
    public static final int IFLA_MACVLAN_MACADDR_MODE = 3;
    /** {@code IFLA_MACVLAN_MACADDR}: request-only: one source MAC address to add or delete (mode source). */
    public static final int IFLA_MACVLAN_MACADDR = 4;
    /** {@code IFLA_MACVLAN_MACADDR_DATA}: see {@link MacvlanData#macaddrs()}. */
    public static final int IFLA_MACVLAN_MACADDR_DATA = 5;
    /** {@code IFLA_MACVLAN_MACADDR_COUNT}: see {@link MacvlanData#macaddrCount()}. */
    public static final int IFLA_MACVLAN_MACADDR_COUNT = 6;
    /** {@code IFLA_MACVLAN_BC_QUEUE_LEN}: see {@link MacvlanData#bcQueueLen()}. */
    public static final int IFLA_MACVLAN_BC_QUEUE_LEN = 7;
    /** {@code IFLA_MACVLAN_BC_QUEUE_LEN_USED}: see {@link MacvlanData#bcQueueLenUsed()}. */
    public static final int IFLA_MACVLAN_BC_QUEUE_LEN_USED = 8;
    /** {@code MACVLAN_MACADDR_SET}: replace the source address list with the one sent. */
    public static final int MACVLAN_MACADDR_SET = 3;

    private final String kind;

    /** The codec of {@code kind}, {@code "macvlan"} or {@code "macvtap"}. */
    MacvlanFamilyCodec(String kind) {
        this.kind = kind;
    }

    /** {@code "macvlan"} or {@code "macvtap"}. */
    @Override
    public String kind() {
        return kind;
    }

    /** {@link MacvlanData}. */
    @Override
    public Class<MacvlanData> dataType() {
        return MacvlanData.class;
    }

    /**
     * Decodes {@code IFLA_MACVLAN_*}; attributes this version does not know are kept raw.
     *
     * @param a a cursor over the nested attributes, before the first; valid only during the call
     * @return the link's macvlan settings; never null
     */
    @Override
    public MacvlanData decode(AttributeCursor a) {
        Integer mode = null;
        Integer flags = null;
        Integer count = null;
        List<MacAddress> macs = null;
        Integer bcQueueLen = null;
        Integer bcQueueLenUsed = null;
        RawAttributesBuilder others = new RawAttributesBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_MACVLAN_MODE -> mode = a.s32();
                case IFLA_MACVLAN_FLAGS -> flags = a.u16();
                case IFLA_MACVLAN_MACADDR_COUNT -> count = a.s32();
                case IFLA_MACVLAN_MACADDR_DATA -> macs = macs(a.nested());
                case IFLA_MACVLAN_BC_QUEUE_LEN -> bcQueueLen = a.s32();
                case IFLA_MACVLAN_BC_QUEUE_LEN_USED -> bcQueueLenUsed = a.s32();
                case IFLA_MACVLAN_MACADDR_MODE -> { } // how a request applies MACADDR_DATA; implied by the list
                default -> others.add(a);
            }
        }
        return new MacvlanData(kind, mode, flags, count, macs, bcQueueLen, bcQueueLenUsed, others.build());
    }

    private static List<MacAddress> macs(AttributeCursor a) {
        List<MacAddress> list = new ArrayList<>();
        while (a.next()) {
            if (a.type() == IFLA_MACVLAN_MACADDR) {
                list.add(a.mac());
            }
        }
        return list;
    }

    /**
     * Writes the settable fields that are set; a source-address list goes with
     * {@code MACVLAN_MACADDR_SET} so it replaces the current one.
     *
     * @param d the settings to write; not null
     * @param w where to append the attributes; not null
     */
    @Override
    public void encode(MacvlanData d, MessageWriter w) {
        if (d.mode() != null) {
            w.attrU32(IFLA_MACVLAN_MODE, d.mode());
        }
        if (d.flags() != null) {
            w.attrU16(IFLA_MACVLAN_FLAGS, d.flags());
        }
        if (!d.macaddrs().isEmpty()) {
            w.attrU32(IFLA_MACVLAN_MACADDR_MODE, MACVLAN_MACADDR_SET);
            int nest = w.beginNested(IFLA_MACVLAN_MACADDR_DATA);
            for (MacAddress mac : d.macaddrs()) {
                w.attrMac(IFLA_MACVLAN_MACADDR, mac);
            }
            w.endNested(nest);
        }
        if (d.bcQueueLen() != null) {
            w.attrU32(IFLA_MACVLAN_BC_QUEUE_LEN, d.bcQueueLen());
        }
    }
}
