package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import java.util.Objects;
import java.util.function.Function;

/**
 * The codec of a kind whose {@code IFLA_INFO_DATA} is one attribute set: decoding fills the set's
 * {@link AttributeValues} (unknown attributes kept raw) and wraps them in the kind's record;
 * encoding writes the writable values that are set, in the order the request set them (values read
 * from the kernel in ascending type order), as {@link AttributeValues#encode} does. A kind's codec is
 * this class with its kind, record and table ({@link BridgeCodec}, {@link MacvlanCodec},
 * {@link TunCodec}, {@link VethCodec}, {@link VlanCodec}, netlink-vxlan's {@code VxlanCodec});
 * it overrides {@link #encode} only to match another order that iproute2 writes.
 *
 * @param <D> the kind's record
 */
public abstract class AttributeSetCodec<D extends LinkData & AttributeRecord<D>> implements LinkKindCodec<D> {
    private final String kind;
    private final Class<D> dataType;
    private final AttributeSet set;
    private final Function<AttributeValues, D> wrap;

    /**
     * A codec of {@code kind}.
     *
     * @param kind     the {@code IFLA_INFO_KIND} string, such as {@code "vxlan"}
     * @param dataType the kind's record type
     * @param set      the table of the kind's attributes
     * @param wrap     makes the record of values of {@code set}
     */
    protected AttributeSetCodec(String kind, Class<D> dataType, AttributeSet set, Function<AttributeValues, D> wrap) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dataType = Objects.requireNonNull(dataType, "dataType");
        this.set = Objects.requireNonNull(set, "set");
        this.wrap = Objects.requireNonNull(wrap, "wrap");
    }

    /** The kind given at construction. */
    @Override
    public final String kind() {
        return kind;
    }

    /** The record type given at construction. */
    @Override
    public final Class<D> dataType() {
        return dataType;
    }

    /**
     * Decodes the kind's attribute set.
     *
     * @param data a cursor over the nested attributes, before the first; valid only during the call
     * @return the record; attributes the table does not name are in its values' {@code unknown()}
     */
    @Override
    public final D decode(AttributeCursor data) {
        return wrap.apply(set.decode(data));
    }

    /**
     * Writes the writable attributes that {@code data} sets, in the order they were set.
     *
     * @param data   the settings to write; not null
     * @param writer where to append the attributes; not null
     */
    @Override
    public void encode(D data, MessageWriter writer) {
        data.values().encode(writer);
    }
}
