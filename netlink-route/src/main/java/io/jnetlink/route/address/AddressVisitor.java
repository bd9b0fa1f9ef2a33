package io.jnetlink.route.address;

/**
 * Receives each address of a streamed dump as an {@link AddressView} over the receive buffer,
 * without a record being built. The view is valid only during the call.
 */
@FunctionalInterface
public interface AddressVisitor {
    /**
     * Handles one address; copy out what must outlive the call.
     *
     * @param address the address, valid only during this call; never null
     */
    void visit(AddressView address);

    /**
     * Called when the kernel flagged the dump interrupted and the client runs it again from the
     * start: forget what the first attempt delivered, or addresses are seen twice. Does nothing by
     * default.
     */
    default void onRestart() {
    }
}
