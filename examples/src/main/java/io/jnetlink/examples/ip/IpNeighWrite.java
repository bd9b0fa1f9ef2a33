package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Neighbours;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code ip neigh add|change|replace|delete ...} and {@code ip neigh get ...}: the command line read
 * as ip reads it into a {@link NeighbourRequest} (whose attributes go out in ip's order), refusals
 * printed with ip's messages and exit statuses.
 */
final class IpNeighWrite {
    /** The verb: which request is sent. */
    enum Verb { ADD, CHANGE, REPLACE, DELETE }

    private final Invocation invocation;
    private final IpOptions options;

    IpNeighWrite(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    /** The entry's key as the command line names it: an address, where, and whether it is a proxy entry. */
    private static final class Key {
        String dst;
        String dev;
        boolean devGiven;
        boolean proxy;

        /** Reads {@code word} (and its value) when it names the key; false for any other word. */
        boolean read(String word, Args args) {
            if (word.equals("dev")) {
                dev = args.value();
                devGiven = true;
            } else if (Args.matches(word, "proxy")) {
                String value = args.value();
                if (Args.matches(value, "help")) {
                    throw IpNeigh.usage();
                }
                if (dst != null) {
                    throw duplicate("address", value);
                }
                dst = value;
                proxy = true;
                devGiven = true;
            } else {
                return false;
            }
            return true;
        }

        /**
         * A bare word (or {@code to ADDR}): the address. A word abbreviating {@code help} shows
         * the usage in {@code get}, and is skipped (the next word is the address) in a change, as in ip.
         */
        void destination(String word, Args args, boolean get) {
            String value = word.equals("to") ? args.value() : word;
            if (Args.matches(value, "help")) {
                if (get) {
                    throw IpNeigh.usage();
                }
                value = args.value();
            }
            if (dst != null) {
                throw new CommandFailure("Error: either \"to\" is duplicate, or \"" + value + "\" is a garbage.", 255);
            }
            dst = value;
        }
    }

    int modify(Verb verb, Args args) {
        Key key = new Key();
        String lladdr = null;
        int state = NeighbourCodec.NUD_PERMANENT;
        int flags = 0;
        int extFlags = 0;
        Integer protocol = null;
        InetAddress dst = null;
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "lladdr")) {
                String value = args.value();
                if (lladdr != null) {
                    throw duplicate("lladdr", value);
                }
                lladdr = value;
            } else if (word.equals("nud")) {
                String value = args.value();
                state = NeighWords.state(value);
                if (state < 0) {
                    throw invalid(value, "nud state is bad");
                }
            } else if (word.equals("router")) {
                flags |= NeighbourCodec.NTF_ROUTER;
            } else if (word.equals("use")) {
                flags |= NeighbourCodec.NTF_USE;
            } else if (word.equals("managed")) {
                extFlags |= NeighbourCodec.NTF_EXT_MANAGED;
                state = 0;
            } else if (Args.matches(word, "extern_learn")) {
                flags |= NeighbourCodec.NTF_EXT_LEARNED;
            } else if (Args.matches(word, "protocol") && !Args.matches(word, "proxy")) {
                String value = args.value();
                protocol = NeighWords.protocol(value);
                if (protocol < 0) {
                    throw invalid(value, "\"protocol\" value is invalid\n");
                }
            } else if (!key.read(word, args)) {
                key.destination(word, args, false);
            }
            // ip reads each address as soon as it is given.
            if (key.dst != null && dst == null) {
                dst = address(key.dst);
            }
        }
        if (!key.devGiven || dst == null) {
            throw new CommandFailure("Device and destination are required arguments.", 255);
        }
        NeighbourRequest request;
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            int ifindex = key.dev == null ? 0 : ifindex(session.rtnl().links().list(), key.dev);
            if (isWildcard(key.dst)) {
                // ip sends an empty NDA_DST for "all"/"any", which the kernel refuses with this.
                throw new CommandFailure("Error: Invalid network address.", 2);
            }
            request = key.proxy ? NeighbourRequest.proxy(ifindex, dst) : NeighbourRequest.of(ifindex, dst);
            request = request.withState(state).withFlags(request.flags() | flags);
            if (protocol != null) {
                request = request.withProtocol(protocol);
            }
            if (extFlags != 0) {
                request = request.with(NeighbourAttributes.FLAGS_EXT, extFlags);
            }
            if (lladdr != null && !lladdr.equals("null")) {
                request = request.withLladdr(LinkWords.lladdr(lladdr));
            }
            Neighbours neighbours = session.rtnl().neighbours();
            switch (verb) {
                case ADD -> neighbours.add(request);
                case CHANGE -> neighbours.change(request);
                case REPLACE -> neighbours.replace(request);
                default -> neighbours.delete(request);
            }
        }
        return 0;
    }

    /** {@code ip neigh get {ADDR | proxy ADDR} dev DEV}: the entry, printed as {@code ip neigh} prints it (never JSON). */
    int get(Args args) {
        Key key = new Key();
        InetAddress dst = null;
        while (args.hasNext()) {
            String word = args.next();
            if (!key.read(word, args)) {
                key.destination(word, args, true);
            }
            if (key.dst != null && dst == null) {
                dst = address(key.dst);
            }
        }
        if (!key.devGiven || dst == null) {
            throw new CommandFailure("Device and address are required arguments.", 1);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int ifindex = key.dev == null ? 0 : ifindex(links, key.dev);
            Neighbours neighbours = session.rtnl().neighbours();
            Neighbour entry = key.proxy ? neighbours.getProxy(ifindex, dst) : neighbours.get(ifindex, dst);
            // ip prints the answer as text (or brief) even under -j.
            NeighFormatter formatter = new NeighFormatter(options, new LinkFormatter(options, links, null), false);
            invocation.out().print(options.brief() ? formatter.brief(entry) : formatter.format(entry, false));
        }
        return 0;
    }

    /** ip's get_addr for a neighbour: {@code default} and {@code all}/{@code any} need a family (-4/-6). */
    private InetAddress address(String text) {
        if (text.equals("default") || isWildcard(text)) {
            if (options.family() == 0) {
                return null;
            }
            return Prefix.inet(new byte[options.family() == AddressFamily.AF_INET6 ? 16 : 4]);
        }
        return Prefix.address(text, options.family());
    }

    private static boolean isWildcard(String text) {
        return text.equals("all") || text.equals("any");
    }

    /** The index of the link called {@code name}, or ip's failure ({@code Cannot find device}, status 1). */
    static int ifindex(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 1));
    }

    private static CommandFailure duplicate(String option, String value) {
        return new CommandFailure("Error: duplicate \"" + option + "\": \"" + value + "\" is the second value.", 255);
    }

    private static CommandFailure invalid(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }
}
