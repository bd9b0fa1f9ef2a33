package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code vti} kind, an IPsec virtual tunnel interface over IPv4: {@link VtiData} of kind {@code "vti"} over {@link VtiAttributes}. */
public final class VtiCodec extends AttributeSetCodec<VtiData> {
    /** {@code IFLA_INFO_KIND} of an IPv4 VTI. */
    public static final String KIND = "vti";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VtiCodec() {
        super(KIND, VtiData.class, VtiAttributes.SET, values -> new VtiData(KIND, values));
    }
}
