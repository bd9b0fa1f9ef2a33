package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import java.util.List;

/**
 * The link selectors ip link and ip addr share: {@code [dev] DEV}, {@code up},
 * {@code master DEV}, {@code nomaster}, {@code group GROUP}, {@code type KIND}.
 */
final class LinkFilter {
    private String device;
    private String master;
    private String kind;
    private boolean upOnly;
    private boolean noMaster;
    private long group = -1;

    static LinkFilter parse(Args args, String tool) {
        return parse(args, tool, null);
    }

    /** Reads the selectors; words {@code addresses} (when not null) takes are address selectors. */
    static LinkFilter parse(Args args, String tool, AddrFilter addresses) {
        LinkFilter filter = new LinkFilter();
        while (args.hasNext()) {
            String word = args.next();
            if (addresses != null && addresses.parse(word, args)) {
                continue;
            }
            if (word.equals("dev")) {
                filter.device = args.value();
            } else if (word.equals("up")) {
                filter.upOnly = true;
            } else if (word.equals("master")) {
                filter.master = args.value();
            } else if (word.equals("group")) {
                String value = args.value();
                long number = NameTable.GROUPS.number(value);
                if (number < 0) {
                    throw new CommandFailure("Error: argument \"" + value + "\" is wrong: Invalid \"group\" value\n", 255);
                }
                filter.group = number & 0xffffffffL;
            } else if (word.equals("nomaster")) {
                filter.noMaster = true;
            } else if (word.equals("type")) {
                filter.kind = args.value();
            } else if (Args.isHelp(word)) {
                throw IpUsage.fail(tool.equals("ip link") ? IpUsage.LINK : IpUsage.ADDRESS);
            } else if (filter.device == null) {
                filter.device = word;
            } else {
                throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + word + "\" is a garbage.", 255);
            }
        }
        return filter;
    }

    /** The device named with {@code dev}, or null. */
    String device() {
        return device;
    }

    /** Fails as ip does when a named device or master is not among {@code links}. */
    void requireDevice(List<Link> links) {
        for (String name : new String[] {device, master}) {
            if (name != null && links.stream().noneMatch(l -> l.name().equals(name))) {
                throw new CommandFailure("Device \"" + name + "\" does not exist.", 1);
            }
        }
    }

    boolean accepts(Link link, List<Link> links) {
        if (device != null && !device.equals(link.name())) {
            return false;
        }
        if (upOnly && !link.isUp() || noMaster && link.masterIfindex() != 0
                || group >= 0 && Integer.toUnsignedLong(link.getInt(LinkAttributes.GROUP)) != group) {
            return false;
        }
        if (master != null) {
            int masterIndex = links.stream().filter(l -> l.name().equals(master)).mapToInt(Link::ifindex).findFirst().orElse(-1);
            if (link.masterIfindex() != masterIndex) {
                return false;
            }
        }
        return kind == null || kind.equals(link.kind())
                || kind.endsWith("_slave") && link.info() != null
                && kind.equals(link.info().slaveKind() + "_slave");
    }
}
