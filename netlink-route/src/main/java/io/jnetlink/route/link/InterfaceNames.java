package io.jnetlink.route.link;

import java.nio.charset.StandardCharsets;

/** The kernel's rules for interface names ({@code dev_valid_name} in net/core/dev.c), checked before any request. */
public final class InterfaceNames {
    /** {@code IFNAMSIZ - 1}: the longest name in bytes, without the terminating NUL. */
    public static final int MAX_LENGTH = 15;
    /** {@code ALTIFNAMSIZ - 1}: the longest alternative name in bytes, without the terminating NUL. */
    public static final int MAX_ALT_LENGTH = 127;

    private InterfaceNames() {
    }

    /**
     * Returns {@code name} when the kernel would accept it: 1 to 15 bytes of UTF-8, no '/', ':'
     * or whitespace, not "." or "..".
     *
     * @param name the interface name to check
     * @return {@code name}
     * @throws IllegalArgumentException otherwise, naming the rule broken
     */
    public static String check(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "interface name must not be empty";
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LENGTH) {
            return "interface name \"" + name + "\" is " + bytes + " bytes long; at most " + MAX_LENGTH + " are allowed";
        }
        if (name.equals(".") || name.equals("..")) {
            return "interface name must not be \"" + name + "\"";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // ':' is refused too: the kernel reserves it for IPv4 address labels (eth0:1).
            if (c == '/' || c == ':' || c == 0 || Character.isWhitespace(c)) {
                return "interface name \"" + name + "\" contains a forbidden character "
                        + (Character.isWhitespace(c) || c == 0 ? "(whitespace or NUL)" : "'" + c + "'");
            }
        }
        return null;
    }

    /**
     * Whether {@link #check} accepts {@code name}.
     *
     * @param name the interface name to test
     * @return true when it is a valid interface name
     */
    public static boolean isValid(String name) {
        return problem(name) == null;
    }

    /**
     * Returns {@code name} when it may name a link in a lookup: an interface name or an
     * alternative name ({@code ip link property add ... altname}), 1 to 127 bytes of UTF-8 without
     * '/', NUL or whitespace.
     *
     * @param name the interface name or alternative name to check
     * @return {@code name}
     * @throws IllegalArgumentException otherwise, naming the rule broken
     */
    public static String checkAltName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ALT_LENGTH) {
            throw new IllegalArgumentException("alternative name \"" + name + "\" is " + bytes
                    + " bytes long; at most " + MAX_ALT_LENGTH + " are allowed");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == 0 || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("alternative name \"" + name + "\" contains a forbidden character "
                        + (c == '/' ? "'/'" : "(whitespace or NUL)"));
            }
        }
        return name;
    }
}
