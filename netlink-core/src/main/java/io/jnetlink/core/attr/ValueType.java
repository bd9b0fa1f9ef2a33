package io.jnetlink.core.attr;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * How one attribute's value sits on the wire, and the Java type it is read as. The constants cover
 * the kernel's scalar types; a structure of its own (a bridge id, a port range) implements this
 * interface once, beside its record. Every {@code decode} checks the value's length through the
 * cursor, so malformed bytes raise {@link io.jnetlink.core.NetlinkParseException}.
 *
 * <p>A request's values are checked when they are set ({@link #check}): the unsigned types refuse
 * what does not fit their width, and {@link #requiring} narrows a type to what the kernel accepts
 * (a VNI's 24 bits, a VLAN id's 12), so a bad value is an {@link IllegalArgumentException} before
 * anything is sent rather than a truncated value on the wire.
 *
 * @param <T> the Java type of the value
 */
public interface ValueType<T> {
    /** {@code u8}, read as an {@link Integer} 0 to 255; requests take 0 to 255. */
    IntType U8 = new IntType(AttributeCursor::u8, MessageWriter::attrU8).requiring(v -> v >= 0 && v <= 0xff,
            "0 to 255");
    /** {@code u16} in host order; requests take 0 to 65535. */
    IntType U16 = new IntType(AttributeCursor::u16, MessageWriter::attrU16).requiring(v -> v >= 0 && v <= 0xffff,
            "0 to 65535");
    /** {@code u16} in network order ({@code __be16}: ports, ethertypes); requests take 0 to 65535. */
    IntType U16_BE = new IntType(AttributeCursor::u16Network, MessageWriter::attrU16Network)
            .requiring(v -> v >= 0 && v <= 0xffff, "0 to 65535");
    /** {@code u32} or {@code s32} in host order, as the 32 bits of an {@link Integer}. */
    IntType U32 = new IntType(AttributeCursor::s32, MessageWriter::attrU32);
    /**
     * {@code u32} in host order whose values may pass 2<sup>31</sup> (tables, priorities, lifetimes): a
     * {@link Long}; requests take 0 to 2<sup>32</sup>-1.
     */
    ValueType<Long> U32_LONG = range(of(Long.class, AttributeCursor::u32, (w, t, v) -> w.attrU32(t, (int) (long) v)),
            0, 0xffff_ffffL);
    /** {@code u32} in network order ({@code __be32}); requests take 0 to 2<sup>32</sup>-1. */
    ValueType<Long> U32_BE = range(of(Long.class, AttributeCursor::u32Network,
            (w, t, v) -> w.attrU32Network(t, (int) (long) v)), 0, 0xffff_ffffL);
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
    /** A string sent without its NUL ({@code NLA_STRING} as iproute2 writes aliases and kinds); read like {@link #STRING}. */
    ValueType<String> STRING_NO_NUL = of(String.class, AttributeCursor::string, (w, t, v) -> w.attrStringNoNul(t, v));
    /** A link-layer address of any length (6 bytes for Ethernet). */
    ValueType<MacAddress> MAC = of(MacAddress.class, AttributeCursor::mac, (w, t, v) -> w.attrMac(t, v));
    /** An IPv4 or IPv6 address, told apart by length (4 or 16 bytes). */
    ValueType<InetAddress> ADDRESS = of(InetAddress.class, AttributeCursor::inetAddress, (w, t, v) -> w.attrAddress(t, v));
    /** Bytes taken as they are ({@code NLA_BINARY}); the array is a copy. */
    ValueType<byte[]> BINARY = of(byte[].class, AttributeCursor::bytes, (w, t, v) -> w.attrBytes(t, v));
    /**
     * The kernel's variable-width {@code uint} ({@code NLA_UINT}): 4 or 8 bytes read as a {@link Long};
     * written in 4 bytes when the value fits, 8 otherwise.
     */
    ValueType<Long> UINT = of(Long.class, a -> a.valueLength() >= Long.BYTES ? a.u64() : a.u32(), (w, t, v) -> {
        if (v >= 0 && v <= 0xffffffffL) {
            w.attrU32(t, (int) (long) v);
        } else {
            w.attrU64(t, v);
        }
    });
    /** A nested set this library keeps unparsed: its attributes, lossless and re-encodable. */
    ValueType<RawAttributes> NESTED_RAW = of(RawAttributes.class, a -> RawAttributes.wrap(a.bytes()),
            (w, t, v) -> w.attrBytes(t, v.toByteArray()));

    /**
     * A nested attribute whose members are the attributes of {@code set} ({@code RTA_METRICS} holds
     * the {@code RTAX_*} set): read into {@link AttributeValues} of that set, unknown members kept
     * raw; written as the nest of its writable members in ascending type order.
     *
     * @param set the members' set
     * @return the value type
     */
    static ValueType<AttributeValues> nested(AttributeSet set) {
        Objects.requireNonNull(set, "set");
        return of(AttributeValues.class, a -> set.decode(a.nested()), (w, t, v) -> {
            int token = w.beginNested(t);
            set.encode(v, w);
            w.endNested(token);
        });
    }

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
     * Checks a value a request is to carry, when it is set ({@link AttributeValues#with}), and
     * returns what is kept: the value itself, or an unmodifiable copy of a mutable one (a list).
     * The default accepts every value of the Java type.
     *
     * @param attribute the row being set, named in the message
     * @param value     the value, not null
     * @return the value to keep
     * @throws IllegalArgumentException when the kernel could not take the value
     */
    default T check(Attribute<?> attribute, T value) {
        return value;
    }

    /**
     * This type, accepting in requests only the values {@code valid} accepts (and those this type
     * accepts); decoding is unchanged, as the kernel's values are taken as they come.
     *
     * @param valid       true for an acceptable value
     * @param requirement what an acceptable value is, for the message: {@code "0 to 4095"}
     * @return the narrowed type
     */
    default ValueType<T> requiring(Predicate<? super T> valid, String requirement) {
        return of(javaType(), this::decode, this::encode, (attribute, value) -> {
            T kept = check(attribute, value);
            if (!valid.test(kept)) {
                throw new IllegalArgumentException(attribute + " must be " + requirement + ": " + value);
            }
            return kept;
        });
    }

    /**
     * {@code type} accepting in requests only {@code min} to {@code max}.
     *
     * @param <N>  the Java type, a number
     * @param type the type to narrow
     * @param min  the smallest acceptable value
     * @param max  the largest acceptable value
     * @return the narrowed type
     */
    static <N extends Number> ValueType<N> range(ValueType<N> type, long min, long max) {
        return type.requiring(v -> v.longValue() >= min && v.longValue() <= max, min + " to " + max);
    }

    /**
     * A nest holding a list: one member attribute of type {@code memberType} per element, in order
     * ({@code IFLA_MACVLAN_MACADDR_DATA} of {@code IFLA_MACVLAN_MACADDR}s, the QoS maps of a VLAN).
     * Decoding skips members of other types and those {@code member} declines; elements are checked
     * by {@code member}.
     *
     * @param <E>        the element type
     * @param memberType the member attributes' type number
     * @param member     the members' value type
     * @return the list type; its values are unmodifiable lists
     */
    static <E> ValueType<List<E>> listOf(int memberType, ValueType<E> member) {
        return list(member, type -> type == memberType, index -> memberType);
    }

    /**
     * A nest holding a list whose members are numbered by their place: the first element is
     * attribute 0, the next 1, and so on ({@code IFLA_BOND_ARP_IP_TARGET}, {@code IFLA_BOND_NS_IP6_TARGET}).
     * Decoding takes every member in order, whatever its number, skipping those {@code member}
     * declines; elements are checked by {@code member}.
     *
     * @param <E>    the element type
     * @param member the members' value type
     * @return the list type; its values are unmodifiable lists
     */
    static <E> ValueType<List<E>> indexedListOf(ValueType<E> member) {
        return list(member, type -> true, index -> index);
    }

    /**
     * The list types: a nest of {@code member} values, decoding the members whose type {@code read}
     * accepts and writing element {@code i} as attribute {@code typeOf(i)}.
     */
    @SuppressWarnings("unchecked")
    private static <E> ValueType<List<E>> list(ValueType<E> member, IntPredicate read,
            java.util.function.IntUnaryOperator typeOf) {
        Objects.requireNonNull(member, "member");
        Class<List<E>> listClass = (Class<List<E>>) (Class<?>) List.class;
        return of(listClass, attribute -> {
            List<E> elements = new ArrayList<>();
            AttributeCursor members = attribute.nested();
            while (members.next()) {
                E element = read.test(members.type()) ? member.decode(members) : null;
                if (element != null) { // a member of another type, or one the member type declines
                    elements.add(element);
                }
            }
            return List.copyOf(elements);
        }, (writer, type, value) -> {
            int nest = writer.beginNested(type);
            for (int i = 0; i < value.size(); i++) {
                member.encode(writer, typeOf.applyAsInt(i), value.get(i));
            }
            writer.endNested(nest);
        }, (attribute, value) -> {
            List<E> kept = new ArrayList<>(value.size());
            for (E element : value) {
                if (element == null) {
                    throw new IllegalArgumentException(attribute + " holds a null element");
                }
                kept.add(member.check(attribute, element));
            }
            return List.copyOf(kept);
        });
    }

    /**
     * Reads the value of the attribute under {@code attribute}.
     *
     * @param attribute a cursor on the attribute
     * @return the value; null when the bytes hold a form this type does not read, in which case
     *         {@link AttributeSet#decode} keeps the attribute raw
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
     * {@code type}, with the value decoded last on this thread handed out again while the bytes
     * repeat: attributes that are the same on every link of a dump (the broadcast address, an empty
     * XDP nest, a kind without options) then cost one object per dump, not one per link. Only for
     * immutable values.
     *
     * @param <T>  the Java type, immutable
     * @param type the type that decodes and encodes
     * @return the sharing type
     */
    static <T> ValueType<T> shared(ValueType<T> type) {
        ThreadLocal<SharedValue<T>> last = ThreadLocal.withInitial(SharedValue::new);
        return of(type.javaType(), a -> last.get().decode(type, a), type::encode, type::check);
    }

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
        return of(javaType, reader, writer, (attribute, value) -> value);
    }

    /** A value type of a reader, a writer and the check of {@link #check}. */
    private static <T> ValueType<T> of(Class<T> javaType, Reader<T> reader, Writer<T> writer,
            BiFunction<Attribute<?>, T, T> check) {
        return new ValueType<>() {
            @Override
            public Class<T> javaType() {
                return javaType;
            }

            @Override
            public T check(Attribute<?> attribute, T value) {
                return check.apply(attribute, value);
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
     * A value of at most 32 bits, kept as an {@code int} (no boxing in {@link AttributeValues};
     * read it with {@link AttributeValues#getInt}).
     */
    final class IntType implements ValueType<Integer> {
        private final java.util.function.ToIntFunction<AttributeCursor> reader;
        private final IntWriter writer;
        private final IntPredicate valid;
        private final String requirement;

        /**
         * A 32-bit-or-narrower type that takes any {@code int} in requests.
         *
         * @param reader reads the value under a cursor
         * @param writer writes the attribute
         */
        public IntType(java.util.function.ToIntFunction<AttributeCursor> reader, IntWriter writer) {
            this(reader, writer, v -> true, null);
        }

        private IntType(java.util.function.ToIntFunction<AttributeCursor> reader, IntWriter writer, IntPredicate valid,
                String requirement) {
            this.reader = reader;
            this.writer = writer;
            this.valid = valid;
            this.requirement = requirement;
        }

        /**
         * Checks the value against what this type requires.
         *
         * @param attribute the row being set, named in the message
         * @param value     the value, not null
         * @return the value
         * @throws IllegalArgumentException when the value is outside what the type takes
         */
        @Override
        public Integer check(Attribute<?> attribute, Integer value) {
            if (!valid.test(value)) {
                throw new IllegalArgumentException(attribute + " must be " + requirement + ": " + value);
            }
            return value;
        }

        /**
         * This type, still kept as an {@code int}, taking in requests only what {@code more} accepts too.
         *
         * @param more        true for an acceptable value
         * @param requirement what an acceptable value is, for the message
         * @return the narrowed type
         */
        @Override
        public IntType requiring(Predicate<? super Integer> more, String requirement) {
            IntPredicate base = valid;
            return new IntType(reader, writer, v -> base.test(v) && more.test(v), requirement);
        }

        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }

        @Override
        public Integer decode(AttributeCursor attribute) {
            return reader.applyAsInt(attribute);
        }

        /**
         * Reads the value without boxing.
         *
         * @param attribute a cursor on the attribute
         * @return the value
         */
        public int decodeInt(AttributeCursor attribute) {
            return reader.applyAsInt(attribute);
        }

        @Override
        public void encode(MessageWriter w, int type, Integer value) {
            writer.write(w, type, value);
        }
    }

    /** The last value a {@link #shared} type decoded on a thread, with the bytes it came from. */
    final class SharedValue<T> {
        private byte[] bytes;
        private T value;

        T decode(ValueType<T> type, AttributeCursor a) {
            if (bytes != null && a.valueEquals(bytes)) {
                return value;
            }
            T decoded = type.decode(a);
            bytes = a.bytes();
            value = decoded;
            return decoded;
        }
    }

    /** Writes an {@code int} attribute ({@code MessageWriter::attrU32} and its kin). */
    @FunctionalInterface
    interface IntWriter {
        /**
         * Writes the attribute.
         *
         * @param writer the message being written
         * @param type   the attribute's type number
         * @param value  the value
         * @return the writer
         */
        MessageWriter write(MessageWriter writer, int type, int value);
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
         * @return the value, or null to keep the attribute raw
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
