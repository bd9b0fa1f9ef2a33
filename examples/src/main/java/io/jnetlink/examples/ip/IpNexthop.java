package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Nexthops;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.nexthop.NexthopAttributes;
import io.jnetlink.route.nexthop.NexthopBucket;
import io.jnetlink.route.nexthop.NexthopBucketFilter;
import io.jnetlink.route.nexthop.NexthopCodec;
import io.jnetlink.route.nexthop.NexthopFilter;
import io.jnetlink.route.nexthop.NexthopGroupMember;
import io.jnetlink.route.nexthop.NexthopRequest;
import io.jnetlink.route.nexthop.ResilientGroupAttributes;
import io.jnetlink.route.routing.NextHop;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip nexthop} (abbreviated {@code nh}): {@code [list|show] SELECTOR}, {@code get id ID},
 * {@code add|replace|del id ID NEXTHOP} and {@code flush SELECTOR}, the words read as iproute2 6.1
 * reads them, in its order of checks, requests sent as it sends them, output and refusals printed
 * as it prints them, with its exit statuses; {@code bucket list|get} for resilient groups. {@code encap}
 * is not done.
 */
final class IpNexthop {
    /** Our own summary of the syntax, on standard error with exit status 255 as ip's. */
    static final String USAGE = """
            Usage: ip nexthop [ list | show ] [ SELECTOR ]
                   ip nexthop flush [ SELECTOR ]
                   ip nexthop get id ID
                   ip nexthop { add | replace } [ id ID ] NEXTHOP [ protocol PROTO ]
                   ip nexthop del id ID
                   ip nexthop bucket [ list | show ] [ dev DEV ] [ master DEV ] [ vrf NAME ] [ id ID ] [ nhid ID ]
                   ip nexthop bucket get id ID index INDEX
            SELECTOR := [ id ID ] [ dev DEV ] [ master DEV ] [ vrf NAME ] [ groups ] [ fdb ] [ protocol NUMBER ]
            NEXTHOP := { blackhole
                       | [ via [ inet | inet6 ] ADDRESS ] [ dev DEV ] [ onlink ] [ fdb ]
                       | group ID[,WEIGHT][/ID[,WEIGHT]]... [ fdb ] [ type GROUPTYPE ] }
            GROUPTYPE := { mpath | resilient [ buckets N ] [ idle_timer SECONDS ] [ unbalanced_timer SECONDS ] }
            WEIGHT is 1 to 256; a group without a type spreads traffic by hash (mpath).
            jnl does not do encap.""";

    /** ip takes timers below 2^32/100 seconds: the kernel counts hundredths. */
    private static final long MAX_TIMER_SECONDS = 0xffffffffL / 100;
    private static final int CENTISECONDS = 100;

    private final Invocation invocation;
    private final IpOptions options;

    IpNexthop(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        if (!args.hasNext()) {
            return list(args, false);
        }
        String verb = args.next();
        if (Args.matches(verb, "add")) {
            return modify(Verb.ADD, args);
        } else if (Args.matches(verb, "replace")) {
            return modify(Verb.REPLACE, args);
        } else if (Args.matches(verb, "delete")) {
            return modify(Verb.DELETE, args);
        } else if (Args.matches(verb, "list") || Args.matches(verb, "show") || Args.matches(verb, "lst")) {
            return list(args, false);
        } else if (Args.matches(verb, "get")) {
            return get(args);
        } else if (Args.matches(verb, "flush")) {
            return list(args, true);
        } else if (Args.matches(verb, "bucket")) {
            return bucket(args);
        } else if (Args.matches(verb, "help")) {
            throw usage();
        }
        throw new CommandFailure("Command \"" + verb + "\" is unknown, try \"ip nexthop help\".", 255);
    }

    private static CommandFailure usage() {
        return new CommandFailure(USAGE, 255);
    }

    /** What {@code add}, {@code replace} and {@code del} send. */
    private enum Verb { ADD, REPLACE, DELETE }

    /** {@code ip nexthop add|replace|del}: every word becomes an attribute in its place, as ip appends them. */
    private int modify(Verb verb, Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            int family = options.family();
            int flags = 0;
            NexthopRequest request = NexthopRequest.empty();
            while (args.hasNext()) {
                String word = args.next();
                switch (word) {
                    case "id" -> request = request.with(NexthopAttributes.ID, id(args.value()));
                    case "dev" -> {
                        request = request.withIfindex(device(links, args.value()));
                        family = family == AddressFamily.AF_UNSPEC ? AddressFamily.AF_INET : family;
                    }
                    case "via" -> {
                        InetAddress gateway = gateway(args, family);
                        family = AddressFamily.of(gateway);
                        request = request.withGateway(gateway);
                    }
                    case "encap" -> throw new CommandFailure("jnl: ip nexthop encap is not implemented", 255);
                    case "blackhole" -> {
                        request = request.withBlackhole();
                        family = family == AddressFamily.AF_UNSPEC ? AddressFamily.AF_INET : family;
                    }
                    case "fdb" -> request = request.withFdb();
                    case "onlink" -> flags |= NextHop.RTNH_F_ONLINK;
                    case "group" -> request = request.withGroup(group(args.value()));
                    case "type" -> request = groupType(request, args);
                    case "help" -> throw usage();
                    default -> {
                        if (!Args.matches(word, "protocol")) {
                            throw LinkWords.invalidArgument(word, "");
                        }
                        String value = args.value();
                        long protocol = NameTable.PROTOCOLS.number(value);
                        if (protocol < 0 || protocol > 0xff) {
                            throw LinkWords.invalidArgument(value, "\"protocol\" value is invalid\n");
                        }
                        request = request.withProtocol((int) protocol);
                    }
                }
            }
            request = request.withFamily(family).withFlags(flags);
            Nexthops nexthops = session.rtnl().nexthops();
            switch (verb) {
                case ADD -> nexthops.add(request);
                case REPLACE -> nexthops.replace(request);
                case DELETE -> nexthops.delete(request);
            }
        }
        return 0;
    }

    /** An id as ip's {@code get_unsigned} reads it; 0 passes (the kernel then picks one, or refuses). */
    private static long id(String value) {
        return Integer.toUnsignedLong(LinkWords.unsigned(value, "invalid id value"));
    }

    /** The index of device {@code name}; ip's refusal when there is none. */
    private static int device(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> LinkWords.invalidArgument(name, "Device does not exist\n"));
    }

    /** The index of VRF device {@code name}; ip's refusal when it is not one. */
    private static int vrf(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name) && "vrf".equals(l.kind())).mapToInt(Link::ifindex)
                .findFirst().orElseThrow(() -> LinkWords.invalidArgument(name, "Invalid VRF\n"));
    }

    /**
     * {@code via [inet|inet6] ADDRESS}: the address of the family named, else of {@code family}
     * (0: either); one of another family than {@code family} (set by -4/-6, dev, blackhole or an
     * earlier via) is refused as ip refuses it.
     */
    private static InetAddress gateway(Args args, int family) {
        String value = args.value();
        int named = switch (value) {
            case "inet" -> AddressFamily.AF_INET;
            case "inet6" -> AddressFamily.AF_INET6;
            case "link", "ipx", "mpls", "bridge" -> throw new CommandFailure(
                    "jnl: ip nexthop via " + value + " is not implemented", 255);
            default -> AddressFamily.AF_UNSPEC;
        };
        int wanted = family;
        if (named != AddressFamily.AF_UNSPEC) {
            wanted = named;
            value = args.value();
        }
        if (value.equals("default") || value.equals("any") || value.equals("all")) {
            throw new CommandFailure("jnl: ip nexthop via needs an address, not \"" + value + "\"", 255);
        }
        Prefix address;
        try {
            address = value.contains("/") ? null : Prefix.parse(value, wanted);
        } catch (CommandFailure e) {
            address = null;
        }
        if (address == null) {
            String kind = wanted == AddressFamily.AF_INET ? "inet" : wanted == AddressFamily.AF_INET6 ? "inet6" : "any valid";
            throw new CommandFailure("Error: " + kind + " address is expected rather than \"" + value + "\".", 1);
        }
        if (family != AddressFamily.AF_UNSPEC && family != address.family()) {
            throw LinkWords.invalidArgument(value, "address family mismatch\n");
        }
        try {
            return InetAddress.getByAddress(address.address());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes", e);
        }
    }

    /**
     * {@code group ID[,WEIGHT][/...]} as ip reads it: ip cuts the text at each separator it has
     * passed, so a bad id is reported as the text up to the first of them, a bad weight as its own text.
     */
    private static List<NexthopGroupMember> group(String text) {
        List<NexthopGroupMember> members = new ArrayList<>();
        String[] parts = text.isEmpty() ? new String[0] : text.split("/", -1);
        String reported = text.split("[/,]", -1)[0];
        for (String part : parts) {
            int comma = part.indexOf(',');
            String idText = comma < 0 ? part : part.substring(0, comma);
            long id = LinkWords.parseC(idText, 0xffffffffL);
            if (id < 0) {
                throw LinkWords.invalidArgument(reported, "\"group\" value is invalid\n");
            }
            int weight = 1;
            if (comma >= 0) {
                String weightText = part.substring(comma + 1);
                long parsed = LinkWords.parseC(weightText, 0xffffffffL);
                if (parsed < 1 || parsed > NexthopGroupMember.MAX_WEIGHT) {
                    throw LinkWords.invalidArgument(weightText, "\"weight\" is invalid\n");
                }
                weight = (int) parsed;
            }
            members.add(new NexthopGroupMember(id, weight));
        }
        if (members.isEmpty()) {
            throw LinkWords.invalidArgument(reported, "\"group\" value is invalid\n");
        }
        return members;
    }

    /**
     * {@code type mpath} or {@code type resilient [buckets N] [idle_timer S] [unbalanced_timer S]}:
     * ip sends the options' nest only when a word follows {@code resilient}, and reads those words
     * until one is not an option, which it reads again as a nexthop word.
     */
    private static NexthopRequest groupType(NexthopRequest request, Args args) {
        String value = args.value();
        if (value.equals("mpath")) {
            return request.withGroupType(NexthopCodec.NEXTHOP_GRP_TYPE_MPATH);
        } else if (!value.equals("resilient")) {
            throw LinkWords.invalidArgument(value, "\"type\" value is invalid\n");
        } else if (!args.hasNext()) {
            return request.withGroupType(NexthopCodec.NEXTHOP_GRP_TYPE_RES);
        }
        AttributeValues resilient = ResilientGroupAttributes.SET.empty();
        while (args.hasNext()) {
            String word = args.peek();
            if (word.equals("buckets")) {
                args.next();
                String buckets = args.value();
                resilient = resilient.with(ResilientGroupAttributes.BUCKETS,
                        LinkWords.unsignedBits(buckets, 16, "invalid buckets value"));
            } else if (word.equals("idle_timer")) {
                args.next();
                resilient = resilient.with(ResilientGroupAttributes.IDLE_TIMER, timer(args.value(), "invalid idle timer value"));
            } else if (word.equals("unbalanced_timer")) {
                args.next();
                resilient = resilient.with(ResilientGroupAttributes.UNBALANCED_TIMER,
                        timer(args.value(), "invalid unbalanced timer value"));
            } else {
                break;
            }
        }
        return request.withResilient(resilient);
    }

    /** Whole seconds below 2^32/100, as hundredths. */
    private static long timer(String value, String reason) {
        long seconds = LinkWords.parseC(value, 0xffffffffL);
        if (seconds < 0 || seconds >= MAX_TIMER_SECONDS) {
            throw LinkWords.invalidArgument(value, reason);
        }
        return seconds * CENTISECONDS;
    }

    /** {@code ip nexthop get id ID}: any other word, or no id (or id 0), is a usage error. */
    private int get(Args args) {
        long id = 0;
        while (args.hasNext()) {
            if (!args.next().equals("id")) {
                throw usage();
            }
            id = id(args.value());
        }
        if (id == 0) {
            throw usage();
        }
        return show(id);
    }

    /** One nexthop, as {@code get} and {@code list id ID} print it; a missing one fails with status 2. */
    private int show(long id) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            Nexthop nexthop = session.rtnl().nexthops().get(id);
            print(List.of(nexthop), session.rtnl().links().list());
        }
        return 0;
    }

    /** {@code list|flush SELECTOR}: the selectors in ip's order of checks; {@code id} ends the words. */
    private int list(Args args, boolean flush) {
        boolean all = !args.hasNext();
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            NexthopFilter filter = NexthopFilter.all().withFamily(options.family());
            long protocol = 0;
            while (args.hasNext()) {
                String word = args.next();
                if (Args.matches(word, "dev")) {
                    filter = filter.withIfindex(device(links, args.value()));
                } else if (Args.matches(word, "groups")) {
                    filter = filter.withGroups();
                } else if (Args.matches(word, "master")) {
                    filter = filter.withMasterIfindex(device(links, args.value()));
                } else if (Args.matches(word, "vrf")) {
                    filter = filter.withMasterIfindex(vrf(links, args.value()));
                } else if (word.equals("id")) {
                    long id = id(args.value());
                    return flush ? flushOne(session.rtnl().nexthops(), id) : show(id);
                } else if (Args.matches(word, "protocol")) {
                    protocol = Integer.toUnsignedLong(LinkWords.unsigned(args.value(), "invalid protocol value"));
                } else if (Args.matches(word, "fdb")) {
                    // ip sends NHA_FDB, which the kernel (to 6.18 at least) reads and ignores: every
                    // nexthop comes back, so the filter leaves it out.
                    continue;
                } else if (Args.matches(word, "help")) {
                    throw usage();
                } else {
                    throw LinkWords.invalidArgument(word, "");
                }
            }
            if (protocol > 0xff) {
                // No nexthop has a protocol above 255: ip lists, and flushes, nothing.
                return flush ? flushed(0) : print(List.of(), links);
            }
            filter = filter.withProtocol(protocol == 0 ? -1 : (int) protocol);
            if (flush) {
                return flushed(flush(session.rtnl().nexthops(), filter, all));
            }
            return print(session.rtnl().nexthops().list(filter), links);
        }
    }

    /**
     * ip's flush: everything (no selector) goes groups first, then the single nexthops, here one
     * family after the other, as the library's flush wants a selector.
     */
    private static int flush(Nexthops nexthops, NexthopFilter filter, boolean all) {
        if (!all && !filter.selectsAll()) {
            return nexthops.flush(filter);
        }
        int count = nexthops.flush(filter.withGroups());
        for (int family : filter.family() != AddressFamily.AF_UNSPEC ? List.of(filter.family())
                : List.of(AddressFamily.AF_INET, AddressFamily.AF_INET6)) {
            count += nexthops.flush(filter.withFamily(family));
        }
        return count;
    }

    private int flushed(int count) {
        invocation.out().print(count == 0 ? "Nothing to flush\n" : "Flushed " + count + " nexthops\n");
        return 0;
    }

    /** {@code flush id ID}: deletes that one, saying nothing; a refusal exits with status 1. */
    private static int flushOne(Nexthops nexthops, long id) {
        try {
            nexthops.delete(id);
        } catch (NetlinkException e) {
            throw CommandFailure.kernelRefusal(e, 1);
        }
        return 0;
    }

    /** {@code ip nexthop bucket [list|show|lst] SELECTOR} or {@code bucket get id ID index N}. */
    private int bucket(Args args) {
        String verb = args.next();
        if (verb == null || Args.matches(verb, "list") || Args.matches(verb, "show") || Args.matches(verb, "lst")) {
            return bucketList(args);
        } else if (Args.matches(verb, "get")) {
            return bucketGet(args);
        } else if (Args.matches(verb, "help")) {
            throw usage();
        }
        throw new CommandFailure("Command \"" + verb + "\" is unknown, try \"ip nexthop help\".", 255);
    }

    /** {@code bucket list}: device, master, vrf, group id and nexthop id, in ip's order of checks. */
    private int bucketList(Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            NexthopBucketFilter filter = NexthopBucketFilter.all().withFamily(options.family());
            while (args.hasNext()) {
                String word = args.next();
                if (Args.matches(word, "dev")) {
                    filter = filter.withIfindex(device(links, args.value()));
                } else if (Args.matches(word, "master")) {
                    filter = filter.withMasterIfindex(device(links, args.value()));
                } else if (Args.matches(word, "vrf")) {
                    filter = filter.withMasterIfindex(vrf(links, args.value()));
                } else if (word.equals("id")) {
                    filter = filter.withGroupId(id(args.value()));
                } else if (word.equals("nhid")) {
                    filter = filter.withNexthopId(id(args.value()));
                } else if (Args.matches(word, "help")) {
                    throw usage();
                } else {
                    throw LinkWords.invalidArgument(word, "");
                }
            }
            List<NexthopBucket> buckets;
            try {
                buckets = session.rtnl().nexthops().buckets(filter);
            } catch (NetlinkException e) {
                if (options.json()) {
                    // ip has opened its JSON array before the dump, and leaves it open.
                    invocation.out().print(options.jsonWriter().startArray());
                }
                throw dumpTerminated(e);
            }
            return printBuckets(buckets, links);
        }
    }

    /**
     * A refused dump as ip reports it: the kernel's refusal (none for {@code ENOENT}, which ip's
     * dump reader keeps quiet about), then {@code Dump terminated}; exit status 2.
     */
    private static CommandFailure dumpTerminated(NetlinkException e) {
        boolean quiet = e.is(Errno.ENOENT) && (e.kernelMessage() == null || e.kernelMessage().isEmpty());
        String refusal = quiet ? ""
                : CommandFailure.kernelRefusal(e, 2).getMessage() + "\n";
        return new CommandFailure(refusal + "Dump terminated", 2);
    }

    /** {@code bucket get id ID index N}: both needed, any other word a usage error. */
    private int bucketGet(Args args) {
        long id = 0;
        int index = -1;
        while (args.hasNext()) {
            String word = args.next();
            if (word.equals("id")) {
                id = id(args.value());
            } else if (word.equals("index")) {
                index = LinkWords.unsignedBits(args.value(), 16, "invalid bucket index value");
            } else {
                throw usage();
            }
        }
        if (id == 0 || index < 0) {
            throw usage();
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            return printBuckets(List.of(session.rtnl().nexthops().bucket(id, index)), session.rtnl().links().list());
        }
    }

    private int printBuckets(List<NexthopBucket> buckets, List<Link> links) {
        NexthopFormatter nexthops = new NexthopFormatter(options, new LinkFormatter(options, links, null));
        FieldWalk<NexthopBucket> formatter = nexthops::writeBucket;
        if (options.json()) {
            JsonWriter w = options.jsonWriter().startArray();
            buckets.forEach(bucket -> formatter.json(w, bucket));
            invocation.out().print(w.endArray() + "\n");
        } else {
            StringBuilder out = new StringBuilder();
            buckets.forEach(bucket -> out.append(formatter.format(bucket)));
            invocation.out().print(out);
        }
        return 0;
    }

    private int print(List<Nexthop> nexthops, List<Link> links) {
        NexthopFormatter formatter = new NexthopFormatter(options, new LinkFormatter(options, links, null));
        if (options.json()) {
            JsonWriter w = options.jsonWriter().startArray();
            nexthops.forEach(nh -> formatter.json(w, nh));
            invocation.out().print(w.endArray() + "\n");
        } else {
            StringBuilder out = new StringBuilder();
            nexthops.forEach(nh -> out.append(formatter.format(nh)));
            invocation.out().print(out);
        }
        return 0;
    }
}
