package io.jnetlink.route.link;

/** Codec of the {@code dummy} kind. */
public final class DummyCodec extends EmptyKindCodec<DummyData> {
    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public DummyCodec() {
        super(DummyData.INSTANCE, DummyData.class);
    }
}
