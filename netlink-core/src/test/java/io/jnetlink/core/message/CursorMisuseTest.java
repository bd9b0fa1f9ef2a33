package io.jnetlink.core.message;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reading a cursor that stands on no attribute or message (before the first {@code next()} or
 * after the last) is a programming error, reported as {@link IllegalStateException} by every
 * reader alike, never as malformed data, an unrelated runtime exception or bytes from the wrong
 * place.
 */
class CursorMisuseTest {

    private static List<Supplier<?>> readers(AttributeCursor a) {
        return List.of(a::u8, a::u16, a::u32, a::s32, a::u64, a::u16Network, a::u32Network, a::string,
                () -> a.stringEquals("x"), a::bytes, a::mac, a::inetAddress, a::nested, () -> a.nested(4));
    }

    private static void assertEveryReaderRefuses(AttributeCursor cursor, String when) {
        List<Supplier<?>> readers = readers(cursor);
        for (int i = 0; i < readers.size(); i++) {
            assertThrows(IllegalStateException.class, readers.get(i)::get, "reader " + i + " " + when);
        }
    }

    @Test
    void everyReaderRefusesBeforeTheFirstAttribute() {
        ByteBuf buf = Unpooled.buffer().writeZero(8);
        HostOrder.setU16(buf, 0, 8);
        assertEveryReaderRefuses(new AttributeCursor().wrap(buf, 0, 8), "before next()");
    }

    @Test
    void everyReaderRefusesAfterTheLastAttribute() {
        // A 4-byte value: after the end, a stale length of 4 must not make inetAddress() succeed.
        ByteBuf buf = Unpooled.buffer().writeZero(8);
        HostOrder.setU16(buf, 0, 8);
        AttributeCursor cursor = new AttributeCursor().wrap(buf, 0, 8);
        assertTrue(cursor.next());
        assertFalse(cursor.next());
        assertEveryReaderRefuses(cursor, "after the last next()");
    }

    @Test
    void messageCursorRefusesReadsWithoutACurrentMessage() {
        ByteBuf buf = Unpooled.buffer().writeZero(32);
        HostOrder.setU32(buf, NlMsgHdr.LEN, 32);
        HostOrder.setU16(buf, NlMsgHdr.TYPE, MessageType.RTM_NEWLINK);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, 32);
        assertMessageReadersRefuse(cursor, "before next()");
        assertTrue(cursor.next());
        assertTrue(cursor.type() == MessageType.RTM_NEWLINK);
        assertFalse(cursor.next());
        assertMessageReadersRefuse(cursor, "after the last next()");
    }

    private static void assertMessageReadersRefuse(MessageCursor m, String when) {
        List<Supplier<?>> readers = List.of(m::type, m::flags, m::sequence, m::portId, m::payloadOffset,
                () -> m.familyHeader(0), () -> m.attributes(0));
        for (int i = 0; i < readers.size(); i++) {
            assertThrows(IllegalStateException.class, readers.get(i)::get, "message reader " + i + " " + when);
        }
    }
}
