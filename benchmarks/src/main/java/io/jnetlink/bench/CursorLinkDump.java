package io.jnetlink.bench;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;

/**
 * An end-to-end link dump that reads every attribute through core's cursors and builds nothing:
 * the request is written once, and the handler is one object reused for every dump, so a dump
 * allocates nothing in steady state.
 */
final class CursorLinkDump implements AutoCloseable {
    private final NetlinkSocket socket;
    private final MessageWriter request = new MessageWriter();
    private final MessageHandler handler = this::onMessage;
    private int links;
    private long checksum;

    /** A dump on {@code socket} sending {@code extMask} as {@code IFLA_EXT_MASK} (0: none). */
    CursorLinkDump(NetlinkSocket socket, int extMask) {
        this.socket = socket;
        LinkRequests.dumpLinks(request, extMask);
    }

    private boolean onMessage(MessageCursor message) {
        if (message.type() == MessageType.RTM_NEWLINK) {
            checksum += LinkAttributeWalk.walk(message);
            links++;
        }
        return true;
    }

    /** Runs one dump and returns the number of links seen. */
    int run() {
        links = 0;
        socket.dump(request, handler);
        return links;
    }

    /** A checksum of everything read so far, to keep the reads observable. */
    long checksum() {
        return checksum;
    }

    @Override
    public void close() {
        request.close();
    }
}
