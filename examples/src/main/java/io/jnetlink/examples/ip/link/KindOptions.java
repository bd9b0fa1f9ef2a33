package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.route.link.LinkData;

/**
 * The options after {@code type KIND} in {@code ip link add|set}: read as ip reads them for that
 * kind, into the kind's {@link LinkData}.
 */
public interface KindOptions {
    /** Reads every remaining argument as an option of {@code kind}. */
    LinkData parse(KindContext context, String kind, Args args);

    /**
     * Our own usage text for {@code ip link help KIND}: the options this parser reads; null for a
     * kind jnl knows nothing of (ip then prints its link usage).
     */
    String usage(String kind);
}
