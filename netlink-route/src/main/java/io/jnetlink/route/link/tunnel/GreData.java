package io.jnetlink.route.link.tunnel;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;
import java.util.Set;

/**
 * The options of a GRE-family link ({@code IFLA_INFO_DATA}; every kind of the family shares
 * {@link GreAttributes}), read and set with the table's constants:
 * {@code GreData.of("gretap").with(GreAttributes.REMOTE, addr)}; a request sends only what is set,
 * in the order it was set.
 *
 * @param kind   one of {@link #KINDS}
 * @param values the {@link GreAttributes#SET} values
 */
public record GreData(String kind, AttributeValues values) implements LinkData, AttributeRecord<GreData> {
    /** The kinds of the family: {@code gre}, {@code gretap}, {@code erspan}, {@code ip6gre}, {@code ip6gretap}, {@code ip6erspan}. */
    public static final Set<String> KINDS = Set.of(GreCodec.KIND, GretapCodec.KIND, ErspanCodec.KIND, Ip6greCodec.KIND,
            Ip6gretapCodec.KIND, Ip6erspanCodec.KIND);
    /** {@code GRE_CSUM} in {@link GreAttributes#IFLAGS}/{@link GreAttributes#OFLAGS}: the header carries a checksum. */
    public static final int GRE_CSUM = 0x8000;
    /** {@code GRE_KEY}: the header carries a key. */
    public static final int GRE_KEY = 0x2000;
    /** {@code GRE_SEQ}: the header carries a sequence number. */
    public static final int GRE_SEQ = 0x1000;
    /** The largest ERSPAN index: 20 bits. */
    public static final int MAX_ERSPAN_INDEX = 0xF_FFFF;
    /** {@link GreAttributes#ERSPAN_DIR} of mirrored ingress traffic. */
    public static final int ERSPAN_DIR_INGRESS = 0;
    /** {@link GreAttributes#ERSPAN_DIR} of mirrored egress traffic. */
    public static final int ERSPAN_DIR_EGRESS = 1;

    /**
     * Checks the kind and that the values are GRE options.
     *
     * @param kind   one of {@link #KINDS}
     * @param values the {@link GreAttributes#SET} values
     * @throws IllegalArgumentException for another kind or set
     */
    public GreData {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of the GRE family " + KINDS + ": " + kind);
        }
        if (values.set() != GreAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not GRE options");
        }
    }

    /**
     * Options of {@code kind} with nothing set.
     *
     * @param kind one of {@link #KINDS}
     * @return the options
     * @throws IllegalArgumentException for a kind outside the family
     */
    public static GreData of(String kind) {
        return new GreData(kind, GreAttributes.SET.empty());
    }

    /** {@inheritDoc} The copy is of the same kind. */
    @Override
    public GreData withValues(AttributeValues values) {
        return new GreData(kind, values);
    }
}
