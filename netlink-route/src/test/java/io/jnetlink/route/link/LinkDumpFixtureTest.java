package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Decoding of a link dump captured from a real kernel ({@code fixtures/link-dump.hex}, commands on
 * top) against {@code ip -j -s -d link show} of the same namespace taken right after
 * ({@code fixtures/link-dump.ip.json}); needs no privileges.
 */
class LinkDumpFixtureTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = LinkDumpFixtureTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** All messages of the fixture, back to back in one buffer as in a datagram. */
    private static ByteBuf dump() throws IOException {
        ByteBuf buf = Unpooled.buffer();
        for (String line : resource("link-dump.hex").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                buf.writeBytes(ByteBufUtil.decodeHexDump(line.trim()));
            }
        }
        return buf;
    }

    private static List<Link> decodeAll(ByteBuf buf) {
        List<Link> links = new ArrayList<>();
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        LinkView view = new LinkView();
        while (cursor.next()) {
            links.add(Link.from(view.wrap(cursor)));
        }
        return links;
    }

    @Test
    void capturedDumpDecodesToWhatIpShowed() throws IOException {
        List<Link> links = decodeAll(dump());
        assertEquals(10, links.size(), "lo and the nine links made");
        IpLinkJson.assertSameAsIp(links, IpLinkJson.parse(resource("link-dump.ip.json")));
    }

    @Test
    void keptAttributesCannotBeChangedThroughTheirCursor() throws IOException {
        List<Link> links = decodeAll(dump());
        Link first = links.get(0);
        Link second = links.get(1);
        byte[] before = second.get(LinkAttributes.AF_SPEC).toByteArray();
        AttributeCursor cursor = first.get(LinkAttributes.AF_SPEC).cursor();
        assertThrows(ReadOnlyBufferException.class, () -> cursor.buffer().setByte(0, 0xff),
                "a record's bytes, possibly shared with other records, are read-only");
        assertArrayEquals(before, second.get(LinkAttributes.AF_SPEC).toByteArray());
    }

    @Test
    void attributesTheTableDoesNotNameAreKeptAsSentAndAfSpecIsItsMembers() throws IOException {
        ByteBuf buf = dump();
        List<Link> links = decodeAll(buf);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        for (int i = 0; i < links.size(); i++) {
            assertTrue(cursor.next());
            ByteBuf unnamed = Unpooled.buffer();
            byte[] afSpec = null;
            AttributeCursor a = cursor.attributes(IfInfoMsg.SIZE);
            while (a.next()) {
                // Not named: neither a row nor one of the two types the table skips (IFLA_STATS 7, IFLA_PAD 42).
                if (LinkAttributes.SET.byType(a.type()) == null && a.type() != 7 && a.type() != 42) {
                    int length = 4 + a.valueLength();
                    unnamed.writeBytes(buf, a.offset(), length).writeZero((4 - length % 4) % 4);
                }
                if (a.type() == LinkAttributes.AF_SPEC.type()) {
                    afSpec = a.bytes();
                }
            }
            Link link = links.get(i);
            assertArrayEquals(ByteBufUtil.getBytes(unnamed), link.values().unknown().toByteArray(), link.name());
            RawAttributes kept = link.get(LinkAttributes.AF_SPEC);
            assertArrayEquals(afSpec, kept.toByteArray(), link.name() + ": IFLA_AF_SPEC's members as sent");
            assertEquals(RawAttributes.of(afSpec), kept, "equal to the same bytes in one array");
            assertEquals(RawAttributes.of(afSpec).hashCode(), kept.hashCode());
        }
    }

    @Test
    void repeatedAddressFamilyMembersAreSharedNotCopied() throws IOException {
        ByteBuf buf = Unpooled.directBuffer().writeBytes(dump());
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        assertTrue(cursor.next() && cursor.next() && cursor.next(), "the third message: ifb0");
        LinkView view = new LinkView();
        Link first = Link.from(view.wrap(cursor));
        assertEquals("ifb0", first.name());
        int kept = first.get(LinkAttributes.AF_SPEC).toByteArray().length;
        Link last = first;
        for (int i = 0; i < 2_000; i++) { // warm up the JIT so it measures steady state
            last = Link.from(view.wrap(cursor));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000; i++) {
            last = Link.from(view.wrap(cursor));
        }
        long perRecord = (threads.getCurrentThreadAllocatedBytes() - before) / 1_000;
        assertEquals(first, last);
        // Copying IFLA_AF_SPEC again would alone allocate more than the whole record does.
        assertTrue(perRecord < kept, perRecord + " bytes per record, " + kept + " bytes of IFLA_AF_SPEC kept");
    }

    @Test
    void viewAccessorsAgreeWithTheRecords() throws IOException {
        ByteBuf buf = dump();
        List<Link> links = decodeAll(buf);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        LinkView view = new LinkView();
        for (Link link : links) {
            assertTrue(cursor.next());
            view.wrap(cursor);
            assertEquals(link.ifindex(), view.ifindex());
            assertTrue(view.nameEquals(link.name()));
            assertEquals(link.mtu(), view.mtu());
            assertEquals(link.masterIfindex(), view.masterIfindex());
            assertEquals(link.linkIfindex(), view.linkIfindex());
            assertEquals(link.operState(), view.operState());
            assertEquals(link.txQueueLength(), view.txQueueLength());
            assertEquals(link.flags(), view.flags());
            assertEquals(link.kind() != null && view.kindEquals(link.kind()), link.kind() != null);
            assertEquals(link.stats().rxBytes(), view.stat(LinkStats.RX_BYTES));
            assertEquals(link.stats().txPackets(), view.stat(LinkStats.TX_PACKETS));
        }
    }

    @Test
    void walkingTheDumpWithTheViewAllocatesNothingPerLink() throws IOException {
        ByteBuf buf = Unpooled.directBuffer().writeBytes(dump());
        MessageCursor cursor = new MessageCursor();
        LinkView view = new LinkView();
        long sink = walk(buf, cursor, view, 2_000); // warm up the JIT so it measures steady state
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += walk(buf, cursor, view, 10_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sink != 0);
        // 100,000 links walked: anything allocated per link would add up to megabytes.
        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated walking 100000 links");
    }

    private static long walk(ByteBuf buf, MessageCursor cursor, LinkView view, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            cursor.wrap(buf, 0, buf.writerIndex());
            while (cursor.next()) {
                view.wrap(cursor);
                sum += view.ifindex() + view.mtu() + view.masterIfindex() + view.stat(LinkStats.RX_BYTES)
                        + (view.kindEquals("bridge") ? 1 : 0) + (view.nameEquals("br0") ? 1 : 0);
            }
        }
        return sum;
    }

    @Test
    void mutatedBytesFailOnlyWithParseExceptions() throws IOException {
        byte[] original = ByteBufUtil.getBytes(dump());
        Random random = new Random(20261126);
        for (int i = 0; i < 3_000; i++) {
            byte[] bytes = original.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(10) == 0 ? random.nextInt(bytes.length) : bytes.length;
            try {
                decodeAll(Unpooled.wrappedBuffer(bytes, 0, length));
            } catch (NetlinkParseException expected) {
                // malformed input is reported as such; anything else escapes and fails the test
            }
        }
    }

    @Test
    void truncatedLinkInfoIsReportedWithItsOffset() throws IOException {
        ByteBuf buf = dump();
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        LinkView view = new LinkView();
        while (cursor.next()) {
            view.wrap(cursor);
            if (view.kindEquals("bridge")) {
                int at = view.attribute(LinkAttributes.LINKINFO.type()).valueOffset();
                buf.setShortLE(at, 0xfff0); // first nested attribute now claims to run past its container
                NetlinkParseException e = org.junit.jupiter.api.Assertions.assertThrows(NetlinkParseException.class,
                        () -> Link.from(view));
                assertTrue(e.getMessage().contains("runs past"), e.getMessage());
                return;
            }
        }
        throw new AssertionError("the fixture has a bridge");
    }
}
