package io.jnetlink.route.link.tunnel;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;

/**
 * The options of a {@code geneve} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link GeneveAttributes} constants: {@code GeneveData.of(42).with(GeneveAttributes.REMOTE, addr)};
 * a request sends only what is set, in the order it was set.
 *
 * @param values the {@link GeneveAttributes#SET} values
 */
public record GeneveData(AttributeValues values) implements LinkData, AttributeRecord<GeneveData> {
    /** The largest VNI: 24 bits. */
    public static final int MAX_VNI = 0xFF_FFFF;
    /** The largest IPv6 flow label: 20 bits. */
    public static final long MAX_LABEL = 0xF_FFFF;
    /** {@code GENEVE_DF_UNSET}: the outer DF bit is clear. */
    public static final int GENEVE_DF_UNSET = 0;
    /** {@code GENEVE_DF_SET}: the outer DF bit is set. */
    public static final int GENEVE_DF_SET = 1;
    /** {@code GENEVE_DF_INHERIT}: the outer DF bit is copied from the inner IPv4 header. */
    public static final int GENEVE_DF_INHERIT = 2;

    /**
     * Checks that the values are geneve options.
     *
     * @param values the {@link GeneveAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public GeneveData {
        if (values.set() != GeneveAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not geneve options");
        }
    }

    /** {@return options with nothing set} */
    public static GeneveData of() {
        return new GeneveData(GeneveAttributes.SET.empty());
    }

    /**
     * A tunnel of network {@code vni} ({@code ip link add ... type geneve id VNI}).
     *
     * @param vni the VNI, 0 to {@link #MAX_VNI}
     * @return the options
     * @throws IllegalArgumentException for a VNI over 24 bits
     */
    public static GeneveData of(int vni) {
        return of().with(GeneveAttributes.ID, vni);
    }

    /** {@inheritDoc} */
    @Override
    public GeneveData withValues(AttributeValues values) {
        return new GeneveData(values);
    }

    /** {@code "geneve"}. */
    @Override
    public String kind() {
        return GeneveCodec.KIND;
    }
}
