package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.nsid.NamespaceId;
import io.jnetlink.route.nsid.NamespaceIdAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ip netns [list]}: the namespaces of the namespace directory in directory order, each
 * with {@code (id: N)} when the current namespace has given it an id ({@code -j}: as JSON).
 * {@code --netns-dir} lists another directory, such as Docker's, without the article's symlink
 * trick. Also {@code list-id} (the ids this namespace gives others, with their names),
 * {@code identify [PID]} (the name of a process's namespace) and {@code pids NAME} (the
 * processes in a namespace); {@code add NAME}, {@code delete NAME} and {@code set NAME NSID|auto}.
 */
final class IpNetns {
    private static final Pattern C_INTEGER = Pattern.compile("[ \\t\\n\\x0b\\f\\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)");
    private static final String CANNOT_OPEN = "Cannot open network namespace: No such file or directory";
    private static final AttributeFields NSID_FIELDS = new AttributeFields()
            .custom(NamespaceIdAttributes.NSID, IpNetns::nsid)
            .custom(NamespaceIdAttributes.CURRENT_NSID, IpNetns::nsid);

    private final Invocation invocation;
    private final IpOptions options;

    IpNetns(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        List<String> words = args.rest();
        // ip checks the word after the subcommand as a namespace name, whatever the subcommand
        if (!options.all() && words.size() > 1 && invalidName(words.get(1))) {
            throw new CommandFailure("Invalid netns name \"" + words.get(1) + "\"", 255);
        }
        if (args.hasNext() && !isListing(args.peek())) {
            String word = args.peek();
            if (Args.matches(word, "add")) {
                args.next();
                return add(name(args));
            }
            if (Args.matches(word, "set")) {
                args.next();
                return set(name(args), args);
            }
            if (Args.matches(word, "delete")) {
                args.next();
                return options.all() ? deleteAll() : delete(name(args));
            }
        }
        if (args.hasNext() && Args.matches(args.peek(), "help")) {
            throw IpUsage.fail(IpUsage.NETNS);
        }
        if (args.hasNext() && args.peek().equals("list-id")) {
            args.next();
            if (args.hasNext()) {
                throw new CommandFailure("ip netns list-id: target-nsid and nsid are not implemented", 255);
            }
            return listIds();
        }
        if (args.hasNext() && args.peek().equals("identify")) {
            args.next();
            return identify(args.hasNext() ? args.next() : null);
        }
        if (args.hasNext() && args.peek().equals("pids")) {
            args.next();
            return pids(args.value());
        }
        args.skipShow("ip netns");
        return list();
    }

    /** The words ip reads as listing before it tries add, set and delete ({@code s} lists). */
    private static boolean isListing(String word) {
        return Args.matches(word, "list") || Args.matches(word, "show") || Args.matches(word, "lst")
                || Args.matches(word, "help");
    }

    private static boolean invalidName(String name) {
        return name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")
                || name.getBytes(StandardCharsets.UTF_8).length > 255;
    }

    private static String name(Args args) {
        if (!args.hasNext()) {
            throw new CommandFailure("No netns name specified", 1);
        }
        return args.next();
    }

    /** {@code ip netns add NAME}: a new namespace, bind-mounted on {@code /run/netns/NAME}. */
    private int add(String name) {
        try {
            NetNs.create(name).close();
        } catch (NetlinkException e) {
            throw new CommandFailure("Cannot create namespace file \"" + NetNs.DEFAULT_DIR.resolve(name) + "\": "
                    + Errno.strerror(e.errnoNumber()), 1);
        }
        return 0;
    }

    /** {@code ip netns delete NAME}: the mount and the file go; processes inside keep the namespace. */
    private int delete(String name) {
        try {
            NetNs.delete(name);
        } catch (NetlinkException e) {
            throw new CommandFailure("Cannot remove namespace file \"" + NetNs.DEFAULT_DIR.resolve(name) + "\": "
                    + Errno.strerror(e.errnoNumber()), 1);
        }
        return 0;
    }

    /**
     * {@code ip -all netns delete}: every namespace of {@code /run/netns} in directory order; the
     * first that cannot be deleted is reported and ends the walk, with status 0 as ip's.
     */
    private int deleteAll() {
        for (String name : NetNs.list()) {
            try {
                delete(name);
            } catch (CommandFailure e) {
                invocation.err().println(e.getMessage());
                break;
            }
        }
        return 0;
    }

    /** {@code ip netns set NAME NSID|auto}: the id this namespace gives NAME's namespace. */
    private int set(String name, Args args) {
        if (!args.hasNext()) {
            throw new CommandFailure("No nsid specified", 1);
        }
        String value = args.next();
        int nsid = -1;
        if (!value.equals("auto")) {
            Long parsed = cInteger(value);
            if (parsed == null || parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
                throw new CommandFailure("Error: argument \"" + value + "\" is wrong: Invalid \"netnsid\" value", 255);
            }
            if (parsed < 0) {
                throw new CommandFailure("Error: argument \"" + value + "\" is wrong: \"netnsid\" value should be >= 0", 255);
            }
            nsid = (int) (long) parsed;
        }
        NetNs other;
        try {
            other = NetNs.open(invocation.netnsDir().resolve(name));
        } catch (NetlinkException e) {
            throw new CommandFailure("Cannot open network namespace \"" + name + "\": " + Errno.strerror(e.errnoNumber()), 1);
        }
        try (other; NamespaceSession session = NamespaceSession.open(invocation)) {
            if (nsid < 0) {
                session.rtnl().namespaceIds().add(other);
            } else {
                session.rtnl().namespaceIds().add(other, nsid);
            }
        }
        return 0;
    }

    /** C's {@code strtol} with base 0 over the whole word: null when it is not all one number. */
    private static Long cInteger(String text) {
        Matcher m = C_INTEGER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2);
        try {
            long value = digits.startsWith("0x") || digits.startsWith("0X") ? Long.parseLong(digits.substring(2), 16)
                    : digits.length() > 1 && digits.startsWith("0") ? Long.parseLong(digits, 8) : Long.parseLong(digits);
            return m.group(1).equals("-") ? -value : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int list() {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            NamespaceNames ids = new NamespaceNames(session.rtnl(), invocation.netnsDir());
            StringBuilder out = new StringBuilder();
            JsonWriter json = options.json() ? options.jsonWriter().startArray() : null;
            for (String name : ids.list()) {
                int id = ids.idOf(invocation.netnsDir().resolve(name));
                if (json != null) {
                    json.startObject().string("name", name);
                    if (id >= 0) {
                        json.number("id", id);
                    }
                    json.endObject();
                } else {
                    out.append(name).append(id >= 0 ? " (id: " + id + ")" : "").append('\n');
                }
            }
            invocation.out().print(json != null ? json.endArray() + "\n" : out);
        }
        return 0;
    }

    /** {@code nsid N (iproute2 netns name: NAME)} for every id the current namespace gives. */
    private int listIds() {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            NamespaceNames names = new NamespaceNames(session.rtnl(), invocation.netnsDir());
            StringBuilder out = new StringBuilder();
            JsonWriter json = options.json() ? options.jsonWriter().startArray() : null;
            for (NamespaceId id : session.rtnl().namespaceIds().list()) {
                DetailSink sink = json != null ? new JsonDetailSink(json.startObject()) : new TextDetailSink(out, "\n");
                NSID_FIELDS.writeAll(sink, id.values());
                Integer nsid = id.get(NamespaceIdAttributes.NSID);
                String name = nsid == null ? null : names.nameOf(nsid);
                if (name != null) {
                    sink.field("(iproute2 netns name: " + name + ")", "name", name);
                }
                if (json != null) {
                    json.endObject();
                } else {
                    out.append('\n');
                }
            }
            invocation.out().print(json != null ? json.endArray() + "\n" : out);
        }
        return 0;
    }

    /** An id as {@code ip netns list-id} writes it: {@code nsid N}, or {@code nsid unassigned} (text only) for -1. */
    private static void nsid(DetailSink out, Display d, Integer id, AttributeValues all) {
        if (id < 0) {
            out.field(d.text() + " unassigned ", null, null);
        } else {
            AttributeFields.field(out, d, id.toString(), id);
        }
    }

    /**
     * The name of the namespace process {@code pid} (or, without one, the current namespace)
     * is in: like ip, the last name in directory order that binds it, or an empty line.
     */
    private int identify(String pid) {
        FileId target;
        if (pid == null) {
            try (NetNs netns = invocation.openNetNs()) {
                target = idOrFail(Path.of("/proc/self/fd/" + netns.fd()));
            }
        } else {
            target = idOrFail(Path.of("/proc", pid, "ns", "net"));
        }
        String found = "";
        for (String name : NetNs.list(invocation.netnsDir())) {
            if (target.equals(idOrNull(invocation.netnsDir().resolve(name)))) {
                found = name;
            }
        }
        invocation.out().print(found + "\n");
        return 0;
    }

    /** The processes whose network namespace is {@code name}'s, in ascending pid order. */
    private int pids(String name) {
        FileId target = idOrFail(invocation.netnsDir().resolve(name));
        StringBuilder out = new StringBuilder();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            List<Long> pids = entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf).sorted().toList();
            for (long pid : pids) {
                if (target.equals(idOrNull(Path.of("/proc", Long.toString(pid), "ns", "net")))) {
                    out.append(pid).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        invocation.out().print(out);
        return 0;
    }

    /** A file's identity, as ip compares namespace files: device and inode. */
    private record FileId(long device, long inode) {
    }

    private static FileId idOrFail(Path namespaceFile) {
        FileId id = idOrNull(namespaceFile);
        if (id == null) {
            throw new CommandFailure(CANNOT_OPEN, 1);
        }
        return id;
    }

    /** The file's identity, or null when it cannot be read (a process that just ended, say). */
    private static FileId idOrNull(Path namespaceFile) {
        try {
            return new FileId(((Number) Files.getAttribute(namespaceFile, "unix:dev")).longValue(),
                    ((Number) Files.getAttribute(namespaceFile, "unix:ino")).longValue());
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
