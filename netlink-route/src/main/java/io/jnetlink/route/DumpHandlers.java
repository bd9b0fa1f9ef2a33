package io.jnetlink.route;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.message.MessageCursor;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Handlers the facets put around their dumps. Both pass {@link MessageHandler#onRestart()} on:
 * a dump the kernel flagged interrupted is run again from the start (when the client retries),
 * and whatever the first attempt delivered must then be forgotten, not listed twice.
 */
final class DumpHandlers {
    private DumpHandlers() {
    }

    /** Passes the messages of {@code type} to {@code visitor} (a dump may carry others) and restarts too. */
    static MessageHandler only(int type, MessageHandler visitor) {
        return new MessageHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                return message.type() != type || visitor.onMessage(message);
            }

            @Override
            public void onRestart() {
                visitor.onRestart();
            }
        };
    }

    /** Decodes every message into {@code into}, keeping those {@code keep} accepts; empties it on a restart. */
    static <T> MessageHandler collecting(Function<MessageCursor, T> decode, Predicate<? super T> keep, List<T> into) {
        return new MessageHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                T item = decode.apply(message);
                if (keep.test(item)) {
                    into.add(item);
                }
                return true;
            }

            @Override
            public void onRestart() {
                into.clear();
            }
        };
    }
}
