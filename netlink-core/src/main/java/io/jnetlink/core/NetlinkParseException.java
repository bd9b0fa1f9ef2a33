package io.jnetlink.core;

/**
 * Malformed netlink data: a length that runs past its container, a header too short, nesting
 * deeper than allowed, an attribute of the wrong size for its type. Names the byte offset in the
 * buffer and the reason. Parsing stops at the first fault; nothing past it is trusted.
 */
public final class NetlinkParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Byte offset in the parsed buffer where the fault was found. */
    private final int offset;
    /** What is wrong, without the offset; never null. */
    private final String reason;

    /**
     * Reports the first fault found while parsing.
     *
     * @param offset byte offset in the buffer where the fault was found
     * @param reason what is wrong there
     */
    public NetlinkParseException(int offset, String reason) {
        super("malformed netlink data at offset " + offset + ": " + reason);
        this.offset = offset;
        this.reason = reason;
    }

    /**
     * Where the fault is.
     *
     * @return the byte offset in the parsed buffer where the fault was found (0 or more)
     */
    public int offset() {
        return offset;
    }

    /**
     * What is wrong.
     *
     * @return the reason, without the offset; never null
     */
    public String reason() {
        return reason;
    }
}
