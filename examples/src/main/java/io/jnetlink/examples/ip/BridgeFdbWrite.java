package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.Fdb;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.FdbFlush;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code bridge fdb add|append|replace|delete|get|flush ...}: the command line read as bridge
 * (iproute2 6.1) reads it into a {@link NeighbourRequest} or {@link FdbFlush}, refusals printed with
 * bridge's messages and exit statuses (255 for its own, 254 when {@code get} finds nothing).
 */
final class BridgeFdbWrite {
    /** The verb: which request is sent. */
    enum Verb { ADD, APPEND, REPLACE, DELETE }

    private static final int VLAN_VID_MASK = 0xfff;
    private static final Path SERVICES = Path.of("/etc/services");

    private final Invocation invocation;

    BridgeFdbWrite(Invocation invocation) {
        this.invocation = invocation;
    }

    /** The entry's address and device as the command line gives them, with what says more about it. */
    private static final class Entry {
        String mac;
        String dev;
        int flags;
        int state = NeighbourCodec.NUD_NOARP;
        int vlan = -1;
        InetAddress dst;
        Long nhid;
        int port;
        Long vni;
        Long srcVni;

        /** A bare word (or {@code to MAC}): the entry's address; {@code help} shows the usage. */
        void address(String word, Args args) {
            String value = word.equals("to") ? args.value() : word;
            if (Args.matches(value, "help")) {
                throw BridgeFdbWrite.usage();
            }
            if (mac != null) {
                throw garbage("to", value);
            }
            mac = value;
        }
    }

    /** bridge's usage failure for {@code bridge fdb help}: our own text, on standard error, status 255. */
    static CommandFailure usage() {
        return new CommandFailure("""
                Usage: bridge fdb { add | append | replace | delete } MAC dev DEV [ self ] [ master ] [ router ]
                                  [ use ] [ extern_learn ] [ sticky ] [ local | permanent | static | temp | dynamic ]
                                  [ vlan VID ] { [ dst ADDR ] [ port PORT ] [ vni VNI ] | [ nhid ID ] }
                                  [ via DEV ] [ src_vni VNI ]
                       bridge fdb get MAC { dev | brport } DEV [ vlan VID ] [ vni VNI ] [ self ] [ master ]
                       bridge fdb flush dev DEV [ brport PORT ] [ vlan VID ] [ self ] [ master ]
                                  [ [no]permanent | [no]static | [no]dynamic ] [ [no]added_by_user ]
                                  [ [no]extern_learn ] [ [no]sticky ] [ [no]offloaded ]
                       bridge fdb [ show [ dev DEV ] [ br BRIDGE ] ]""", 255);
    }

    int modify(Verb verb, Args args) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            return modify(verb, args, session, session.rtnl().links().list());
        }
    }

    private int modify(Verb verb, Args args, NamespaceSession session, List<Link> links) {
        Entry e = new Entry();
        int via = 0;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "dev" -> e.dev = args.value();
                case "dst" -> {
                    String value = args.value();
                    if (e.dst != null) {
                        throw garbage("dst", value);
                    }
                    e.dst = Prefix.address(value, 0);
                }
                case "nhid" -> {
                    String value = args.value();
                    long id = LinkWords.parseC(value, 0xffffffffL);
                    if (id < 0) {
                        throw invalid(value, "\"id\" value is invalid\n");
                    }
                    e.nhid = id;
                }
                case "port" -> e.port = port(args.value());
                case "vni", "src_vni" -> {
                    String value = args.value();
                    long vni = LinkWords.parseC(value, (1L << 24) - 1);
                    if (vni < 0) {
                        throw invalid(value, word.equals("vni") ? "invalid VNI\n" : "invalid src VNI\n");
                    }
                    if (word.equals("vni")) {
                        e.vni = vni;
                    } else {
                        e.srcVni = vni;
                    }
                }
                case "via" -> via = ifindex(links, args.value());
                case "self" -> e.flags |= NeighbourCodec.NTF_SELF;
                default -> modifier(e, word, args);
            }
        }
        if (e.dev == null || e.mac == null) {
            throw new CommandFailure("Device and address are required arguments.", 255);
        }
        if (e.nhid != null && e.nhid != 0 && (e.dst != null || e.port != 0 || e.vni != null)) {
            throw new CommandFailure("dst, port, vni are mutually exclusive with nhid", 255);
        }
        MacAddress mac = mac(e.mac);
        int ifindex = ifindex(links, e.dev);
        checkVlan(e.vlan);
        // bridge's defaults: the device's own table, a permanent entry.
        int flags = (e.flags & (NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER)) == 0
                ? e.flags | NeighbourCodec.NTF_SELF : e.flags;
        int state = (e.state & (NeighbourCodec.NUD_PERMANENT | NeighbourCodec.NUD_REACHABLE)) == 0
                ? e.state | NeighbourCodec.NUD_PERMANENT : e.state;
        NeighbourRequest request = NeighbourRequest.fdb(ifindex, mac).withState(state).withFlags(flags);
        if (e.dst != null) {
            request = request.withDst(e.dst);
        }
        if (e.vlan >= 0) {
            request = request.withVlan(e.vlan);
        }
        if (e.nhid != null && e.nhid != 0) {
            request = request.with(NeighbourAttributes.NH_ID, e.nhid);
        }
        if (e.port != 0) {
            request = request.withPort(e.port);
        }
        if (e.vni != null) {
            request = request.withVni(e.vni);
        }
        if (e.srcVni != null) {
            request = request.withSrcVni(e.srcVni);
        }
        if (via != 0) {
            request = request.withViaIfindex(via);
        }
        Fdb fdb = session.rtnl().fdb();
        NeighbourRequest sent = request;
        refusedWith(255, () -> {
            switch (verb) {
                case ADD -> fdb.add(sent);
                case APPEND -> fdb.append(sent);
                case REPLACE -> fdb.replace(sent);
                default -> fdb.delete(sent);
            }
            return null;
        });
        return 0;
    }

    /** The words bridge takes by any prefix, in its order; else the entry's address. */
    private static void modifier(Entry e, String word, Args args) {
        if (Args.matches(word, "master")) {
            e.flags |= NeighbourCodec.NTF_MASTER;
        } else if (Args.matches(word, "router")) {
            e.flags |= NeighbourCodec.NTF_ROUTER;
        } else if (Args.matches(word, "local") || Args.matches(word, "permanent")) {
            e.state |= NeighbourCodec.NUD_PERMANENT;
        } else if (Args.matches(word, "temp") || Args.matches(word, "static")) {
            e.state |= NeighbourCodec.NUD_REACHABLE;
        } else if (Args.matches(word, "dynamic")) {
            e.state = (e.state | NeighbourCodec.NUD_REACHABLE) & ~NeighbourCodec.NUD_NOARP;
        } else if (Args.matches(word, "vlan")) {
            if (e.vlan >= 0) {
                throw garbage("vlan", word);
            }
            e.vlan = vlan(args.value());
        } else if (Args.matches(word, "use")) {
            e.flags |= NeighbourCodec.NTF_USE;
        } else if (Args.matches(word, "extern_learn")) {
            e.flags |= NeighbourCodec.NTF_EXT_LEARNED;
        } else if (Args.matches(word, "sticky")) {
            e.flags |= NeighbourCodec.NTF_STICKY;
        } else {
            e.address(word, args);
        }
    }

    /** {@code bridge fdb get MAC {dev|brport} DEV [vlan V] [vni N] [self] [master]}: the entry as {@code bridge fdb} prints it. */
    int get(Args args, Palette palette, boolean statistics, JsonWriter json) {
        Entry e = new Entry();
        String bridge = null;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "brport", "dev" -> e.dev = args.value();
                case "br" -> bridge = args.value();
                case "vni" -> {
                    String value = args.value();
                    long vni = LinkWords.parseC(value, (1L << 24) - 1);
                    if (vni < 0) {
                        throw invalid(value, "invalid VNI\n");
                    }
                    e.vni = vni;
                }
                case "self" -> e.flags |= NeighbourCodec.NTF_SELF;
                default -> {
                    if (Args.matches(word, "master")) {
                        e.flags |= NeighbourCodec.NTF_MASTER;
                    } else if (Args.matches(word, "vlan")) {
                        if (e.vlan >= 0) {
                            throw garbage("vlan", word);
                        }
                        e.vlan = vlan(args.value());
                    } else if (!Args.matches(word, "dynamic")) {
                        e.address(word, args);
                    }
                }
            }
        }
        if (e.dev == null && bridge == null || e.mac == null) {
            throw new CommandFailure("Device or master and address are required arguments.", 255);
        }
        MacAddress mac = mac(e.mac);
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            if (e.dev == null) {
                throw new CommandFailure("jnl: bridge fdb get needs the port (dev or brport), not only the bridge", 255);
            }
            int ifindex = links.stream().filter(l -> l.name().equals(e.dev)).mapToInt(Link::ifindex).findFirst()
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + e.dev + "\"", 255));
            if (bridge != null) {
                String name = bridge;
                links.stream().filter(l -> l.name().equals(name)).findFirst()
                        .orElseThrow(() -> new CommandFailure("Cannot find bridge device \"" + name + "\"", 255));
            }
            NeighbourRequest key = NeighbourRequest.fdb(ifindex, mac).withFlags(e.flags);
            if (e.vlan >= 0) {
                key = key.withVlan(e.vlan);
            }
            if (e.vni != null) {
                key = key.withVni(e.vni);
            }
            NeighbourRequest sent = key;
            Neighbour entry = refusedWith(254, () -> session.rtnl().fdb().get(sent));
            FdbFormatter formatter = new FdbFormatter(palette, new LinkFormatter(IpOptions.plain(), links, null), false,
                    statistics);
            if (json != null) {
                formatter.json(json.startArray(), entry);
                invocation.out().print(json.endArray() + "\n");
            } else {
                invocation.out().print(formatter.format(entry));
            }
        }
        return 0;
    }

    /** {@code bridge fdb flush dev DEV ...}: one bulk deletion, the kernel selecting the entries. */
    int flush(Args args) {
        String dev = null;
        String port = null;
        int vlan = -1;
        int flags = 0;
        int flagMask = 0;
        int state = 0;
        int stateMask = 0;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "dev" -> dev = args.value();
                case "master" -> flags |= NeighbourCodec.NTF_MASTER;
                case "self" -> flags |= NeighbourCodec.NTF_SELF;
                case "permanent", "nopermanent" -> {
                    state = word.equals("permanent") ? state | NeighbourCodec.NUD_PERMANENT : state & ~NeighbourCodec.NUD_PERMANENT;
                    stateMask |= NeighbourCodec.NUD_PERMANENT;
                }
                case "static" -> {
                    state |= NeighbourCodec.NUD_NOARP;
                    stateMask |= NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT;
                }
                case "nostatic" -> {
                    state &= ~NeighbourCodec.NUD_NOARP;
                    stateMask |= NeighbourCodec.NUD_NOARP;
                }
                case "dynamic" -> {
                    // As bridge 6.1 writes it: clears NOARP, keeps PERMANENT.
                    state &= ~NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT;
                    stateMask |= NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT;
                }
                case "nodynamic" -> {
                    state |= NeighbourCodec.NUD_NOARP;
                    stateMask |= NeighbourCodec.NUD_NOARP;
                }
                case "brport" -> {
                    if (port != null) {
                        throw garbage("brport", word);
                    }
                    port = args.value();
                }
                case "vlan" -> {
                    if (vlan >= 0) {
                        throw garbage("vlan", word);
                    }
                    vlan = vlan(args.value());
                }
                case "help" -> args.value();
                default -> {
                    int flag = flushFlag(word.startsWith("no") ? word.substring(2) : word);
                    if (flag != 0) {
                        flags = word.startsWith("no") ? flags & ~flag : flags | flag;
                        flagMask |= flag;
                    }
                }
            }
        }
        if (dev == null) {
            throw new CommandFailure("Device is a required argument.", 255);
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            String bridge = dev;
            int ifindex = links.stream().filter(l -> l.name().equals(bridge)).mapToInt(Link::ifindex).findFirst()
                    .orElseThrow(() -> new CommandFailure("Cannot find bridge device \"" + bridge + "\"", 255));
            String portName = port;
            int portIndex = port == null ? 0 : links.stream().filter(l -> l.name().equals(portName)).mapToInt(Link::ifindex)
                    .findFirst().orElseThrow(() -> new CommandFailure("Cannot find bridge port device \"" + portName + "\"", 255));
            if (vlan > VLAN_VID_MASK) {
                throw new CommandFailure("Invalid VLAN ID \"" + vlan + "\"", 255);
            }
            int table = flags & (NeighbourCodec.NTF_SELF | NeighbourCodec.NTF_MASTER);
            FdbFlush flush = FdbFlush.of(ifindex).withTable(table == 0 ? NeighbourCodec.NTF_SELF : table)
                    .withStates(state, stateMask).withFlags(flags & ~table, flagMask);
            if (portIndex != 0) {
                flush = flush.withPort(portIndex);
            }
            if (vlan >= 0) {
                flush = flush.withVlan(vlan);
            }
            FdbFlush sent = flush;
            refusedWith(255, () -> {
                session.rtnl().fdb().flush(sent);
                return null;
            });
        }
        return 0;
    }

    /** The {@code NTF_*} bit of a flush flag word ({@code added_by_user}, ...), or 0 for a word bridge ignores. */
    private static int flushFlag(String word) {
        return switch (word) {
            case "added_by_user" -> NeighbourCodec.NTF_USE;
            case "extern_learn" -> NeighbourCodec.NTF_EXT_LEARNED;
            case "sticky" -> NeighbourCodec.NTF_STICKY;
            case "offloaded" -> NeighbourCodec.NTF_OFFLOADED;
            default -> 0;
        };
    }

    /** bridge's VLAN reading: C's {@code atoi} into a {@code short}; negative means none. */
    private static int vlan(String text) {
        return (short) LinkWords.atoi(text);
    }

    /** The kernel takes VLAN ids 1 to 4094; bridge sends what it read and prints the kernel's refusal. */
    private static void checkVlan(int vlan) {
        if (vlan == 0 || vlan >= VLAN_VID_MASK) {
            throw new CommandFailure("Error: invalid vlan id.", 255);
        }
    }

    /** A UDP port: a number up to 65535, or a service name of {@code /etc/services}. */
    private static int port(String text) {
        long port = LinkWords.parseC(text, 0xffffffffL);
        if (port >= 0) {
            if (port > 0xffff) {
                throw invalid(text, "invalid port\n");
            }
            return (int) port;
        }
        try {
            for (String line : Files.readAllLines(SERVICES)) {
                String[] fields = line.replaceAll("#.*", "").trim().split("\\s+");
                if (fields.length >= 2 && fields[1].endsWith("/udp")
                        && (fields[0].equals(text) || List.of(fields).subList(2, fields.length).contains(text))) {
                    return Integer.parseInt(fields[1].substring(0, fields[1].indexOf('/')));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No services file: only numbers are ports.
        }
        throw invalid(text, "invalid port\n");
    }

    /** A MAC address as bridge reads one: six {@code %hhx} bytes separated by colons; else bridge's failure. */
    private static MacAddress mac(String text) {
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[6];
        for (int i = 0; i < bytes.length; i++) {
            // A colon must follow each of the first five numbers; text after the sixth is ignored.
            Long value = i < parts.length ? LinkWords.scanHex(parts[i], i < 5) : null;
            if (value == null) {
                throw new CommandFailure("Invalid mac address " + text, 255);
            }
            bytes[i] = (byte) (long) value;
        }
        return MacAddress.of(bytes);
    }

    /** Runs {@code request}; a kernel refusal prints as bridge prints it, with bridge's {@code status} for that command. */
    private static <T> T refusedWith(int status, Supplier<T> request) {
        try {
            return request.get();
        } catch (NetlinkException e) {
            throw CommandFailure.kernelRefusal(e, status);
        }
    }

    private static int ifindex(List<Link> links, String name) {
        return links.stream().filter(l -> l.name().equals(name)).mapToInt(Link::ifindex).findFirst()
                .orElseThrow(() -> new CommandFailure("Cannot find device \"" + name + "\"", 255));
    }

    private static CommandFailure garbage(String key, String value) {
        return new CommandFailure("Error: either \"" + key + "\" is duplicate, or \"" + value + "\" is a garbage.", 255);
    }

    private static CommandFailure invalid(String value, String reason) {
        return new CommandFailure("Error: argument \"" + value + "\" is wrong: " + reason, 255);
    }
}
