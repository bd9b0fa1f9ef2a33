package io.jnetlink.route.link;

import java.nio.charset.StandardCharsets;

/** The kernel's rules for interface names ({@code dev_valid_name} in net/core/dev.c), checked before any request. */
public final class InterfaceNames {
    /** {@code IFNAMSIZ - 1}: the longest name in bytes, without the terminating NUL. */
    public static final int MAX_LENGTH = 15;

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
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_LENGTH) {
            throw new IllegalArgumentException("interface name \"" + name + "\" is " + bytes
                    + " bytes long; at most " + MAX_LENGTH + " are allowed");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("interface name must not be \"" + name + "\"");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // ':' is refused too: the kernel reserves it for IPv4 address labels (eth0:1).
            if (c == '/' || c == ':' || c == 0 || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("interface name \"" + name + "\" contains a forbidden character "
                        + (Character.isWhitespace(c) || c == 0 ? "(whitespace or NUL)" : "'" + c + "'"));
            }
        }
        return name;
    }
}
