package io.jnetlink.route.link;

/** An {@code ifb} (intermediate functional block) link, for ingress shaping. It has no kind-specific data. */
public record IfbData() implements LinkData {
    /** The single value. */
    public static final IfbData INSTANCE = new IfbData();

    /** {@code "ifb"}. */
    @Override
    public String kind() {
        return "ifb";
    }
}
