package io.jnetlink.route.routing;

/**
 * Receives each route of a streamed dump as a {@link RouteView} over the receive buffer, without
 * a record being built. The view is valid only during the call.
 */
@FunctionalInterface
public interface RouteVisitor {
    /**
     * Handles one route; copy out what must outlive the call ({@link RouteView#toRoute()}).
     *
     * @param route the route, valid only during this call; never null
     */
    void visit(RouteView route);

    /**
     * Called when the kernel flagged the dump interrupted and the client runs it again from the
     * start: forget what the first attempt delivered, or routes are seen twice. Does nothing by
     * default.
     */
    default void onRestart() {
    }
}
