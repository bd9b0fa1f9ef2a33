package io.jnetlink.core;

/**
 * Malformed netlink data: a length that runs past its container, a header too short, nesting
 * deeper than allowed, an attribute of the wrong size for its type. Names the byte offset in the
 * buffer and the reason. Parsing stops at the first fault; nothing past it is trusted.
 */
public final class NetlinkParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String reason;

    /**
     * @param offset byte offset in the buffer where the fault was found
     * @param reason what is wrong there
     */
    public NetlinkParseException(int offset, String reason) {
        super("malformed netlink data at offset " + offset + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /** Byte offset in the parsed buffer where the fault was found. */
    public int offset() {
        return offset;
    }

    /** What is wrong, without the offset. */
    public String reason() {
        return reason;
    }
}
