package io.jnetlink.examples.ip.link;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.IpvlanAttributes;
import io.jnetlink.route.link.IpvlanData;
import io.jnetlink.route.link.LinkData;

/**
 * {@code type ipvlan|ipvtap OPTIONS}: the mode as it comes, then {@code IFLA_IPVLAN_FLAGS} from the
 * one {@code bridge}, {@code private} or {@code vepa} word (0 without one), as ip encodes them.
 */
final class IpvlanKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        IpvlanData data = new IpvlanData(kind, IpvlanAttributes.SET.empty());
        if (!args.hasNext()) {
            return data; // ip sends no options at all then, not even the flags
        }
        int flags = 0;
        boolean flagGiven = false;
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "mode")) {
                String value = args.value();
                int mode = KindWords.IPVLAN_MODES.indexOf(value);
                if (mode < 0) {
                    throw new CommandFailure("Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"", 1);
                }
                data = data.with(IpvlanAttributes.MODE, mode);
            } else if (!flagGiven && Args.matches(word, "private")) {
                flags = IpvlanData.IPVLAN_F_PRIVATE;
                flagGiven = true;
            } else if (!flagGiven && Args.matches(word, "vepa")) {
                flags = IpvlanData.IPVLAN_F_VEPA;
                flagGiven = true;
            } else if (!flagGiven && Args.matches(word, "bridge")) {
                flagGiven = true;
            } else if (Args.matches(word, "help")) {
                throw new CommandFailure(usage(kind).stripTrailing(), 1);
            } else {
                // A second flag word lands here too, as in ip.
                throw new CommandFailure(kind + ": unknown option \"" + word + "\"?\n" + usage(kind).stripTrailing(), 1);
            }
        }
        return data.with(IpvlanAttributes.FLAGS, flags);
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add link DEV NAME type " + kind + " [ mode { l2 | l3 | l3s } ]"
                + " [ bridge | private | vepa ]\n"
                + "Without them the kernel picks l3 and bridge; one of bridge, private, vepa at most.\n";
    }
}
