package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.RawAttributesBuilder;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.netty.buffer.Unpooled;

/**
 * {@code IFLA_LINKINFO} ({@link LinkInfoAttributes}): the kind of a link with its typed data, and, for a port of a master
 * (a bridge port), the master's kind with the typed port data. A bridge's own
 * {@code ifi_family AF_BRIDGE} message about its port has no {@code IFLA_LINKINFO} but the
 * port's {@code IFLA_BRPORT_*} in {@code IFLA_PROTINFO}; {@link Link#from} presents those here
 * too, as {@code slaveKind "bridge"} with {@link BridgePortData}, so a port reads the same from
 * a dump and from an event.
 *
 * @param kind      {@code IFLA_INFO_KIND}, such as {@code "veth"}; null when the kernel sent none
 * @param data      typed {@code IFLA_INFO_DATA}; {@link RawLinkData} for kinds without a codec;
 *                  null when {@code kind} is null
 * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} (the master's kind, {@code "bridge"}), or null
 * @param slaveData typed {@code IFLA_INFO_SLAVE_DATA} ({@link BridgePortData} for a bridge port),
 *                  {@link RawLinkData} when untyped, null when absent
 * @param unknown   the other members of the nest ({@code IFLA_INFO_XSTATS}), as received
 */
public record LinkInfo(String kind, LinkData data, String slaveKind, LinkData slaveData, RawAttributes unknown) {
    /**
     * {@code IFLA_LINKINFO} as an attribute value: the data decoded by the kind's
     * {@link LinkKindCodec} once the kind is known (the kernel may send the kind after the data).
     */
    public static final ValueType<LinkInfo> TYPE = ValueType.of(LinkInfo.class, LinkInfo::decode, LinkInfo::encode);

    /** A cursor over nothing, per thread, for kinds whose links carry no data. */
    private static final int KIND = LinkInfoAttributes.KIND.type();
    private static final int DATA = LinkInfoAttributes.DATA.type();
    private static final int SLAVE_KIND = LinkInfoAttributes.SLAVE_KIND.type();
    private static final int SLAVE_DATA = LinkInfoAttributes.SLAVE_DATA.type();

    private static final ThreadLocal<AttributeCursor> EMPTY = ThreadLocal.withInitial(AttributeCursor::new);

    /**
     * Normalises null attributes to {@link RawAttributes#EMPTY}.
     *
     * @param kind      {@code IFLA_INFO_KIND}, such as {@code "veth"}; null when the kernel sent none
     * @param data      typed {@code IFLA_INFO_DATA}; {@link RawLinkData} for kinds without a codec;
     *                  null when {@code kind} is null
     * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} (the master's kind, {@code "bridge"}), or null
     * @param slaveData typed {@code IFLA_INFO_SLAVE_DATA} ({@link BridgePortData} for a bridge port),
     *                  {@link RawLinkData} when untyped, null when absent
     * @param unknown   the other members of the nest ({@code IFLA_INFO_XSTATS}), as received
     */
    public LinkInfo {
        unknown = unknown == null ? RawAttributes.EMPTY : unknown;
    }

    /**
     * The info of a link of {@code kind} with {@code data}, as a request sends it.
     *
     * @param data the kind's options; its {@link LinkData#kind()} is the kind
     * @return the info
     */
    public static LinkInfo of(LinkData data) {
        return new LinkInfo(data.kind(), data, null, null, RawAttributes.EMPTY);
    }

    private static LinkInfo decode(AttributeCursor linkInfo) {
        // Two passes: the data can only be decoded once its kind is known.
        String kind = null;
        String slaveKind = null;
        AttributeCursor nested = linkInfo.nested();
        while (nested.next()) {
            if (nested.type() == KIND) {
                kind = nested.string(LinkKinds.knownKinds());
            } else if (nested.type() == SLAVE_KIND) {
                slaveKind = nested.string(LinkKinds.knownKinds());
            }
        }
        LinkData data = null;
        LinkData slaveData = null;
        RawAttributesBuilder others = null;
        nested = linkInfo.nested();
        while (nested.next()) {
            int type = nested.type();
            if (type == DATA && kind != null) {
                data = LinkKinds.decode(kind, nested);
            } else if (type == SLAVE_DATA && slaveKind != null) {
                slaveData = LinkKinds.decodeSlave(slaveKind, nested);
            } else if (type != KIND && type != SLAVE_KIND) {
                others = others == null ? new RawAttributesBuilder() : others;
                others.add(nested);
            }
        }
        if (kind != null && data == null) {
            data = LinkKinds.decodeWithoutData(kind, EMPTY.get().wrap(Unpooled.EMPTY_BUFFER, 0, 0));
        }
        return new LinkInfo(kind, data, slaveKind, slaveData, others == null ? RawAttributes.EMPTY : others.build());
    }

    /** Kind (without a NUL, as iproute2 writes it), then the data; an empty data nest is left out. */
    private static void encode(MessageWriter w, int type, LinkInfo info) {
        // Encode the data first: a codec that refuses its data must do so before anything is written.
        byte[] data = info.data() == null ? new byte[0] : LinkKinds.encodeToBytes(info.data());
        byte[] slaveData = info.slaveData() == null ? new byte[0] : LinkKinds.encodeSlaveToBytes(info.slaveData());
        int nest = w.beginNested(type);
        if (info.kind() != null) {
            w.attrStringNoNul(KIND, info.kind());
        }
        nested(w, DATA, data);
        if (info.slaveKind() != null) {
            w.attrStringNoNul(SLAVE_KIND, info.slaveKind());
        }
        // ip link set ... type bridge_slave sends the port's kind as the kind and the options as slave data.
        nested(w, SLAVE_DATA, slaveData);
        w.endNested(nest);
    }

    private static void nested(MessageWriter w, int type, byte[] attributes) {
        if (attributes.length > 0) {
            int nest = w.beginNested(type);
            LinkKinds.writeRaw(attributes, w);
            w.endNested(nest);
        }
    }
}
