package io.jnetlink.route.link;

/** Codec of the {@code macvtap} kind: a macvlan whose traffic is also readable from a tap device. */
public final class MacvtapCodec extends MacvlanFamilyCodec {
    /** {@code IFLA_INFO_KIND} of a macvtap. */
    public static final String KIND = "macvtap";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public MacvtapCodec() {
        super(KIND);
    }
}
