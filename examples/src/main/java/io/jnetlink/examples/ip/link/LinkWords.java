package io.jnetlink.examples.ip.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkRequest;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

/**
 * How {@code ip link} reads option values (numbers as C's {@code strtoul} base 0, {@code on|off},
 * link-layer and inet addresses, interface names) and the failures it prints when one is wrong.
 */
public final class LinkWords {
    private static final Pattern HEX = Pattern.compile("\\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[ \\t\\n\\x0b\\f\\r]*([+-]?)([0-9]+)");

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
            bytes = other != null && wantV4 ? null : ipv6(text);
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

    /**
     * The 16 bytes of an IPv6 literal (hex digits, colons and an optional dotted tail; never a host
     * name lookup); an IPv4-mapped one ({@code ::ffff:a.b.c.d}) stays IPv6, as ip keeps it. Null
     * when {@code text} is none.
     */
    public static byte[] ipv6(String text) {
        if (!text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
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

    /**
     * A link-layer address as ip reads one ({@code ll_addr_a2n}) of up to {@link LinkRequest#MAX_ADDR_LEN}
     * bytes; else the failure of ip's complaint about the part it could not read.
     */
    public static MacAddress lladdr(String text) {
        Object read = readLladdr(text, LinkRequest.MAX_ADDR_LEN);
        if (read instanceof byte[] bytes) {
            return MacAddress.of(bytes);
        }
        throw new CommandFailure((String) read, 1);
    }

    /**
     * A link-layer address of exactly {@code length} bytes as ip reads one where it wants that many
     * (macvlan's {@code macaddr}); else null, after writing to {@code err} the complaint ip prints
     * about a part it could not read (a word of another length draws none).
     */
    public static MacAddress lladdr(String text, int length, PrintStream err) {
        Object read = readLladdr(text, length);
        if (read instanceof byte[] bytes) {
            return bytes.length == length ? MacAddress.of(bytes) : null;
        }
        err.println(read);
        return null;
    }

    /**
     * The bytes of a link-layer address (dotted IPv4 gives 4; else hex parts between colons, each
     * read as C's {@code sscanf("%x")} does: signs, {@code 0x} and trailing junk allowed, 0 to 255; at
     * most {@code maxParts} parts are read and one more counted when more follow), or ip's complaint.
     */
    private static Object readLladdr(String text, int maxParts) {
        if (text.contains(".")) {
            byte[] bytes = ipv4(text);
            if (bytes == null) {
                return "\"" + text + "\" is invalid lladdr.";
            }
            return maxParts < 4 ? new byte[0] : bytes;
        }
        String[] parts = text.split(":", -1);
        int count = Math.min(parts.length, maxParts);
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            Long value = scanHex(parts[i], false);
            if (value == null || value < 0 || value > 255) {
                return "\"" + parts[i] + "\" is invalid lladdr.";
            }
            bytes[i] = (byte) (long) value;
        }
        // ip counts one part more than it stores when more follow its last one.
        return parts.length > maxParts ? new byte[maxParts + 1] : bytes;
    }

    /**
     * C's {@code sscanf(text, "%x")}: blanks, a sign, an optional {@code 0x}, then hex digits.
     *
     * @param whole true when nothing may follow the number (a literal after it in the format)
     * @return the number, negative after a minus sign (saturated), or null when none is there
     */
    public static Long scanHex(String text, boolean whole) {
        Matcher m = HEX.matcher(text);
        if (!(whole ? m.matches() : m.lookingAt())) {
            return null;
        }
        String digits = m.group(2).replaceFirst("^0+(?=.)", "");
        long value = digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits, 16);
        return m.group(1).equals("-") ? -value : value;
    }

    /**
     * The four bytes of an IPv4 address as ip's {@code get_addr_ipv4} reads one: up to four
     * dot-separated numbers in C's base 0, those missing zero ({@code 10.1} is 10.1.0.0). Null when
     * {@code text} is none ({@code any}, {@code all} and {@code default} are the callers' to read).
     */
    public static byte[] ipv4(String text) {
        byte[] bytes = new byte[4];
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
     * A 64-bit unsigned number as C's {@code strtoull(text, 0)} reads it, whole (a leading minus
     * counts down from 2^64, as strtoull does); else ip's invalid-argument failure.
     */
    public static long unsigned64(String text, String reason) {
        String s = text.substring(leadingSpace(text));
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        boolean hex = s.startsWith("0x") || s.startsWith("0X");
        boolean octal = !hex && s.length() > 1 && s.startsWith("0");
        String body = hex ? s.substring(2) : octal ? s.substring(1) : s;
        int radix = hex ? 16 : octal ? 8 : 10;
        if (body.isEmpty() || !body.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            throw invalidArgument(text, reason);
        }
        long value;
        try {
            value = Long.parseUnsignedLong(body, radix);
        } catch (NumberFormatException e) {
            throw invalidArgument(text, reason);
        }
        return negative ? -value : value;
    }

    /** How many characters C's {@code isspace} skips at the start of {@code text}, as strtoul does. */
    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /**
     * {@code text} as C's {@code strtoul(text, 0)} reads it, whole (leading white space and a sign
     * allowed; minus only before 0, since any other negative wraps past {@code max}): decimal, 0x
     * hex or 0 octal, up to {@code max}; else -1.
     */
    public static long parseC(String whole, long max) {
        String text = whole.substring(leadingSpace(whole));
        boolean negative = text.startsWith("-");
        if (negative || text.startsWith("+")) {
            text = text.substring(1);
        }
        long magnitude = digitsC(text, max);
        return negative && magnitude != 0 ? -1 : magnitude;
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
    private static long digitsC(String text, long max) {
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
