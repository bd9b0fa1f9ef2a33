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

    /** The scope named {@code name} (a name above or a number 0-255), or -1. */
    static int number(String name) {
        for (int scope = 0; scope <= 255; scope++) {
            if (name(scope).equals(name)) {
                return scope;
            }
        }
        if (name.matches("[0-9]{1,3}") && Integer.parseInt(name) <= 255) {
            return Integer.parseInt(name);
        }
        return name.equals("universe") ? RT_SCOPE_UNIVERSE : -1;
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
