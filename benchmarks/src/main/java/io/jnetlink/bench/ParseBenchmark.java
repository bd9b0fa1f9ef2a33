package io.jnetlink.bench;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkView;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse-only: a dump of N ifb links (with statistics, as a plain {@code ip link} asks for them)
 * is captured once from a throwaway namespace, the namespace is removed, and each invocation
 * parses the whole captured dump from memory. The score is dumps per second; {@code :links} is
 * links per second.
 *
 * <p>{@code replay=receive-buffer} (the default) first copies each captured datagram into one
 * 32 KiB direct buffer and parses it there, as a live dump parses each datagram in the one
 * receive buffer right after the kernel copied it in (the copy is part of the score);
 * {@code replay=in-place} parses the captured buffers where they lie, so at n = 10,000 it reads
 * 15 MB of cold memory per invocation, which a live dump never does.
 */
public class ParseBenchmark extends LinkDumpBenchmark {
    /** {@code receive-buffer}: each datagram copied into one receive buffer first; {@code in-place}: not. */
    @Param({"receive-buffer"})
    public String replay;

    private final MessageCursor cursor = new MessageCursor();
    private final LinkView view = new LinkView();
    private DumpCapture capture;
    private List<ByteBuf> datagrams;
    private ByteBuf receiveBuffer;
    private boolean copy;
    private int nextDatagram;

    /** Builds the namespace, captures its dump and deletes it again. */
    @Setup(Level.Trial)
    public void capture() {
        try (LinkNamespace namespace = LinkNamespace.create(n)) {
            capture = DumpCapture.of(namespace.rtnl().socket(), 0);
        }
        if (capture.messageCount() != n + 1) {
            throw new IllegalStateException("captured " + capture.messageCount() + " links, expected " + (n + 1));
        }
        datagrams = capture.datagrams();
        copy = switch (replay) {
            case "receive-buffer" -> true;
            case "in-place" -> false;
            default -> throw new IllegalArgumentException("replay is receive-buffer or in-place: " + replay);
        };
        int largest = datagrams.stream().mapToInt(ByteBuf::writerIndex).max().orElse(0);
        receiveBuffer = Unpooled.directBuffer(Math.max(DumpCapture.DATAGRAM_SIZE, largest));
    }

    /** Frees the captured buffers. */
    @TearDown(Level.Trial)
    public void release() {
        capture.close();
        receiveBuffer.release();
    }

    /** The datagram {@code i} where the parser reads it: in the receive buffer, or in place. */
    private ByteBuf datagram(int i) {
        ByteBuf datagram = datagrams.get(i);
        return copy ? receiveBuffer.clear().writeBytes(datagram, 0, datagram.writerIndex()) : datagram;
    }

    /** Rewinds the replay to before the first datagram, for {@link #nextLink()}. */
    private void startReplay() {
        nextDatagram = 0;
        cursor.wrap(receiveBuffer, 0, 0);
    }

    /**
     * Moves {@link #cursor} to the next link message of the captured dump, bringing in the next
     * datagram (as a live dump receives it) when this one is read; false after the last.
     */
    private boolean nextLink() {
        while (true) {
            while (cursor.next()) {
                if (cursor.type() == MessageType.RTM_NEWLINK) {
                    return true;
                }
            }
            if (nextDatagram == datagrams.size()) {
                return false;
            }
            ByteBuf datagram = datagram(nextDatagram++);
            cursor.wrap(datagram, 0, datagram.writerIndex());
        }
    }

    /** Visits every attribute of every link, nested ones included, through the cursors alone. */
    @Benchmark
    public long cursorWalk(LinkCounter counter) {
        long sum = 0;
        int links = 0;
        startReplay();
        while (nextLink()) {
            sum += LinkAttributeWalk.walk(cursor);
            links++;
        }
        counter.links += links;
        return sum;
    }

    /** Decodes every link into a {@link Link} record, as {@code rtnl.links().list()} does. */
    @Benchmark
    public void records(LinkCounter counter, Blackhole blackhole) {
        int links = 0;
        startReplay();
        while (nextLink()) {
            blackhole.consume(Link.from(view.wrap(cursor)));
            links++;
        }
        counter.links += links;
    }
}
