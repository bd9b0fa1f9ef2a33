package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.validName;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.VethData;

/** {@code type veth [peer OPTIONS]}: the other end, named and placed as ip does. */
final class VethKindOptions implements KindOptions {
    @Override
    /** {@code veth [peer [name] NAME [netns NETNS]]}: the other end is named and placed as ip does. */
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return VethData.of();
        }
        String word = args.next();
        if (!word.equals("peer")) {
            throw new CommandFailure("veth: jnl knows only \"peer [name] NAME [netns NETNS]\", not \"" + word + "\"", 1);
        }
        String named = null;
        String bareName = null;
        NetNs target = null;
        while (args.hasNext()) {
            String option = IpLinkWrite.keyword(args.next());
            if (option.equals("name")) {
                String value = args.value();
                if (named != null) {
                    throw new CommandFailure("Error: duplicate \"name\": \"" + value + "\" is the second value.", 255);
                }
                if (!validName(value)) {
                    throw invalidArgument(value, "\"name\" not a valid ifname");
                }
                named = value;
            } else if (option.equals("netns")) {
                String value = args.value();
                if (target != null) {
                    throw new CommandFailure("Error: duplicate \"netns\": \"" + value + "\" is the second value.", 255);
                }
                target = context.openNamespace(value);
                if (target == null) {
                    throw invalidArgument(value, "Invalid \"netns\" value\n");
                }
            } else if (IpLinkWrite.LINK_OPTIONS.contains(option)) {
                throw new CommandFailure("veth: jnl sets only the peer's name and netns, not \"" + option + "\"", 1);
            } else {
                String value = option.equals("dev") ? args.value() : option;
                if (bareName != null) {
                    throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                }
                bareName = value;
            }
        }
        context.checkNameAndDev(named, bareName);
        String peer = named != null ? named : bareName;
        return VethData.of(peer, target);
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add NAME type veth [ peer [ name ] PEERNAME [ netns NETNS ] ]\n";
    }
}
