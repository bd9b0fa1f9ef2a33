package io.jnetlink.route.link;

/** A {@code dummy} link: a device that drops what it is sent. It has no kind-specific data. */
public record DummyData() implements LinkData {
    /** The single value. */
    public static final DummyData INSTANCE = new DummyData();

    /** {@code "dummy"}. */
    @Override
    public String kind() {
        return "dummy";
    }
}
