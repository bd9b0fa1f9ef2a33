package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.route.link.DummyData;
import io.jnetlink.route.link.IfbData;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.RawLinkData;

/**
 * A kind without options ({@code dummy}, {@code ifb}) or one ip has no parser for: ip ignores what
 * follows and sends an empty data nest, which this leaves out.
 */
final class NoKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        while (args.hasNext()) {
            args.next();
        }
        return switch (kind) {
            case "dummy" -> DummyData.INSTANCE;
            case "ifb" -> IfbData.INSTANCE;
            default -> new RawLinkData(kind, new byte[0]);
        };
    }

    /** The kinds jnl knows to take no options have a usage; for any other kind jnl knows nothing of, null. */
    @Override
    public String usage(String kind) {
        return kind.equals("dummy") || kind.equals("ifb")
                ? "Usage: ip link add NAME type " + kind + "\n(" + kind + " takes no options)\n" : null;
    }
}
