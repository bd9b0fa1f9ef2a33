package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.NameTable;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.VrfAttributes;
import io.jnetlink.route.link.VrfData;

/** {@code type vrf table TABLE}: {@code IFLA_VRF_TABLE}, the table by name or number, as ip reads it. */
final class VrfKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        VrfData data = VrfData.of();
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "table")) {
                String value = args.value();
                long table = NameTable.TABLES.number(value);
                if (table < 0) {
                    throw invalidArgument(value, "invalid table ID\n");
                }
                data = data.with(VrfAttributes.TABLE, table);
            } else if (Args.matches(word, "help")) {
                throw new CommandFailure(usage(kind).stripTrailing(), 1);
            } else {
                throw new CommandFailure("vrf: unknown option \"" + word + "\"?\n" + usage(kind).stripTrailing(), 1);
            }
        }
        return data;
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add NAME type vrf table TABLE\n"
                + "TABLE is a routing table's number or its name in rt_tables.\n";
    }
}
