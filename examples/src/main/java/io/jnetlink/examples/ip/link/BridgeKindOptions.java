package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.LinkWords.unsigned;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.LinkData;

/** {@code type bridge OPTIONS}: the IFLA_BR_* attributes, each as ip encodes it, in order. */
final class BridgeKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        BridgeData data = BridgeData.of();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "forward_delay", "ageing_time", "stp_state", "vlan_filtering");
            switch (option) {
                case "stp_state" -> data = data.with(BridgeAttributes.STP_STATE, unsigned(args.value(), "invalid stp_state"));
                case "forward_delay" -> data = data.with(BridgeAttributes.FORWARD_DELAY,
                        unsigned(args.value(), "invalid forward_delay"));
                case "ageing_time" -> data = data.with(BridgeAttributes.AGEING_TIME,
                        unsigned(args.value(), "invalid ageing_time"));
                case "vlan_filtering" -> {
                    String value = args.value();
                    int on = unsignedBits(value, 8, "invalid vlan_filtering");
                    data = data.with(BridgeAttributes.VLAN_FILTERING, on != 0);
                }
                default -> throw new CommandFailure("bridge: option \"" + option
                        + "\" is not supported by jnl (stp_state, forward_delay, ageing_time, vlan_filtering)", 1);
            }
        }
        return data;
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link { add | set } NAME type bridge [ BRIDGEOPTION ]...
                BRIDGEOPTION := { stp_state N | forward_delay CENTISECONDS | ageing_time CENTISECONDS |
                                  vlan_filtering { 0 | 1 } }
                """;
    }
}
