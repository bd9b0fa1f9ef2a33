package io.jnetlink.core;

import io.jnetlink.core.message.MessageCursor;

/**
 * Receives the data messages of a reply, one at a time, as a cursor over the receive buffer.
 * The cursor and everything read through it are valid only during the call.
 */
@FunctionalInterface
public interface MessageHandler {
    /**
     * Handles one message.
     *
     * @param message the message, valid only during this call; never null
     * @return true to go on, false to stop: the rest of the reply is drained and discarded so
     *         the socket stays in step
     */
    boolean onMessage(MessageCursor message);

    /**
     * Called before a dump is run again after the kernel flagged it inconsistent
     * ({@code NLM_F_DUMP_INTR}); a handler that collects messages forgets them here. Only called
     * when retries are enabled with {@link NetlinkSocket.Config#withDumpRetries(int)}.
     */
    default void onRestart() {
    }
}
