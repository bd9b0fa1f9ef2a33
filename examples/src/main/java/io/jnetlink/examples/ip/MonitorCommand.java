package io.jnetlink.examples.ip;

import io.jnetlink.core.EventHandler;
import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.address.AddressCodec;
import io.jnetlink.route.event.EventGroup;
import io.jnetlink.route.link.IfInfoMsg;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.routing.RouteCodec;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code monitor [all] [link] [address] [route] [neigh]}: one line per rtnetlink notification,
 * as {@code ip monitor} prints it ({@code Deleted } before removals; {@code all} adds
 * {@code [LINK]}-style banners). Runs until interrupted.
 */
public final class MonitorCommand implements Command {
    private static final long POLL_MILLIS = 1000;

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public String summary() {
        return "[all] [link] [address] [route] [neigh]  one line per event (ip monitor)";
    }

    @Override
    public String usage() {
        return """
                Usage: monitor [ all | OBJECTS ]
                OBJECTS := [ link ] [ address ] [ route ] [ neigh ]

                Prints link, address, route and neighbour notifications of the namespace (-n NETNS)
                as "ip monitor" does, until interrupted. "all" prefixes each with [LINK], [ADDR], ...
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        return monitor(invocation, IpOptions.plain(), args);
    }

    /** Runs the monitor with ip's output options (also reached as {@code ip monitor}). */
    static int monitor(Invocation invocation, IpOptions options, Args args) {
        Set<EventGroup> groups = EnumSet.noneOf(EventGroup.class);
        boolean banners = false;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("all")) {
                banners = true;
            } else if (word.equals("label")) {
                banners = true;
            } else if (Args.matches(word, "link")) {
                groups.add(EventGroup.LINK);
            } else if (Args.matches(word, "address")) {
                groups.add(EventGroup.IPV4_ADDRESS);
                groups.add(EventGroup.IPV6_ADDRESS);
            } else if (Args.matches(word, "route")) {
                groups.add(EventGroup.IPV4_ROUTE);
                groups.add(EventGroup.IPV6_ROUTE);
            } else if (Args.matches(word, "neigh")) {
                groups.add(EventGroup.NEIGHBOUR);
            } else {
                throw new CommandFailure("Argument \"" + word + "\" is unknown, try \"ip monitor help\".", 255);
            }
        }
        if (groups.isEmpty()) {
            groups = EnumSet.allOf(EventGroup.class);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation);
             NetlinkSocket events = session.openSocket(NetlinkProtocol.ROUTE)) {
            for (EventGroup group : groups) {
                events.joinGroup(group.group());
            }
            // The name cache is filled after joining, so no change falls between the two.
            LinkFormatter links = new LinkFormatter(options, session.rtnl().links().list(),
                    new NamespaceNames(session.rtnl(), invocation.netnsDir()));
            links.monitorMode(index -> find(session, index));
            Printer printer = new Printer(invocation.out(), invocation.err(), options, banners, links);
            while (events.receiveEvents(printer, POLL_MILLIS) >= 0) {
                invocation.out().flush();
            }
        }
        return 0;
    }

    /** A link the name cache lacks, asked from the kernel as ip does; null when it is gone. */
    private static Link find(NamespaceSession session, int index) {
        try {
            return session.rtnl().links().get(index);
        } catch (NetlinkException gone) {
            return null;
        }
    }

    /** True when the message carries {@code IFLA_LINK} with the value 0 (ip prints {@code @NONE}). */
    private static boolean linkIsNone(MessageCursor message) {
        AttributeCursor attributes = message.attributes(IfInfoMsg.SIZE);
        while (attributes.next()) {
            if (attributes.type() == LinkAttributes.LINK.type()) {
                return attributes.u32() == 0;
            }
        }
        return false;
    }

    /**
     * True for a bridge's {@code AF_BRIDGE} notification about one of its ports: its
     * {@code RTM_DELLINK} means the port left the bridge, not that the link is gone.
     */
    private static boolean isBridgePortNotice(MessageCursor message) {
        int header = message.familyHeader(IfInfoMsg.SIZE);
        return message.buffer().getUnsignedByte(header + IfInfoMsg.FAMILY) == AddressFamily.AF_BRIDGE;
    }

    /** Prints each notification as it arrives and keeps the name cache current. */
    private static final class Printer implements EventHandler {
        private final PrintStream out;
        private final PrintStream err;
        private final boolean banners;
        private final LinkFormatter links;
        private final AddrFormatter addresses;
        private final RouteFormatter routes;
        private final NeighFormatter neighbours;

        Printer(PrintStream out, PrintStream err, IpOptions options, boolean banners, LinkFormatter links) {
            this.out = out;
            this.err = err;
            this.banners = banners;
            this.links = links;
            this.addresses = new AddrFormatter(options, true);
            this.routes = new RouteFormatter(options, links, RouteSelector.NONE);
            this.neighbours = new NeighFormatter(options, links, false);
        }

        @Override
        public boolean onMessage(MessageCursor message) {
            int type = message.type();
            switch (type) {
                case MessageType.RTM_NEWLINK, MessageType.RTM_DELLINK -> {
                    boolean none = linkIsNone(message);
                    Link link = Link.decode(message);
                    boolean deleted = type == MessageType.RTM_DELLINK;
                    if (deleted && !isBridgePortNotice(message)) {
                        links.forget(link.ifindex());
                    } else {
                        links.remember(link);
                    }
                    print("[LINK]", deleted, links.format(link, false, none));
                }
                case MessageType.RTM_NEWADDR, MessageType.RTM_DELADDR -> {
                    var addr = AddressCodec.decode(message);
                    print("[ADDR]", type == MessageType.RTM_DELADDR, addresses.format(addr, links.nameOf(addr.ifindex())));
                }
                case MessageType.RTM_NEWROUTE, MessageType.RTM_DELROUTE ->
                        print("[ROUTE]", type == MessageType.RTM_DELROUTE, routes.format(RouteCodec.decode(message)));
                case MessageType.RTM_NEWNEIGH, MessageType.RTM_DELNEIGH -> print("[NEIGH]", false,
                        neighbours.format(NeighbourCodec.decode(message), type == MessageType.RTM_DELNEIGH));
                default -> {
                    // Notifications ip monitor shows for groups this command does not join.
                }
            }
            return true;
        }

        private void print(String banner, boolean deleted, String text) {
            out.print((banners ? banner : "") + (deleted ? "Deleted " : "") + text);
        }

        @Override
        public void onOverrun() {
            out.flush();
            err.println("monitor: the kernel dropped notifications (ENOBUFS); some changes were not shown");
        }
    }
}
