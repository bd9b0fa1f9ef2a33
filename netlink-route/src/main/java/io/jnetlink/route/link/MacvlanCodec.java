package io.jnetlink.route.link;

/** Codec of the {@code macvlan} kind. */
public final class MacvlanCodec extends MacvlanFamilyCodec {
    /** {@code IFLA_INFO_KIND} of a macvlan. */
    public static final String KIND = "macvlan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public MacvlanCodec() {
        super(KIND);
    }
}
