package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;

/** {@code ip address [show [dev] DEV]}. */
final class IpAddress {
    private final Invocation invocation;
    private final IpOptions options;

    IpAddress(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        return 0;
    }
}
