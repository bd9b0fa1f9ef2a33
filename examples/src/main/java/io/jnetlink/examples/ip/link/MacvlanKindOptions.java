package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.MacvlanAttributes;
import io.jnetlink.route.link.MacvlanData;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code type macvlan|macvtap OPTIONS}: the IFLA_MACVLAN_* attributes as ip 6.1 encodes them: the
 * source address commands ({@code macaddr}) and {@code bcqueuelen} in the order given, then the
 * mode, then the flags.
 */
final class MacvlanKindOptions implements KindOptions {
    private static final int ETH_ALEN = 6;

    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        MacvlanData data = new MacvlanData(kind, MacvlanAttributes.SET.empty());
        int mode = 0;
        int flags = 0;
        boolean hasFlags = false;
        // A word that ended a "macaddr set" list.
        String putBack = null;
        while (putBack != null || args.hasNext()) {
            String word = putBack != null ? putBack : args.next();
            putBack = null;
            String option = prefixed(word, "mode", "flag", "macaddr", "nopromisc", "nodst", "bcqueuelen", "help");
            switch (option) {
                case "mode" -> {
                    String value = args.value();
                    mode = switch (value) {
                        case "private" -> MacvlanData.MACVLAN_MODE_PRIVATE;
                        case "vepa" -> MacvlanData.MACVLAN_MODE_VEPA;
                        case "bridge" -> MacvlanData.MACVLAN_MODE_BRIDGE;
                        case "passthru" -> MacvlanData.MACVLAN_MODE_PASSTHRU;
                        case "source" -> MacvlanData.MACVLAN_MODE_SOURCE;
                        default -> throw new CommandFailure("Error: argument of \"mode\" must be \"private\", \"vepa\", "
                                + "\"bridge\", \"passthru\" or \"source\", not \"" + value + "\"", 1);
                    };
                }
                case "flag" -> {
                    String value = args.value();
                    flags |= switch (value) {
                        case "nopromisc" -> MacvlanData.MACVLAN_FLAG_NOPROMISC;
                        case "nodst" -> MacvlanData.MACVLAN_FLAG_NODST;
                        case "null" -> 0;
                        default -> throw new CommandFailure("Error: argument of \"flag\" must be \"nopromisc\", "
                                + "\"nodst\" or \"null\", not \"" + value + "\"", 1);
                    };
                    hasFlags = true;
                }
                case "macaddr" -> {
                    String command = args.value();
                    switch (command) {
                        case "add", "del" -> {
                            MacAddress mac = LinkWords.lladdr(args.value(), ETH_ALEN, context.err());
                            if (mac == null) {
                                throw CommandFailure.silent(1);
                            }
                            data = command.equals("add") ? data.withSourceAdded(mac) : data.withSourceDeleted(mac);
                        }
                        case "set" -> {
                            // As ip: every following word that reads as an address is one; the first
                            // that does not ends the list and is read again as an option, as ip
                            // leaves it (cut at its first colon).
                            List<MacAddress> macs = new ArrayList<>();
                            while (args.hasNext()) {
                                String next = args.next();
                                MacAddress mac = LinkWords.lladdr(next, ETH_ALEN, context.err());
                                if (mac == null) {
                                    putBack = next.contains(".") ? next : next.split(":", -1)[0];
                                    break;
                                }
                                macs.add(mac);
                            }
                            data = data.withSources(macs);
                        }
                        case "flush" -> data = data.withSourcesFlushed();
                        default -> throw new CommandFailure(usage(kind).stripTrailing(), 1);
                    }
                }
                case "nopromisc" -> {
                    flags |= MacvlanData.MACVLAN_FLAG_NOPROMISC;
                    hasFlags = true;
                }
                case "nodst" -> {
                    flags |= MacvlanData.MACVLAN_FLAG_NODST;
                    hasFlags = true;
                }
                case "bcqueuelen" -> {
                    String value = args.value();
                    long length = parseC(value, 0xffffffffL);
                    if (length < 0) {
                        throw new CommandFailure("Error: argument of \"bcqueuelen\" must be a positive integer "
                                + "[0-4294967295], not \"" + value + "\"", 1);
                    }
                    data = data.with(MacvlanAttributes.BC_QUEUE_LEN, (int) length);
                }
                case "help" -> throw new CommandFailure(usage(kind).stripTrailing(), 1);
                default -> throw new CommandFailure(kind + ": unknown option \"" + word + "\"?\n"
                        + usage(kind).stripTrailing(), 1);
            }
        }
        if (mode != 0) {
            data = data.with(MacvlanAttributes.MODE, mode);
        }
        if (hasFlags) {
            if ((flags & MacvlanData.MACVLAN_FLAG_NOPROMISC) != 0 && mode != MacvlanData.MACVLAN_MODE_PASSTHRU) {
                throw new CommandFailure(kind + ": nopromisc flag only valid in passthru mode\n"
                        + usage(kind).stripTrailing(), 1);
            }
            data = data.with(MacvlanAttributes.FLAGS, flags);
        }
        return data;
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link { add | set } NAME [ link DEV ] type " + kind + " [ OPTION ]...\n"
                + "OPTION := { mode MODE | flag { nopromisc | nodst | null } | nopromisc | nodst |\n"
                + "            macaddr { add LLADDR | del LLADDR | set [ LLADDR ]... | flush } |\n"
                + "            bcqueuelen PACKETS }\n"
                + "MODE := { private | vepa | bridge | passthru | source }\n"
                + "nopromisc needs mode passthru on the same command line; macaddr changes the source\n"
                + "addresses of mode source; bcqueuelen is 0 to 4294967295 (the largest asked for on the\n"
                + "lower device is used). Option names, not their values, may be cut to a prefix.\n";
    }
}
