package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.AddressFamily;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address prefix given on the command line as ip's selectors take it: {@code ADDR[/LEN]}
 * (IPv4 may be shortened, {@code 10/8}), {@code default} (the zero-length prefix) or
 * {@code all}/{@code any} (every address of the family).
 *
 * @param family  AF_INET or AF_INET6; for {@code default}/{@code all} the family asked for (0 when none)
 * @param address the address bytes (zeros for {@code default}/{@code all})
 * @param length  the prefix length in bits; -1 for {@code all}
 */
record Prefix(int family, byte[] address, int length) {

    /** Parses {@code text}; fails as ip does when it is not a prefix of {@code family} (0: either). */
    static Prefix parse(String text, int family) {
        if (text.equals("default") || text.equals("all") || text.equals("any")) {
            int bytes = family == AddressFamily.AF_INET6 ? 16 : 4;
            return new Prefix(family, new byte[bytes], text.equals("default") ? 0 : -1);
        }
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        byte[] address = host.contains(":") ? LinkWords.ipv6(host) : ipv4(host);
        int parsedFamily = address == null ? 0 : address.length == 4 ? AddressFamily.AF_INET : AddressFamily.AF_INET6;
        int length = address == null ? -1 : address.length * 8;
        if (address != null && slash >= 0) {
            length = parseLength(text.substring(slash + 1), address.length * 8);
        }
        if (address == null || length < 0 || family != 0 && parsedFamily != family) {
            String kind = family == AddressFamily.AF_INET ? "inet" : family == AddressFamily.AF_INET6 ? "inet6" : "any valid";
            throw new CommandFailure("Error: " + kind + " prefix is expected rather than \"" + text + "\".", 1);
        }
        return new Prefix(parsedFamily, address, length);
    }

    /**
     * One address of {@code family} (0: either) as ip's {@code get_addr} reads it: no prefix length,
     * not {@code default}; else ip's failure ({@code inet address is expected ...}, exit 1).
     */
    static InetAddress address(String text, int family) {
        Prefix prefix = null;
        if (!text.contains("/")) {
            try {
                prefix = parse(text, family);
            } catch (CommandFailure e) {
                prefix = null;
            }
        }
        if (prefix == null || prefix.length() < 0 || text.equals("default")) {
            String kind = family == AddressFamily.AF_INET ? "inet" : family == AddressFamily.AF_INET6 ? "inet6" : "any valid";
            throw new CommandFailure("Error: " + kind + " address is expected rather than \"" + text + "\".", 1);
        }
        return prefix.inetAddress();
    }

    /** The prefix's address as an {@link InetAddress}; an IPv4-mapped IPv6 address stays IPv6. */
    InetAddress inetAddress() {
        return inet(address);
    }

    /** The address of these 4 or 16 bytes; an IPv4-mapped IPv6 address stays IPv6, as ip keeps it. */
    static InetAddress inet(byte[] bytes) {
        try {
            return bytes.length == 16 ? Inet6Address.getByAddress(null, bytes, null) : InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes", e);
        }
    }

    /** True when the prefix was written without a length, or with the full host length. */
    boolean isHost() {
        return length == address.length * 8;
    }

    /** True when the first {@code bits} bits of {@code other} (null reads as zeros) equal this prefix's. */
    boolean sharesBits(InetAddress other, int bits) {
        byte[] them = other == null ? new byte[address.length] : other.getAddress();
        if (them.length != address.length) {
            return false;
        }
        for (int bit = 0; bit < bits && bit < address.length * 8; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((them[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code family} is this prefix's, or this prefix ({@code default}/{@code all}) has none. */
    boolean fitsFamily(int family) {
        return this.family == 0 || this.family == family;
    }

    private static int parseLength(String text, int max) {
        if (!text.matches("[0-9]{1,3}")) {
            return -1;
        }
        int length = Integer.parseInt(text);
        return length <= max ? length : -1;
    }

    /** IPv4 as ip's parser reads it: one to four dot-separated decimal bytes, the missing ones zero. */
    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }
}
