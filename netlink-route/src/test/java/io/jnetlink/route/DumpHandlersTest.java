package io.jnetlink.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.testing.Fixtures;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump retried after {@code NLM_F_DUMP_INTR} runs from the start: the facets' handlers must
 * forget what the interrupted attempt delivered and tell a caller's visitor to do the same (the
 * soak found address and route lists holding every object of the first attempt twice).
 */
class DumpHandlersTest {
    /** A bare netlink header of {@code type}, in host order. */
    private static MessageCursor message(int type) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        b.putInt(16).putShort((short) type).putShort((short) 0).putInt(1).putInt(0);
        return Fixtures.cursor(b.array());
    }

    @Test
    void collectingForgetsTheInterruptedAttemptOnRestart() {
        List<Integer> listed = new ArrayList<>();
        MessageHandler handler = DumpHandlers.collecting(MessageCursor::type, type -> type != MessageType.RTM_DELADDR,
                listed);
        handler.onMessage(message(MessageType.RTM_NEWADDR));
        handler.onMessage(message(MessageType.RTM_DELADDR));
        assertEquals(List.of(MessageType.RTM_NEWADDR), listed, "kept only what the filter accepts");
        handler.onRestart();
        assertTrue(listed.isEmpty(), "the first attempt is forgotten");
        handler.onMessage(message(MessageType.RTM_NEWADDR));
        assertEquals(List.of(MessageType.RTM_NEWADDR), listed, "each object once after the retry");
    }

    @Test
    void onlyPassesItsTypeAndEveryRestartToTheVisitor() {
        List<String> seen = new ArrayList<>();
        MessageHandler visitor = new MessageHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                seen.add("message " + message.type());
                return false;
            }

            @Override
            public void onRestart() {
                seen.add("restart");
            }
        };
        MessageHandler handler = DumpHandlers.only(MessageType.RTM_NEWROUTE, visitor);
        assertTrue(handler.onMessage(message(MessageType.RTM_NEWADDR)), "other types are skipped, the dump goes on");
        assertEquals(false, handler.onMessage(message(MessageType.RTM_NEWROUTE)), "the visitor's stop is kept");
        handler.onRestart();
        assertEquals(List.of("message " + MessageType.RTM_NEWROUTE, "restart"), seen);
    }
}
