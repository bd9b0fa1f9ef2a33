package io.jnetlink.core.attr;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlAttr;
import java.io.ByteArrayOutputStream;

/**
 * Collects the attributes a codec does not type, so its record keeps them as {@link RawAttributes}.
 * Public for {@code LinkKindCodec} implementations in other modules (netlink-vxlan).
 */
public final class RawAttributesBuilder {
    private ByteArrayOutputStream out;

    /** An empty collection. */
    public RawAttributesBuilder() {
    }

    /**
     * Keeps the current attribute of {@code a}, header and padding included.
     *
     * @param a a cursor positioned on the attribute to keep; not null
     */
    public void add(AttributeCursor a) {
        if (out == null) {
            out = new ByteArrayOutputStream();
        }
        int len = NlAttr.SIZE + a.valueLength();
        byte[] bytes = new byte[NetlinkAlign.align(len)];
        a.buffer().getBytes(a.offset(), bytes, 0, len);
        out.writeBytes(bytes);
    }

    /** {@return the attributes kept so far ({@link RawAttributes#EMPTY} when none)} */
    public RawAttributes build() {
        return out == null ? RawAttributes.EMPTY : RawAttributes.wrap(out.toByteArray());
    }
}
