package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code geneve} kind: {@link GeneveData} over {@link GeneveAttributes}. */
public final class GeneveCodec extends AttributeSetCodec<GeneveData> {
    /** {@code IFLA_INFO_KIND} of a geneve tunnel. */
    public static final String KIND = "geneve";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public GeneveCodec() {
        super(KIND, GeneveData.class, GeneveAttributes.SET, GeneveData::new);
    }
}
