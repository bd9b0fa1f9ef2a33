package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;

/** {@code ip route [show [table T]]}. */
final class IpRoute {
    private final Invocation invocation;
    private final IpOptions options;

    IpRoute(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        return 0;
    }
}
