package io.jnetlink.core.attr;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import java.net.InetAddress;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one attribute's value sits on the wire, and the Java type it is read as. The constants cover
 * the kernel's scalar types; a structure of its own (a bridge id, a port range) implements this
 * interface once, beside its record. Every {@code decode} checks the value's length through the
 * cursor, so malformed bytes raise {@link io.jnetlink.core.NetlinkParseException}.
 *
 * @param <T> the Java type of the value
 */
public interface ValueType<T> {
    /** {@code u8}, read as an {@link Integer} 0 to 255. */
    ValueType<Integer> U8 = of(Integer.class, AttributeCursor::u8, (w, t, v) -> w.attrU8(t, v));
    /** {@code u16} in host order. */
    ValueType<Integer> U16 = of(Integer.class, AttributeCursor::u16, (w, t, v) -> w.attrU16(t, v));
    /** {@code u16} in network order ({@code __be16}: ports, ethertypes). */
    ValueType<Integer> U16_BE = of(Integer.class, AttributeCursor::u16Network, (w, t, v) -> w.attrU16Network(t, v));
    /** {@code u32} or {@code s32} in host order, as the 32 bits of an {@link Integer}. */
    ValueType<Integer> U32 = of(Integer.class, AttributeCursor::s32, (w, t, v) -> w.attrU32(t, v));
    /** {@code u32} in host order whose values may pass 2<sup>31</sup> (tables, priorities, VNIs): a {@link Long}. */
    ValueType<Long> U32_LONG = of(Long.class, AttributeCursor::u32, (w, t, v) -> w.attrU32(t, (int) (long) v));
    /** {@code u32} in network order ({@code __be32}). */
    ValueType<Long> U32_BE = of(Long.class, AttributeCursor::u32Network, (w, t, v) -> w.attrU32Network(t, (int) (long) v));
    /** {@code u64} in host order (bit pattern of a {@link Long}). */
    ValueType<Long> U64 = of(Long.class, AttributeCursor::u64, (w, t, v) -> w.attrU64(t, v));
    /** A {@code u8} that is 0 or not: false or true. */
    ValueType<Boolean> BOOL = of(Boolean.class, a -> a.u8() != 0, (w, t, v) -> w.attrU8(t, v ? 1 : 0));
    /** An attribute without a value whose presence means true ({@code NLA_FLAG}); false writes nothing. */
    ValueType<Boolean> FLAG = of(Boolean.class, a -> Boolean.TRUE, (w, t, v) -> {
        if (v) {
            w.attrFlag(t);
        }
    });
    /** A NUL-terminated string ({@code NLA_NUL_STRING} / {@code NLA_STRING}). */
    ValueType<String> STRING = of(String.class, AttributeCursor::string, (w, t, v) -> w.attrString(t, v));
    /** A link-layer address of any length (6 bytes for Ethernet). */
    ValueType<MacAddress> MAC = of(MacAddress.class, AttributeCursor::mac, (w, t, v) -> w.attrMac(t, v));
    /** An IPv4 or IPv6 address, told apart by length (4 or 16 bytes). */
    ValueType<InetAddress> ADDRESS = of(InetAddress.class, AttributeCursor::inetAddress, (w, t, v) -> w.attrAddress(t, v));
    /** Bytes taken as they are ({@code NLA_BINARY}); the array is a copy. */
    ValueType<byte[]> BINARY = of(byte[].class, AttributeCursor::bytes, (w, t, v) -> w.attrBytes(t, v));
    /** A nested set this library keeps unparsed: its attributes, lossless and re-encodable. */
    ValueType<RawAttributes> NESTED_RAW = of(RawAttributes.class, a -> RawAttributes.of(a.bytes()),
            (w, t, v) -> w.attrBytes(t, v.toByteArray()));

    /**
     * A structure of {@code count} host-order {@code u32} members ({@code struct ifa_cacheinfo},
     * {@code struct nda_cacheinfo}), each read as a {@code long} from 0 to 2<sup>32</sup>-1 and
     * handed to {@code read} in the structure's order; {@code write} gives them back for a request
     * (only the low 32 bits of each are sent). A value shorter than the structure is malformed;
     * bytes after it (members a newer kernel appended) are ignored.
     *
     * @param <T>      the Java type
     * @param javaType the Java type's class
     * @param count    the number of {@code u32} members, at least 1
     * @param read     makes the value from the members; the array is the caller's to keep
     * @param write    the members of a value, {@code count} of them
     * @return the value type
     */
    static <T> ValueType<T> u32Struct(Class<T> javaType, int count, Function<long[], T> read,
            Function<? super T, long[]> write) {
        if (count < 1) {
            throw new IllegalArgumentException("a structure has at least one member: " + count);
        }
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
        int size = count * Integer.BYTES;
        return of(javaType, a -> {
            if (a.valueLength() < size) {
                throw new NetlinkParseException(a.offset(), "attribute " + a.type() + " has " + a.valueLength()
                        + " bytes, its structure " + size);
            }
            long[] members = new long[count];
            for (int i = 0; i < count; i++) {
                members[i] = HostOrder.s32(a.buffer(), a.valueOffset() + i * Integer.BYTES) & 0xffffffffL;
            }
            return read.apply(members);
        }, (w, t, v) -> {
            long[] members = write.apply(v);
            if (members.length != count) {
                throw new IllegalArgumentException(members.length + " members given for a structure of " + count);
            }
            // A struct-valued attribute: the nest's length back-patching sizes it just as well.
            int token = w.beginNested(t);
            for (long member : members) {
                w.u32((int) member);
            }
            w.endNested(token);
        });
    }

    /** {@return the Java type values are read as} */
    Class<T> javaType();

    /**
     * Reads the value of the attribute under {@code attribute}.
     *
     * @param attribute a cursor on the attribute
     * @return the value, never null
     */
    T decode(AttributeCursor attribute);

    /**
     * Appends attribute {@code type} holding {@code value}.
     *
     * @param writer where the attribute goes
     * @param type   the attribute's type number
     * @param value  the value, not null
     */
    void encode(MessageWriter writer, int type, T value);

    /**
     * A value type made of a reader and a writer.
     *
     * @param <T>      the Java type
     * @param javaType the Java type's class
     * @param reader   reads the value under a cursor
     * @param writer   writes the attribute
     * @return the value type
     */
    static <T> ValueType<T> of(Class<T> javaType, Reader<T> reader, Writer<T> writer) {
        return new ValueType<>() {
            @Override
            public Class<T> javaType() {
                return javaType;
            }

            @Override
            public T decode(AttributeCursor attribute) {
                return reader.read(attribute);
            }

            @Override
            public void encode(MessageWriter w, int type, T value) {
                writer.write(w, type, value);
            }
        };
    }

    /**
     * Reads a value under a cursor.
     *
     * @param <T> the Java type
     */
    @FunctionalInterface
    interface Reader<T> {
        /**
         * Reads the value.
         *
         * @param attribute a cursor on the attribute
         * @return the value
         */
        T read(AttributeCursor attribute);
    }

    /**
     * Writes a value as an attribute.
     *
     * @param <T> the Java type
     */
    @FunctionalInterface
    interface Writer<T> {
        /**
         * Writes the attribute.
         *
         * @param writer the message being written
         * @param type   the attribute's type number
         * @param value  the value
         */
        void write(MessageWriter writer, int type, T value);
    }
}
