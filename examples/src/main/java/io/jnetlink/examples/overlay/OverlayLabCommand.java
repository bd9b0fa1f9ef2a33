package io.jnetlink.examples.overlay;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.Invocation;

/** {@code overlay-lab up|status|down}: the jar's entry to {@link OverlayLab}. */
public final class OverlayLabCommand implements Command {
    @Override
    public String name() {
        return "overlay-lab";
    }

    @Override
    public String summary() {
        return "[--prefix P] up|status|down  the article's two-host overlay, built with this library";
    }

    @Override
    public String usage() {
        return """
                Usage: overlay-lab [--prefix PREFIX] { up | status | down }

                Builds (up), reports (status) or removes (down) the article's Swarm overlay for two
                simulated hosts in namespaces named PREFIX* (default ovlab-), with VXLAN peers as
                permanent neighbour and FDB entries, using this project's library alone. Needs
                CAP_SYS_ADMIN and CAP_NET_ADMIN (root); without them it says which one is missing.
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        return OverlayLab.run(args.rest().toArray(String[]::new), invocation.out(), invocation.err());
    }
}
