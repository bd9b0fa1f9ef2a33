package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlAttr;
import io.jnetlink.core.message.NlMsgHdr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of {@link LinkKindCodec}s, loaded once with {@link ServiceLoader} from the class
 * path (the built-in kinds are registered the same way as those of other modules). Decoding a
 * kind without a codec yields {@link RawLinkData}; encoding one is refused.
 */
public final class LinkKinds {
    private LinkKinds() {
    }

    private static final class Holder {
        static final Map<String, LinkKindCodec<?>> CODECS = load();
        static final String[] KINDS = CODECS.keySet().toArray(new String[0]);

        private static Map<String, LinkKindCodec<?>> load() {
            Map<String, LinkKindCodec<?>> codecs = new HashMap<>();
            for (LinkKindCodec<?> codec : ServiceLoader.load(LinkKindCodec.class, LinkKinds.class.getClassLoader())) {
                // The first registration in class-path order wins; a later duplicate is ignored rather than
                // replacing a codec that callers may already have used.
                codecs.putIfAbsent(codec.kind(), codec);
            }
            return Collections.unmodifiableMap(codecs);
        }
    }

    /**
     * The codec registered for {@code kind}, or null.
     *
     * @param kind an {@code IFLA_INFO_KIND} string; not null
     * @return the codec, or null when none is registered
     */
    public static LinkKindCodec<?> codec(String kind) {
        return Holder.CODECS.get(kind);
    }

    /** The kinds that have a codec, as an array a decoder may match a kind against in place. */
    static String[] knownKinds() {
        return Holder.KINDS;
    }

    /** {@return the kinds that have a codec} */
    public static Set<String> kinds() {
        return Holder.CODECS.keySet();
    }

    /**
     * Decodes {@code IFLA_INFO_DATA} of {@code kind}.
     *
     * @param data the cursor positioned on {@code IFLA_INFO_DATA}
     */
    static LinkData decode(String kind, AttributeCursor data) {
        LinkKindCodec<?> codec = codec(kind);
        return codec == null ? new RawLinkData(kind, data.bytes()) : codec.decode(data.nested());
    }

    /**
     * Decodes a link of {@code kind} for which the kernel sent no {@code IFLA_INFO_DATA}: its
     * codec sees {@code empty}, a cursor over no attributes.
     */
    static LinkData decodeWithoutData(String kind, AttributeCursor empty) {
        LinkKindCodec<?> codec = codec(kind);
        return codec == null ? new RawLinkData(kind, new byte[0]) : codec.decode(empty);
    }

    /**
     * Decodes {@code IFLA_INFO_SLAVE_DATA} of a port whose master is of {@code slaveKind}.
     *
     * @param data the cursor positioned on {@code IFLA_INFO_SLAVE_DATA}
     */
    static LinkData decodeSlave(String slaveKind, AttributeCursor data) {
        LinkKindCodec<?> codec = codec(slaveKind);
        LinkData typed = codec == null ? null : codec.decodeSlave(data.nested());
        return typed != null ? typed : new RawLinkData(slaveKind, data.bytes());
    }

    /**
     * Writes {@code data} inside {@code IFLA_INFO_DATA} with its kind's codec; {@link RawLinkData}
     * is written back attribute by attribute as it was read.
     *
     * @throws IllegalArgumentException when no codec is registered for the data's kind or the
     *                                  codec does not accept the data's type
     */
    static void encode(LinkData data, MessageWriter writer) {
        if (data instanceof RawLinkData raw) {
            writeRaw(raw.attributes(), writer);
            return;
        }
        LinkKindCodec<?> codec = codec(data.kind());
        if (codec == null) {
            throw new IllegalArgumentException("no LinkKindCodec registered for kind \"" + data.kind() + "\"");
        }
        encodeWith(codec, data, writer);
    }

    private static <D extends LinkData> void encodeWith(LinkKindCodec<D> codec, LinkData data, MessageWriter writer) {
        if (!codec.dataType().isInstance(data)) {
            throw new IllegalArgumentException("the " + codec.kind() + " codec takes "
                    + codec.dataType().getSimpleName() + ", not " + data.getClass().getSimpleName());
        }
        codec.encode(codec.dataType().cast(data), writer);
    }

    /** Writes back a run of attributes as they were read. */
    /** The attributes {@code data}'s codec writes inside {@code IFLA_INFO_DATA}, as bytes (empty: leave the nest out). */
    static byte[] encodeToBytes(LinkData data) {
        return bytes(w -> encode(data, w));
    }

    /** The attributes of port options ({@code IFLA_INFO_SLAVE_DATA}), as bytes. */
    static byte[] encodeSlaveToBytes(LinkData slaveData) {
        return bytes(w -> {
            if (slaveData instanceof RawLinkData raw) {
                writeRaw(raw.attributes(), w);
            } else if (slaveData instanceof AttributeRecord<?> record) {
                record.values().encode(w);
            } else {
                throw new IllegalArgumentException("cannot encode port data " + slaveData.getClass().getSimpleName());
            }
        });
    }

    private static byte[] bytes(java.util.function.Consumer<MessageWriter> write) {
        try (MessageWriter scratch = new MessageWriter(256)) {
            scratch.begin(0, 0);
            write.accept(scratch);
            ByteBuf buf = scratch.finish();
            byte[] bytes = new byte[buf.writerIndex() - NlMsgHdr.SIZE];
            buf.getBytes(NlMsgHdr.SIZE, bytes);
            return bytes;
        }
    }

    static void writeRaw(byte[] attributes, MessageWriter writer) {
        AttributeCursor a = new AttributeCursor().wrap(Unpooled.wrappedBuffer(attributes), 0, attributes.length);
        while (a.next()) {
            writer.attrBytes(rawType(a), a.bytes());
        }
    }

    /** The current attribute's type with the flags it was sent with, to write it back unchanged. */
    private static int rawType(AttributeCursor a) {
        return a.type() | (a.isNestedFlagSet() ? NlAttr.NLA_F_NESTED : 0)
                | (a.isNetByteOrder() ? NlAttr.NLA_F_NET_BYTEORDER : 0);
    }
}
