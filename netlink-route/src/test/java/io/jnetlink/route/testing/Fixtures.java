package io.jnetlink.route.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Golden kernel messages stored as hex (one message per line, {@code #} comments naming how
 * they were captured) and the malformed-input checks run over them.
 */
public final class Fixtures {
    private static final int RANDOM_MUTATIONS = 300;

    private Fixtures() {
    }

    /** The messages of classpath resource {@code name}, each as its own byte array. */
    public static List<byte[]> messages(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            List<byte[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(HexFormat.of().parseHex(line.trim()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code write} writes, as bytes (for decoding what a request would send). */
    public static byte[] written(Consumer<MessageWriter> write) {
        try (MessageWriter w = new MessageWriter()) {
            write.accept(w);
            ByteBuf buf = w.finish();
            byte[] bytes = new byte[buf.readableBytes()];
            buf.getBytes(0, bytes);
            return bytes;
        }
    }

    /** A cursor positioned on {@code message}. */
    public static MessageCursor cursor(byte[] message) {
        ByteBuf buf = Unpooled.wrappedBuffer(message);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, message.length);
        assertTrue(cursor.next());
        return cursor;
    }

    /**
     * Feeds {@code decoder} every truncation of {@code message} (with {@code nlmsg_len} patched
     * to match, so the decoder itself meets the short input) and a fixed set of random byte
     * mutations: each must decode or fail with {@link NetlinkParseException}, nothing else.
     */
    public static void assertMalformedInputOnlyFailsWithParseException(byte[] message, Consumer<MessageCursor> decoder) {
        for (int len = NlMsgHdr.SIZE; len < message.length; len++) {
            byte[] cut = Arrays.copyOf(message, len);
            ByteBuf buf = Unpooled.wrappedBuffer(cut);
            HostOrder.setU32(buf, NlMsgHdr.LEN, len);
            decodeSafely(cut, decoder);
        }
        Random random = new Random(42);
        for (int i = 0; i < RANDOM_MUTATIONS; i++) {
            byte[] copy = message.clone();
            int at = NlMsgHdr.SIZE + random.nextInt(copy.length - NlMsgHdr.SIZE);
            copy[at] = (byte) random.nextInt(256);
            decodeSafely(copy, decoder);
        }
    }

    private static void decodeSafely(byte[] bytes, Consumer<MessageCursor> decoder) {
        try {
            decoder.accept(cursor(bytes));
        } catch (NetlinkParseException expected) {
            // the one acceptable failure for malformed input
        } catch (RuntimeException e) {
            fail("malformed input raised " + e + " instead of NetlinkParseException: " + HexFormat.of().formatHex(bytes), e);
        }
    }
}
