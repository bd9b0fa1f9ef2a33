package io.jnetlink.bench;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.route.link.LinkFilter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code RTM_NEWLINK} messages of one link dump, captured once and kept in direct buffers
 * packed the way the kernel packs a dump (messages aligned, one 32 KiB datagram per buffer), so
 * parse-only benchmarks replay exactly what a receive would hand the parser, without the kernel.
 */
public final class DumpCapture implements AutoCloseable {
    /** The receive size the socket and iproute2 use, and so the datagram size of a dump. */
    static final int DATAGRAM_SIZE = 32 * 1024;

    private final List<ByteBuf> datagrams = new ArrayList<>();
    private int messages;

    private DumpCapture() {
    }

    /**
     * Dumps every link on {@code socket} once and keeps the messages.
     *
     * @param extMask {@code IFLA_EXT_MASK} to send, such as {@code RTEXT_FILTER_SKIP_STATS}; 0 for none
     */
    public static DumpCapture of(NetlinkSocket socket, int extMask) {
        DumpCapture capture = new DumpCapture();
        MessageHandler copy = message -> {
            if (message.type() == MessageType.RTM_NEWLINK) {
                capture.append(message.buffer(), message.offset(), message.length());
            }
            return true;
        };
        try (MessageWriter writer = new MessageWriter()) {
            LinkFilter.all().writeDump(writer, extMask);
            socket.dump(writer, copy);
        } catch (RuntimeException | Error e) {
            capture.close();
            throw e;
        }
        return capture;
    }

    private void append(ByteBuf source, int offset, int length) {
        int padded = NetlinkAlign.align(length);
        ByteBuf last = datagrams.isEmpty() ? null : datagrams.get(datagrams.size() - 1);
        if (last == null || last.writableBytes() < padded) {
            last = Unpooled.directBuffer(Math.max(DATAGRAM_SIZE, padded), Math.max(DATAGRAM_SIZE, padded));
            datagrams.add(last);
        }
        last.writeBytes(source, offset, length).writeZero(padded - length);
        messages++;
    }

    /** The captured datagrams; each holds whole messages from index 0 to its writer index. */
    public List<ByteBuf> datagrams() {
        return datagrams;
    }

    /** Number of link messages captured. */
    public int messageCount() {
        return messages;
    }

    /** Frees the buffers. */
    @Override
    public void close() {
        for (ByteBuf datagram : datagrams) {
            datagram.release();
        }
        datagrams.clear();
    }
}
