package io.jnetlink.route.link.tunnel;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;

/**
 * The options of a {@code vti} or {@code vti6} link ({@code IFLA_INFO_DATA}; the two kinds share
 * {@link VtiAttributes}), read and set with the table's constants:
 * {@code VtiData.of("vti").with(VtiAttributes.IKEY, 5L)}; a request sends only what is set, in the
 * order it was set.
 *
 * @param kind   {@code "vti"} or {@code "vti6"}
 * @param values the {@link VtiAttributes#SET} values
 */
public record VtiData(String kind, AttributeValues values) implements LinkData, AttributeRecord<VtiData> {
    /**
     * Checks the kind and that the values are VTI options.
     *
     * @param kind   {@code "vti"} or {@code "vti6"}
     * @param values the {@link VtiAttributes#SET} values
     * @throws IllegalArgumentException for another kind or set
     */
    public VtiData {
        if (!VtiCodec.KIND.equals(kind) && !Vti6Codec.KIND.equals(kind)) {
            throw new IllegalArgumentException("kind must be vti or vti6: " + kind);
        }
        if (values.set() != VtiAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vti options");
        }
    }

    /**
     * Options of {@code kind} with nothing set.
     *
     * @param kind {@code "vti"} or {@code "vti6"}
     * @return the options
     * @throws IllegalArgumentException for another kind
     */
    public static VtiData of(String kind) {
        return new VtiData(kind, VtiAttributes.SET.empty());
    }

    /** {@inheritDoc} The copy is of the same kind. */
    @Override
    public VtiData withValues(AttributeValues values) {
        return new VtiData(kind, values);
    }
}
