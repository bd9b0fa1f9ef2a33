package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Base of the codecs of kinds whose links carry no {@code IFLA_INFO_DATA} ({@link DummyCodec},
 * {@link IfbCodec}): decoding returns the kind's single value; anything the kernel sends anyway
 * is ignored. Sealed: only those two extend it.
 *
 * @param <D> the kind's data record, which has a single value
 */
public abstract sealed class EmptyKindCodec<D extends LinkData> implements LinkKindCodec<D>
        permits DummyCodec, IfbCodec {
    private final D instance;
    private final Class<D> type;

    /** The codec that decodes every link of {@code instance}'s kind to {@code instance}. */
    EmptyKindCodec(D instance, Class<D> type) {
        this.instance = instance;
        this.type = type;
    }

    /** The kind of the single value. */
    @Override
    public String kind() {
        return instance.kind();
    }

    /** The record type of the single value. */
    @Override
    public Class<D> dataType() {
        return type;
    }

    /**
     * The single value, whatever the cursor holds.
     *
     * @param data the nested attributes, ignored
     * @return the kind's single value; never null
     */
    @Override
    public D decode(AttributeCursor data) {
        return instance;
    }

    /**
     * Writes nothing.
     *
     * @param data   the kind's single value, ignored
     * @param writer left unchanged
     */
    @Override
    public void encode(D data, MessageWriter writer) {
        // The kind alone describes the link: IFLA_INFO_DATA stays empty, as iproute2 omits it.
    }
}
