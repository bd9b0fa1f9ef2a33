package io.jnetlink.route.link;

/** Codec of the {@code ifb} kind. */
public final class IfbCodec extends EmptyKindCodec<IfbData> {
    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public IfbCodec() {
        super(IfbData.INSTANCE, IfbData.class);
    }
}
