package io.jnetlink.route.link;

/**
 * Codec of the {@code tun} kind (tun and tap): {@link TunData} over {@link TunAttributes}. The
 * table's rows are read-only, so a request carries none of them (the kernel refuses to create tun
 * devices over netlink anyway).
 */
public final class TunCodec extends AttributeSetCodec<TunData> {
    /** {@code IFLA_INFO_KIND} of tun and tap devices. */
    public static final String KIND = "tun";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public TunCodec() {
        super(KIND, TunData.class, TunAttributes.SET, TunData::new);
    }
}
