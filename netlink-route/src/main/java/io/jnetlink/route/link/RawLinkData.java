package io.jnetlink.route.link;

import java.util.Arrays;

/**
 * {@code IFLA_INFO_DATA} (or {@code IFLA_INFO_SLAVE_DATA}) of a kind no codec is registered for:
 * the attribute bytes as the kernel sent them, still readable with an
 * {@link io.jnetlink.core.message.AttributeCursor}.
 */
public record RawLinkData(String kind, byte[] attributes) implements LinkData {
    /**
     * Copies the bytes so the record stays immutable.
     *
     * @param kind       the {@code IFLA_INFO_KIND} the data belongs to; not null
     * @param attributes the nested attribute bytes, copied; not null
     */
    public RawLinkData {
        attributes = attributes.clone();
    }

    /** {@return a copy of the nested attribute bytes} */
    @Override
    public byte[] attributes() {
        return attributes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawLinkData r && r.kind.equals(kind) && Arrays.equals(r.attributes, attributes);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(attributes);
    }

    @Override
    public String toString() {
        return "RawLinkData[kind=" + kind + ", " + attributes.length + " bytes]";
    }
}
