package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Invocation;

/**
 * {@code ip netns [list]}: the namespaces of the namespace directory in directory order, each
 * with {@code (id: N)} when the current namespace has given it an id. {@code --netns-dir} lists
 * another directory, such as Docker's, without the article's symlink trick.
 */
final class IpNetns {
    private final Invocation invocation;

    IpNetns(Invocation invocation) {
        this.invocation = invocation;
    }

    int run(Args args) {
        args.skipShow("ip netns");
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            NamespaceNames ids = new NamespaceNames(session.rtnl(), invocation.netnsDir());
            StringBuilder out = new StringBuilder();
            for (String name : ids.list()) {
                out.append(name);
                int id = ids.idOf(invocation.netnsDir().resolve(name));
                if (id >= 0) {
                    out.append(" (id: ").append(id).append(')');
                }
                out.append('\n');
            }
            invocation.out().print(out);
        }
        return 0;
    }
}
