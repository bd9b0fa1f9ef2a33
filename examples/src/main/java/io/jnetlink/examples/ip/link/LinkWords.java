package io.jnetlink.examples.ip.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How {@code ip link} reads option values (numbers as C's {@code strtoul} base 0, {@code on|off},
 * link-layer and inet addresses, interface names) and the failures it prints when one is wrong.
 */
public final class LinkWords {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

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

    public static InetAddress inet(String text, InetAddress other) {
        boolean v4 = IPV4.matcher(text).matches();
        boolean v6 = !v4 && text.contains(":") && text.matches("[0-9a-fA-F:.]+");
        if ((!v4 && !v6) || (other != null && (other instanceof Inet4Address) != v4)) {
            throw new CommandFailure("Error: inet address is expected rather than \"" + text + "\".", 1);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new CommandFailure("Error: inet address is expected rather than \"" + text + "\".", 1);
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

    /**
     * A link-layer address as ip reads one: colon-separated hex bytes, or, with a dot in it, an IPv4
     * address as {@link #ipv4} reads it (the 4-byte addresses of IP tunnels); else ip's failure.
     */
    public static MacAddress lladdr(String text) {
        if (text.contains(".")) {
            byte[] ipv4 = ipv4(text);
            if (ipv4 == null) {
                throw new CommandFailure("\"" + text + "\" is invalid lladdr.", 1);
            }
            return MacAddress.of(ipv4);
        }
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

    /**
     * The four bytes of an IPv4 address as ip reads one where any form will do ({@code get_addr_1}):
     * up to four dot-separated numbers in C's base 0, those missing zero ({@code 10.1} is 10.1.0.0);
     * {@code any}, {@code all} and {@code default} are 0.0.0.0. Null when {@code text} is none.
     */
    public static byte[] ipv4(String text) {
        byte[] bytes = new byte[4];
        if (text.equals("any") || text.equals("all") || text.equals("default")) {
            return bytes;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        for (int i = 0; i < parts.length; i++) {
            long part = parseC(parts[i], 255);
            if (part < 0) {
                return null;
            }
            bytes[i] = (byte) part;
        }
        return bytes;
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

    /**
     * {@code text}, digits only after an optional {@code +}, in base 0 (decimal, 0x hex, 0 octal) up
     * to {@code max}, or -1: a whole number as C's {@code strtoul(text, 0)} reads one.
     */
    public static long parseC(String text, long max) {
        if (text.startsWith("+")) {
            return text.startsWith("+-") || text.startsWith("++") ? -1 : parseC(text.substring(1), max);
        }
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
