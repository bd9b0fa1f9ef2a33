package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import java.net.Inet4Address;
import java.net.InetAddress;

/** Addresses as glibc's {@code inet_ntop} writes them, which is what iproute2 prints. */
public final class InetFormat {

    private InetFormat() {
    }

    /** {@code address} in text, its family taken from its length (for callers without an {@code AF_*}). */
    public static String ntop(InetAddress address) {
        return ntop(address.getAddress().length == 4 ? AddressFamily.AF_INET : AddressFamily.AF_INET6, address);
    }

    /**
     * {@code address} in text; {@code family} tells an IPv4-mapped IPv6 address (which Java
     * turns into an {@link Inet4Address}) from a plain IPv4 one.
     */
    static String ntop(int family, InetAddress address) {
        byte[] bytes = address.getAddress();
        if (family == AddressFamily.AF_INET6 && bytes.length == 4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(bytes, 0, mapped, 12, 4);
            bytes = mapped;
        }
        return bytes.length == 4 ? dotted(bytes, 0) : ipv6(bytes);
    }

    private static String dotted(byte[] b, int from) {
        return (b[from] & 0xff) + "." + (b[from + 1] & 0xff) + "." + (b[from + 2] & 0xff) + "." + (b[from + 3] & 0xff);
    }

    /** RFC 5952 as glibc does it: the first longest run of two or more zero groups becomes {@code ::}. */
    private static String ipv6(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestBase = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            bestBase = -1;
        }
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLength) {
                if (i == bestBase) {
                    out.append(':');
                }
                continue;
            }
            if (i != 0) {
                out.append(':');
            }
            // Embedded IPv4: ::a.b.c.d and ::ffff:a.b.c.d print their last 32 bits dotted.
            if (i == 6 && bestBase == 0 && (bestLength == 6 || bestLength == 5 && words[5] == 0xffff)) {
                out.append(dotted(b, 12));
                return out.toString();
            }
            out.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            out.append(':');
        }
        return out.toString();
    }
}
