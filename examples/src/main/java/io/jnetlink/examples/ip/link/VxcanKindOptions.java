package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.VethAttributes;
import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.VethPeer;
import io.jnetlink.route.link.VxcanAttributes;
import io.jnetlink.route.link.VxcanData;

/** {@code type vxcan [peer OPTIONS]}: the other end is read as a veth's, and sent as VXCAN_INFO_PEER. */
final class VxcanKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (args.hasNext() && !args.peek().equals("peer")) {
            throw new CommandFailure(usage(kind).stripTrailing(), 1);
        }
        VethData veth = (VethData) new VethKindOptions().parse(context, kind, args);
        VethPeer peer = veth.get(VethAttributes.PEER);
        return peer == null ? VxcanData.of() : VxcanData.of().with(VxcanAttributes.PEER, peer);
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add NAME type vxcan [ peer [ name ] PEERNAME [ netns NETNS ] ]\n";
    }
}
