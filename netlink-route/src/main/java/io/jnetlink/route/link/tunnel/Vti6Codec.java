package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code vti6} kind, an IPsec virtual tunnel interface over IPv6: {@link VtiData} of kind {@code "vti6"} over {@link VtiAttributes}. */
public final class Vti6Codec extends AttributeSetCodec<VtiData> {
    /** {@code IFLA_INFO_KIND} of an IPv6 VTI. */
    public static final String KIND = "vti6";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public Vti6Codec() {
        super(KIND, VtiData.class, VtiAttributes.SET, values -> new VtiData(KIND, values));
    }
}
