package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.Links;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import java.util.List;
import java.util.Optional;

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
    /** The interface indexes of {@link #device} and {@link #master}, once {@link #requireDevice} found them. */
    private int deviceIndex;
    private int masterIndex;

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
                filter.device(args.value());
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
            } else {
                filter.device(word);
            }
        }
        return filter;
    }

    /** The device a bare word or {@code dev DEV} names; a second one is ip's duplicate-or-garbage failure. */
    private void device(String name) {
        if (device != null) {
            throw new CommandFailure("Error: either \"dev\" is duplicate, or \"" + name + "\" is a garbage.", 255);
        }
        device = name;
    }

    /** The device named with {@code dev}, or null. */
    String device() {
        return device;
    }

    /**
     * Finds the named device and master among {@code links}, else asks the kernel ({@code lookup}:
     * an alternative name); fails as ip does when there is none.
     */
    void requireDevice(List<Link> links, Links lookup) {
        // ip resolves the master while it reads the line, the device after it.
        masterIndex = master == null ? 0 : ifindex(master, links, lookup).orElseThrow(() -> new CommandFailure(
                "Error: argument \"" + master + "\" is wrong: Device does not exist\n", 255));
        deviceIndex = device == null ? 0 : ifindex(device, links, lookup).orElseThrow(() -> new CommandFailure(
                "Device \"" + device + "\" does not exist.", 1));
    }

    private static Optional<Integer> ifindex(String name, List<Link> links, Links lookup) {
        for (Link link : links) {
            if (link.name().equals(name)) {
                return Optional.of(link.ifindex());
            }
        }
        try {
            return lookup.find(name).map(Link::ifindex);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no link can have that name
        }
    }

    /** Whether {@code link} passes the selectors ({@link #requireDevice} first, when a device or master is named). */
    boolean accepts(Link link) {
        if (device != null && link.ifindex() != deviceIndex) {
            return false;
        }
        if (upOnly && !link.isUp() || noMaster && link.masterIfindex() != 0
                || group >= 0 && Integer.toUnsignedLong(link.getInt(LinkAttributes.GROUP)) != group) {
            return false;
        }
        if (master != null && link.masterIfindex() != masterIndex) {
            return false;
        }
        return kind == null || kind.equals(link.kind())
                || kind.endsWith("_slave") && link.info() != null
                && kind.equals(link.info().slaveKind() + "_slave");
    }
}
