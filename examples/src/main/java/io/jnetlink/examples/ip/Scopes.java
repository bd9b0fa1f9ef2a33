package io.jnetlink.examples.ip;

/** Route and address scope names ({@code RT_SCOPE_*}, iproute2's {@code rt_scopes}). */
final class Scopes {
    /** {@code RT_SCOPE_UNIVERSE}. */
    static final int RT_SCOPE_UNIVERSE = 0;
    /** {@code RT_SCOPE_LINK}. */
    static final int RT_SCOPE_LINK = 253;
    /** {@code RT_SCOPE_HOST}. */
    static final int RT_SCOPE_HOST = 254;

    private Scopes() {
    }

    /** {@code global}, {@code site}, {@code link}, {@code host}, {@code nowhere}, or the number. */
    static String name(int scope) {
        return switch (scope) {
            case RT_SCOPE_UNIVERSE -> "global";
            case 200 -> "site";
            case RT_SCOPE_LINK -> "link";
            case RT_SCOPE_HOST -> "host";
            case 255 -> "nowhere";
            default -> Integer.toString(scope);
        };
    }
}
