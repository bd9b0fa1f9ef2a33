package io.jnetlink.examples.ip.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code ip link} reads option values (numbers as C's {@code strtoul} base 0, {@code on|off},
 * link-layer and inet addresses, interface names) and the failures it prints when one is wrong.
 */
public final class LinkWords {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[ \\t\\n\\x0b\\f\\r]*([+-]?)([0-9]+)");
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

    /** C's {@code atoi}: the leading decimal number, 0 when there is none, kept in 32 bits. */
    public static int atoi(String text) {
        return (int) strtol(text);
    }

    /** C's {@code strtol} in base 10 on a 64-bit machine: the leading number (blanks and a sign before it), saturated. */
    public static long strtol(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) {
            return 0;
        }
        long value;
        try {
            value = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return m.group(1).equals("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return m.group(1).equals("-") ? -value : value;
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
