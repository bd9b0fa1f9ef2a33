package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.signed;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BondSlaveAttributes;
import io.jnetlink.route.link.BondSlaveData;
import io.jnetlink.route.link.LinkData;

/**
 * {@code type bond_slave OPTIONS}: a bond port's {@code queue_id} and {@code prio}, in the order
 * given, sent as the port's slave data as ip sends them.
 */
final class BondSlaveOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        BondSlaveData data = BondSlaveData.of();
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "queue_id")) {
                data = data.with(BondSlaveAttributes.QUEUE_ID, unsignedBits(args.value(), 16, "queue_id is invalid"));
            } else if (word.equals("prio")) {
                data = data.with(BondSlaveAttributes.PRIO, signed(args.value(), "prio is invalid"));
            } else if (Args.matches(word, "help")) {
                throw new CommandFailure(usage(kind).stripTrailing(), 1);
            } else {
                throw new CommandFailure("bond_slave: unknown option \"" + word + "\"?\n" + usage(kind).stripTrailing(),
                        1);
            }
        }
        return data;
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link set DEV type bond_slave [ queue_id QUEUE ] [ prio PRIORITY ]\n"
                + "QUEUE is 0 to 65535; PRIORITY a signed number, the higher the sooner the port becomes active.\n";
    }
}
