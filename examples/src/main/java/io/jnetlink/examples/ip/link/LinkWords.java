package io.jnetlink.examples.ip.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkRequest;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * How {@code ip link} reads option values (numbers as C's {@code strtoul} base 0, {@code on|off},
 * link-layer and inet addresses, interface names) and the failures it prints when one is wrong.
 */
public final class LinkWords {
    private LinkWords() {
    }

    /** The first of {@code options} that {@code word} abbreviates, as ip reads a kind's options; else {@code word}. */
    public static String prefixed(String word, String... options) {
        for (String option : options) {
            if (Args.matches(word, option)) {
                return option;
            }
        }
        return word;
    }

    // ---- values ----

    /**
     * An IPv4 or IPv6 address as ip's {@code get_addr} reads it: IPv4 as one to four dotted numbers
     * (each as {@code strtoul} base 0 reads it, the missing ones zero), IPv6 when it has a colon;
     * of {@code other}'s family when {@code other} is not null; {@code default} is the zero
     * address of that family. Else ip's failure ({@code Error: inet address is expected ...},
     * status 1), naming the family wanted. Returns null for {@code default} when no family is known.
     */
    public static InetAddress inet(String text, InetAddress other) {
        boolean wantV4 = other instanceof Inet4Address;
        byte[] bytes;
        if (text.equals("default")) {
            bytes = other == null ? null : new byte[wantV4 ? 4 : 16];
        } else if (text.contains(":")) {
            bytes = other != null && wantV4 || !text.matches("[0-9a-fA-F:.]+") ? null : ipv6(text);
        } else {
            bytes = other != null && !wantV4 ? null : ipv4(text);
        }
        if (bytes == null) {
            if (text.equals("default")) {
                return null;
            }
            String family = other == null ? "any valid" : wantV4 ? "inet" : "inet6";
            throw new CommandFailure("Error: " + family + " address is expected rather than \"" + text + "\".", 1);
        }
        try {
            return bytes.length == 16 ? Inet6Address.getByAddress(null, bytes, null) : InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < parts.length; i++) {
            long part = parseC(parts[i], 255);
            if (part < 0) {
                return null;
            }
            bytes[i] = (byte) part;
        }
        return bytes;
    }

    private static byte[] ipv6(String text) {
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            // Java reads ::ffff:a.b.c.d as IPv4; ip keeps it IPv6.
            if (bytes.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public static boolean onOff(String option, String value) {
        if (value.equals("on")) {
            return true;
        } else if (value.equals("off")) {
            return false;
        }
        throw new CommandFailure("Error: argument of \"" + option + "\" must be \"on\" or \"off\", not \"" + value + "\"", 1);
    }

    /** ip's other on/off reading ({@code carrier}, {@code protodown}): its own message and status. */
    public static boolean onOffOneOf(String option, String value) {
        return onOffOneOf(option, value, 22);
    }

    /** ip's other on/off reading, with the exit status of the place that reads it. */
    public static boolean onOffOneOf(String option, String value, int status) {
        if (value.equals("on")) {
            return true;
        } else if (value.equals("off")) {
            return false;
        }
        throw new CommandFailure("Error: argument of \"" + option + "\" must be one of \"off\", \"on\", not \""
                + value + "\"", status);
    }

    public static MacAddress lladdr(String text) {
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9a-fA-F]{1,2}") || i >= LinkRequest.MAX_ADDR_LEN) {
                throw new CommandFailure("\"" + text + "\" is invalid lladdr.", 1);
            }
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return MacAddress.of(bytes);
    }

    /** An interface name ip accepts ({@code check_ifname}): 1 to 15 bytes, no '/' or white space. */
    public static boolean validName(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length >= 16) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '/' || Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    public static CommandFailure invalidArgument(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }

    /** A 32-bit unsigned number as C's {@code strtoul(text, 0)} reads it, whole; else ip's invalid-argument failure. */
    public static int unsigned(String text, String reason) {
        long value = parseC(text, 0xffffffffL);
        if (value < 0) {
            throw invalidArgument(text, reason);
        }
        return (int) value;
    }

    public static int unsignedBits(String text, int bits, String reason) {
        long value = parseC(text, (1L << bits) - 1);
        if (value < 0) {
            throw invalidArgument(text, reason);
        }
        return (int) value;
    }

    /** A C {@code int} as {@code strtol(text, 0)} reads it, whole; else ip's invalid-argument failure. */
    public static int signed(String text, String reason) {
        boolean negative = text.startsWith("-");
        long value = parseC(negative ? text.substring(1) : text, 1L << 31);
        if (value < 0 || (!negative && value > Integer.MAX_VALUE)) {
            throw invalidArgument(text, reason);
        }
        return (int) (negative ? -value : value);
    }

    /** {@code text}, digits only, in base 0 (decimal, 0x hex, 0 octal) up to {@code max}, or -1. */
    public static long parseC(String text, long max) {
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        String digits = hex ? text.substring(2) : text.length() > 1 && text.startsWith("0") ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0) || digits.length() > 16) {
            return -1;
        }
        try {
            long value = Long.parseLong(digits, hex ? 16 : text.length() > 1 && text.startsWith("0") ? 8 : 10);
            return value > max ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
