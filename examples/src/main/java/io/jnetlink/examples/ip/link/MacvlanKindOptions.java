package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.prefixed;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.MacvlanAttributes;
import io.jnetlink.route.link.MacvlanData;

/** {@code type macvlan|macvtap OPTIONS}: the IFLA_MACVLAN_* attributes, as ip encodes them. */
final class MacvlanKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        Integer mode = null;
        while (args.hasNext()) {
            String option = prefixed(args.next(), "mode");
            if (!option.equals("mode")) {
                throw new CommandFailure(kind + ": option \"" + option + "\" is not supported by jnl (mode)", 1);
            }
            String value = args.value();
            mode = switch (value) {
                case "private" -> MacvlanData.MACVLAN_MODE_PRIVATE;
                case "vepa" -> MacvlanData.MACVLAN_MODE_VEPA;
                case "bridge" -> MacvlanData.MACVLAN_MODE_BRIDGE;
                case "passthru" -> MacvlanData.MACVLAN_MODE_PASSTHRU;
                case "source" -> MacvlanData.MACVLAN_MODE_SOURCE;
                default -> throw new CommandFailure("Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", "
                        + "\"passthru\" or \"source\", not \"" + value + "\"", 1);
            };
        }
        MacvlanData data = new MacvlanData(kind, MacvlanAttributes.SET.empty());
        return mode == null ? data : data.with(MacvlanAttributes.MODE, mode);
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link { add | set } NAME link DEV type " + kind + " [ mode MODE ]\n"
                + "MODE := { private | vepa | bridge | passthru | source }\n";
    }
}
