package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourFilter;
import java.util.List;

/**
 * {@code ip neigh [show|flush] [dev DEV] [master DEV] [vrf NAME] [nomaster] [proxy] [nud STATE]...
 * [protocol PROTO] [unused] [[to] PREFIX]}, as text, brief ({@code -br}) or JSON; {@code -s} adds
 * the entry's ages and probes; {@code proxy} lists the proxy entries instead; {@code flush} deletes
 * what show would list (but permanent and noarp entries unless named). The changes
 * ({@code add|change|replace|delete}) and {@code get} are {@link IpNeighWrite}'s.
 */
final class IpNeigh {
    /** ip's state-filter bit for entries without a state ({@code nud none}). */
    private static final int NUD_NONE_FILTER = 0x100;
    /** ip gives up flushing after this many rounds. */
    private static final int MAX_FLUSH_ROUNDS = 10;

    private final Invocation invocation;
    private final IpOptions options;

    IpNeigh(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    /** ip's usage failure for {@code ip neigh help}: {@link IpUsage#NEIGH}, on standard error, status 255. */
    static CommandFailure usage() {
        return IpUsage.fail(IpUsage.NEIGH);
    }

    int run(Args args) {
        String verb = args.peek();
        if (verb == null) {
            return show(args, false);
        }
        if (Args.matches(verb, "add")) {
            args.next();
            return new IpNeighWrite(invocation, options).modify(IpNeighWrite.Verb.ADD, args);
        } else if (Args.matches(verb, "change") || verb.equals("chg")) {
            args.next();
            return new IpNeighWrite(invocation, options).modify(IpNeighWrite.Verb.CHANGE, args);
        } else if (Args.matches(verb, "replace")) {
            args.next();
            return new IpNeighWrite(invocation, options).modify(IpNeighWrite.Verb.REPLACE, args);
        } else if (Args.matches(verb, "delete")) {
            args.next();
            return new IpNeighWrite(invocation, options).modify(IpNeighWrite.Verb.DELETE, args);
        } else if (Args.matches(verb, "get")) {
            args.next();
            return new IpNeighWrite(invocation, options).get(args);
        } else if (Args.matches(verb, "show") || Args.matches(verb, "lst") || Args.matches(verb, "list")) {
            args.next();
            return show(args, false);
        } else if (Args.matches(verb, "flush")) {
            args.next();
            return show(args, true);
        } else if (Args.matches(verb, "help")) {
            throw usage();
        }
        throw new CommandFailure("Command \"" + verb + "\" is unknown, try \"ip neigh help\".", 255);
    }

    /** What {@code ip neigh show|flush} selects, read as ip reads it. */
    private static final class Selection {
        int ifindex;
        /** The master's ifindex; -1 for {@code nomaster}. */
        int master;
        boolean unused;
        boolean proxies;
        int protocol;
        int family;
        int states;
        Prefix to;

        /** Whether ip's filter keeps {@code n} (the family, device and master are the kernel's to narrow). */
        boolean keeps(Neighbour n, List<Link> links) {
            boolean stateShown = (n.state() & states) != 0 || n.hasFlag(NeighbourCodec.NTF_PROXY)
                    || n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED) || n.state() == 0 && (states & NUD_NONE_FILTER) != 0;
            int entryMaster = links.stream().filter(l -> l.ifindex() == n.ifindex()).mapToInt(Link::masterIfindex)
                    .findFirst().orElse(0);
            Integer entryProtocol = n.get(NeighbourAttributes.PROTOCOL);
            Neighbour.CacheInfo ages = n.get(NeighbourAttributes.CACHEINFO);
            return stateShown && (family == 0 || family == n.family()) && (ifindex == 0 || ifindex == n.ifindex())
                    && (master <= 0 || entryMaster == master) && (master != -1 || entryMaster == 0)
                    && (to == null || n.get(NeighbourAttributes.DST) != null && to.fitsFamily(n.family())
                        && to.sharesBits(n.get(NeighbourAttributes.DST), Math.max(to.length(), 0)))
                    && (protocol == 0 || entryProtocol != null && entryProtocol == protocol)
                    && (!unused || ages == null || ages.refcnt() == 0);
        }
    }

    private int show(Args args, boolean flush) {
        if (flush && !args.hasNext()) {
            throw new CommandFailure("Flush requires arguments.", 1);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            Selection s = select(args, flush, links);
            NeighbourFilter filter = NeighbourFilter.all().withFamily(s.family).withIfindex(s.ifindex);
            if (s.master > 0) {
                filter = filter.withMasterIfindex(s.master);
            }
            if (s.proxies) {
                filter = filter.withProxies();
            }
            return flush ? flush(session, links, filter, s) : print(session, links, filter, s);
        }
    }

    private Selection select(Args args, boolean flush, List<Link> links) {
        Selection s = new Selection();
        s.family = options.family();
        // ip's defaults: flush leaves permanent and noarp entries, show every state but noarp.
        s.states = flush ? ~(NeighbourCodec.NUD_PERMANENT | NeighbourCodec.NUD_NOARP) : 0xff & ~NeighbourCodec.NUD_NOARP;
        boolean statesGiven = false;
        String device = null;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "dev" -> {
                    String value = args.value();
                    if (device != null) {
                        throw new CommandFailure("Error: duplicate \"dev\": \"" + value + "\" is the second value.", 255);
                    }
                    device = value;
                }
                case "master" -> {
                    String value = args.value();
                    s.master = links.stream().filter(l -> l.name().equals(value)).mapToInt(Link::ifindex).findFirst()
                            .orElseThrow(() -> invalid(value, "Device does not exist\n"));
                }
                case "vrf" -> {
                    String value = args.value();
                    s.master = links.stream().filter(l -> l.name().equals(value) && "vrf".equals(l.kind()))
                            .mapToInt(Link::ifindex).findFirst().orElseThrow(() -> invalid(value, "Not a valid VRF name\n"));
                }
                case "nomaster" -> s.master = -1;
                case "unused" -> s.unused = true;
                case "nud" -> {
                    String value = args.value();
                    if (!statesGiven) {
                        statesGiven = true;
                        s.states = 0;
                    }
                    int state = NeighWords.state(value);
                    if (state < 0) {
                        if (!value.equals("all")) {
                            throw invalid(value, "nud state is bad");
                        }
                        state = flush ? ~NeighbourCodec.NUD_NOARP : ~0;
                    }
                    s.states |= state == 0 ? NUD_NONE_FILTER : state;
                }
                case "proxy" -> s.proxies = true;
                default -> {
                    if (Args.matches(word, "protocol")) {
                        String value = args.value();
                        int protocol = NeighWords.protocol(value);
                        if (protocol < 0 && !value.equals("all")) {
                            throw invalid(value, "invalid \"protocol\"\n");
                        }
                        s.protocol = Math.max(protocol, 0);
                    } else {
                        String value = word.equals("to") ? args.value() : word;
                        if (Args.matches(value, "help")) {
                            throw usage();
                        }
                        s.to = Prefix.parse(value, s.family);
                        if (s.family == 0) {
                            s.family = s.to.family();
                        }
                    }
                }
            }
        }
        if (device != null) {
            s.ifindex = IpNeighWrite.ifindex(links, device);
        }
        return s;
    }

    private int print(NamespaceSession session, List<Link> links, NeighbourFilter filter, Selection s) {
        NeighFormatter formatter = new NeighFormatter(options, new LinkFormatter(options, links, null), s.ifindex != 0);
        StringBuilder out = new StringBuilder();
        JsonWriter w = options.jsonWriter().startArray();
        for (Neighbour n : session.rtnl().neighbours().list(filter)) {
            if (!s.keeps(n, links)) {
                continue;
            }
            if (options.json()) {
                if (options.brief()) {
                    formatter.briefJson(w, n);
                } else {
                    formatter.json(w, n);
                }
            } else {
                out.append(options.brief() ? formatter.brief(n) : formatter.format(n, false));
            }
        }
        invocation.out().print(options.json() ? w.endArray() + "\n" : out);
        return 0;
    }

    /**
     * ip's flush: round after round (at most ten), dump, delete what the selection keeps, until a
     * round finds nothing; after the first round failed entries are left. {@code -s} reports the
     * rounds, {@code -s -s} also lists what each round deletes.
     */
    private int flush(NamespaceSession session, List<Link> links, NeighbourFilter filter, Selection s) {
        NeighFormatter formatter = new NeighFormatter(options, new LinkFormatter(options, links, null), s.ifindex != 0);
        for (int round = 0; round < MAX_FLUSH_ROUNDS; round++) {
            List<Neighbour> doomed = session.rtnl().neighbours().list(filter).stream().filter(n -> s.keeps(n, links))
                    .toList();
            if (doomed.isEmpty()) {
                if (options.statistics() > 0) {
                    invocation.out().print(round == 0 ? "Nothing to flush.\n"
                            : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***\n");
                }
                return 0;
            }
            StringBuilder listed = new StringBuilder();
            for (Neighbour n : doomed) {
                if (options.statistics() > 1) {
                    listed.append(formatter.format(n, false));
                }
                try {
                    session.rtnl().neighbours().delete(n);
                } catch (NetlinkException e) {
                    if (!e.is(Errno.ENOENT)) {
                        throw e;
                    }
                }
            }
            invocation.out().print(listed);
            if (options.statistics() > 0) {
                invocation.out().print("\n*** Round " + (round + 1) + ", deleting " + doomed.size() + " entries ***\n");
            }
            s.states &= ~NeighbourCodec.NUD_FAILED;
        }
        invocation.out().print("*** Flush not complete bailing out after " + MAX_FLUSH_ROUNDS + " rounds\n");
        return 1;
    }

    private static CommandFailure invalid(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }
}
