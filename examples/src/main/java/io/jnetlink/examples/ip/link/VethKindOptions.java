package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.VethData;

/**
 * {@code type veth [peer OPTIONS]}: the other end, described with the same options as the new
 * link itself ({@code name}, {@code address}, {@code mtu}, {@code txqueuelen}, {@code netns}, ...),
 * read by {@link IpLinkWrite}'s own parser.
 */
final class VethKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return VethData.of();
        }
        if (!args.next().equals("peer")) {
            throw new CommandFailure(usage(kind).strip(), 1);
        }
        return VethData.of(IpLinkWrite.peer(context, args));
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link add NAME [ LINKOPTION ]... type veth [ peer [ [ name ] PEERNAME ] [ LINKOPTION ]... ]
                The peer takes the same options as the link itself (address, mtu, txqueuelen, numtxqueues,
                numrxqueues, netns NETNS_NAME|PID, group, alias, up, ...); "ip link help" lists them.
                """;
    }
}
