package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import java.util.List;
import java.util.function.Consumer;

/** What the facets' {@code flush} does with what it listed: delete each, skipping those already gone. */
final class Deletions {
    private Deletions() {
    }

    /**
     * Deletes every item, counting the deletions; an item the kernel reports gone (one of the
     * errnos {@code gone}: it went with another, or someone else deleted it) is skipped.
     */
    static <T> int deleteEach(List<T> items, Consumer<T> delete, Errno... gone) {
        int deleted = 0;
        for (T item : items) {
            try {
                delete.accept(item);
                deleted++;
            } catch (NetlinkException e) {
                if (!e.is(gone)) {
                    throw e;
                }
            }
        }
        return deleted;
    }
}
