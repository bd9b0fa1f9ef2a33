package io.jnetlink.core.message;

import io.jnetlink.core.NetlinkParseException;
import io.netty.buffer.ByteBuf;

/**
 * The bounds both cursors keep while stepping through a region of length-prefixed items
 * (messages, attributes): one place for each check. Static and small, so that the JIT inlines
 * them into the cursors' loops.
 */
final class Regions {
    private Regions() {
    }

    /**
     * Checks that a region lies inside a buffer's written bytes.
     *
     * @param buf    the buffer
     * @param offset where the region starts
     * @param length the region's length in bytes
     * @param items  what the region holds, for the message: {@code "message"}, {@code "attribute"}
     * @throws NetlinkParseException if they do not
     */
    static void checkInsideBuffer(ByteBuf buf, int offset, int length, String items) {
        if (offset < 0 || length < 0 || offset > buf.writerIndex() - length) {
            throw outsideBuffer(buf, offset, length, items);
        }
    }

    // Built out of line so that the check stays small enough to inline.
    private static NetlinkParseException outsideBuffer(ByteBuf buf, int offset, int length, String items) {
        return new NetlinkParseException(offset, items + " region of " + length
                + " bytes lies outside the buffer (" + buf.writerIndex() + " bytes)");
    }

    /**
     * Where the next item starts: after this one's padding, or at the region's end when this is
     * the last, which may come without its padding.
     *
     * @param at     where this item starts
     * @param length this item's length, checked to lie inside the region
     * @param end    where the region ends
     * @return the next item's offset, or {@code end}
     */
    static int nextItem(int at, int length, int end) {
        int aligned = NetlinkAlign.align(length);
        return aligned >= end - at ? end : at + aligned;
    }
}
