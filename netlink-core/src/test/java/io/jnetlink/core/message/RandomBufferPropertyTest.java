package io.jnetlink.core.message;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.testing.GoldenFixture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Walks every message and, recursively, every attribute of random and mutated buffers (the golden
 * captures with bytes flipped, lengths rewritten, cut short, spliced) calling every reader on
 * every attribute. Only {@link NetlinkParseException} may escape, and every loop must make
 * progress: each {@code next()} that returns true has moved strictly forward inside its region.
 */
class RandomBufferPropertyTest {
    private static final long SEED = 0x6a6e6c2d70726f70L;
    private static final int CASES = 12_000;
    private static final int[] FAMILY_HEADER_SIZES = {0, 1, 4, 8, 12, 16, 20};

    private final Random random = new Random(SEED);
    private long messages;
    private long attributes;
    private long faults;
    private long readFaults;

    @Test
    void onlyParseExceptionsEscapeAndEveryWalkEnds() {
        List<byte[]> corpus = new ArrayList<>();
        for (String name : List.of("link-dump.hex", "addr-dump.hex", "route-dump.hex", "error-unknown-kind.hex",
                "error-out-of-range.hex")) {
            GoldenFixture fixture = GoldenFixture.load(name);
            corpus.addAll(fixture.datagrams());
            corpus.add(fixture.request());
        }
        for (int i = 0; i < CASES; i++) {
            byte[] input = generate(i, corpus);
            ByteBuf buf = i % 2 == 0 ? Unpooled.wrappedBuffer(input)
                    : Unpooled.directBuffer(input.length).writeBytes(input);
            try {
                walk(buf);
            } catch (NetlinkParseException expected) {
                faults++;
            } catch (Throwable t) {
                fail("case " + i + " (seed " + SEED + "): " + t + "\n" + ByteBufUtil.prettyHexDump(buf), t);
            } finally {
                buf.release();
            }
        }
        System.out.printf("property test: %d buffers, %d messages and %d attributes walked, %d buffers rejected, "
                + "%d reads rejected%n", CASES, messages, attributes, faults, readFaults);
        assertTrue(attributes > 100_000, "the mutations left enough structure to walk deeply: " + attributes);
        assertTrue(faults > CASES / 10, "the mutations produced malformed framing: " + faults);
    }

    private byte[] generate(int i, List<byte[]> corpus) {
        byte[] base = corpus.get(random.nextInt(corpus.size()));
        switch (i % 8) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(600)];
                random.nextBytes(b);
                return b;
            }
            case 1 -> {
                byte[] b = base.clone();
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> {
                // Rewrite a 16-bit field at an aligned offset with a length-like value: hits nla_len.
                byte[] b = base.clone();
                int at = random.nextInt(b.length / 4) * 4;
                int value = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(8);
                    case 1 -> 0xffff;
                    case 2 -> b.length - at + random.nextInt(9) - 4;
                    default -> random.nextInt(0x10000);
                };
                if (at + 1 < b.length) {
                    b[at] = (byte) value;
                    b[at + 1] = (byte) (value >> 8);
                }
                return b;
            }
            case 3 -> {
                return Arrays.copyOf(base, random.nextInt(base.length + 1));
            }
            case 4 -> {
                byte[] b = Arrays.copyOf(base, base.length + 1 + random.nextInt(64));
                for (int k = base.length; k < b.length; k++) {
                    b[k] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 5 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int cut = random.nextInt(base.length + 1);
                int from = random.nextInt(other.length + 1);
                byte[] b = Arrays.copyOf(base, cut + other.length - from);
                System.arraycopy(other, from, b, cut, other.length - from);
                return b;
            }
            case 6 -> {
                // Rewrite nlmsg_len of the first message.
                byte[] b = base.clone();
                int len = random.nextBoolean() ? random.nextInt() : random.nextInt(b.length + 32);
                if (b.length >= 4) {
                    b[0] = (byte) len;
                    b[1] = (byte) (len >> 8);
                    b[2] = (byte) (len >> 16);
                    b[3] = (byte) (len >> 24);
                }
                return b;
            }
            default -> {
                byte[] b = base.clone();
                for (int n = 1 + random.nextInt(32); n > 0; n--) {
                    int bit = random.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                }
                return b;
            }
        }
    }

    private void walk(ByteBuf buf) {
        int length = buf.writerIndex();
        int offset = 0;
        if (random.nextInt(8) == 0) {
            // Sometimes a region that may lie partly outside the buffer.
            offset = random.nextInt(length + 8) - 4;
            length = random.nextInt(length + 8) - 4;
        }
        MessageCursor cursor = new MessageCursor().wrap(buf, offset, length);
        int previous = Integer.MIN_VALUE;
        while (cursor.next()) {
            messages++;
            assertTrue(cursor.offset() > previous, "message cursor moved forward");
            assertTrue(cursor.offset() >= offset && cursor.offset() + cursor.length() <= offset + length,
                    "message inside its region");
            previous = cursor.offset();
            cursor.type();
            cursor.flags();
            cursor.sequence();
            cursor.portId();
            int size = familyHeaderSize(cursor.type());
            guard(() -> {
                walkAttributes(cursor.attributes(size), 0);
                return null;
            });
        }
    }

    /** The family header the type really has, or a random guess for types of no known family. */
    private int familyHeaderSize(int type) {
        return switch (type) {
            case MessageType.RTM_NEWLINK, MessageType.RTM_GETLINK -> 16;
            case MessageType.RTM_NEWADDR, MessageType.RTM_GETADDR -> 8;
            case MessageType.RTM_NEWROUTE, MessageType.RTM_GETROUTE -> 12;
            case MessageType.NLMSG_ERROR -> NlMsgErr.SIZE;
            default -> FAMILY_HEADER_SIZES[random.nextInt(FAMILY_HEADER_SIZES.length)];
        };
    }

    private void walkAttributes(AttributeCursor cursor, int depth) {
        int previous = Integer.MIN_VALUE;
        while (cursor.next()) {
            attributes++;
            assertTrue(cursor.offset() > previous, "attribute cursor moved forward");
            previous = cursor.offset();
            assertTrue(cursor.valueLength() >= 0 && cursor.valueOffset() + cursor.valueLength() <= cursor.buffer().writerIndex(),
                    "value inside the buffer");
            cursor.type();
            cursor.isNestedFlagSet();
            cursor.isNetByteOrder();
            // Every reader the value is long enough for, plus one drawn at random that may not
            // fit: a thrown exception per reader per attribute would make the walk slow.
            int length = cursor.valueLength();
            List<Supplier<?>> readers = List.of(cursor::u8, cursor::u16, cursor::u16Network, cursor::u32,
                    cursor::s32, cursor::u32Network, cursor::u64, cursor::inetAddress, cursor::string,
                    () -> cursor.stringEquals("veth0"), cursor::bytes, cursor::mac);
            int fitting = length >= 8 ? 7 : length >= 4 ? 6 : length >= 2 ? 3 : length >= 1 ? 1 : 0;
            for (int r = 0; r < fitting; r++) {
                readers.get(r).get();
            }
            if (length == 4 || length == 16) {
                cursor.inetAddress();
            }
            for (int r = 8; r < readers.size(); r++) {
                readers.get(r).get();
            }
            guard(readers.get(random.nextInt(readers.size())));
            guard(() -> {
                walkAttributes(cursor.nested(), depth + 1);
                return null;
            });
            if (depth == 0) {
                // Only at the top: a second subtree per level would make the walk exponential.
                guard(() -> {
                    walkAttributes(cursor.nested(8), depth + 1);
                    return null;
                });
            }
        }
    }

    /** Runs one read; a parse fault is the allowed outcome, anything else propagates. */
    private void guard(Supplier<?> read) {
        try {
            read.get();
        } catch (NetlinkParseException expected) {
            readFaults++;
        }
    }
}
