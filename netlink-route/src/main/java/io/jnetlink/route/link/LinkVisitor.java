package io.jnetlink.route.link;

/**
 * Receives each link of a streamed dump as a {@link LinkView} over the receive buffer, without
 * a record being built. The view is valid only during the call.
 */
@FunctionalInterface
public interface LinkVisitor {
    /**
     * Handles one link; copy out what must outlive the call.
     *
     * @param link the link, valid only during this call; never null
     */
    void visit(LinkView link);

    /**
     * Called when the kernel flagged the dump interrupted and the client runs it again from the
     * start (see {@code NetlinkSocket.Config#withDumpRetries}): forget what the first attempt
     * delivered, or links are seen twice. Does nothing by default.
     */
    default void onRestart() {
    }
}
