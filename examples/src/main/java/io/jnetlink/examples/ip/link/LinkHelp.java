package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.IpUsage;

/**
 * {@code ip link help [KIND]}: a kind's usage on standard output (status 0), as ip prints one; the
 * link usage on standard error (status 255) without a kind or for a kind jnl knows nothing of.
 */
public final class LinkHelp {
    private LinkHelp() {
    }

    /**
     * Prints the help the words after {@code ip link help} ask for.
     *
     * @param invocation where to print
     * @param args       the words after {@code help}: a kind, or none
     * @return the exit status, 0
     */
    public static int print(Invocation invocation, Args args) {
        String kind = args.next();
        String usage = kind == null ? null
                : kind.equals("bridge_slave") ? BridgeSlaveOptions.USAGE : LinkKindOptions.of(kind).usage(kind);
        if (usage == null) {
            throw IpUsage.fail(IpUsage.LINK);
        }
        invocation.out().print(usage);
        return 0;
    }
}
