package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Base of the codecs of kinds whose links carry no {@code IFLA_INFO_DATA} (dummy, ifb): decoding
 * returns the kind's single value; anything the kernel sends anyway is ignored.
 */
abstract class EmptyKindCodec<D extends LinkData> implements LinkKindCodec<D> {
    private final D instance;
    private final Class<D> type;

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

    /** The single value, whatever the cursor holds. */
    @Override
    public D decode(AttributeCursor data) {
        return instance;
    }

    /** Writes nothing. */
    @Override
    public void encode(D data, MessageWriter writer) {
        // The kind alone describes the link: IFLA_INFO_DATA stays empty, as iproute2 omits it.
    }
}
