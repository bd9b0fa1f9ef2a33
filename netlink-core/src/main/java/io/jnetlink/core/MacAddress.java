package io.jnetlink.core;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * A link-layer address of any length (6 bytes for Ethernet, 0 for devices without one),
 * immutable, printed as lower-case colon-separated hex like {@code ip} prints it.
 */
public final class MacAddress {
    /** The Ethernet broadcast address {@code ff:ff:ff:ff:ff:ff}. */
    public static final MacAddress BROADCAST = new MacAddress(new byte[] {-1, -1, -1, -1, -1, -1});

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * An address holding a copy of {@code bytes}.
     *
     * @param bytes the address bytes, any length; not null
     * @return the address
     */
    public static MacAddress of(byte[] bytes) {
        return new MacAddress(bytes.clone());
    }

    /**
     * The {@code length} bytes of {@code buf} at {@code index} as an address, copied once; the
     * broadcast address, which every Ethernet link reports, comes back as {@link #BROADCAST}
     * without allocating.
     *
     * @param buf    the buffer to read from; not null, left unchanged
     * @param index  the absolute index of the first byte
     * @param length how many bytes the address has, 0 or more
     * @return the address; never null
     * @throws IndexOutOfBoundsException if the range lies outside the buffer
     */
    public static MacAddress read(ByteBuf buf, int index, int length) {
        if (length == BROADCAST.bytes.length && buf.getInt(index) == -1 && buf.getShort(index + 4) == -1) {
            return BROADCAST;
        }
        byte[] bytes = new byte[length];
        buf.getBytes(index, bytes);
        return new MacAddress(bytes);
    }

    /**
     * Parses {@code aa:bb:cc:dd:ee:ff} (any number of colon-separated hex octets).
     *
     * @param text the address text; not null
     * @return the address
     * @throws IllegalArgumentException if the text is not such an address
     */
    public static MacAddress parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty hardware address");
        }
        String[] parts = text.split(":", -1);
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2) {
                throw new IllegalArgumentException("invalid hardware address \"" + text + "\"");
            }
            try {
                out[i] = (byte) Integer.parseInt(p, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid hardware address \"" + text + "\"", e);
            }
        }
        return new MacAddress(out);
    }

    /** {@return a copy of the address bytes} */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** {@return the number of address bytes (6 for Ethernet)} */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress m && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@code aa:bb:cc:dd:ee:ff}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
