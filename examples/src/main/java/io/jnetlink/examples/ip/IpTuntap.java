package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.TunTaps;
import io.jnetlink.route.link.InterfaceNames;
import io.jnetlink.route.link.TunData;
import io.jnetlink.route.link.TunTapDevice;
import io.jnetlink.route.link.TunTapMode;
import io.jnetlink.route.link.TunTapProcess;
import io.jnetlink.route.link.TunTapRequest;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code ip tuntap [add|del|show|list|lst|help]}: tun and tap devices made and removed through
 * {@code /dev/net/tun} as ip 6.1 does ({@link TunTaps}), listed as {@code NAME: tun|tap FLAGS
 * [user N] [group N]} ({@code -d}: with the processes attached, {@code -j}: as JSON), with ip's
 * messages and exit statuses.
 */
final class IpTuntap {
    private static final String USAGE = """
            Usage: ip tuntap [ show | list | lst ]
                   ip tuntap { add | del } [ dev | name ] NAME mode { tun | tap } [ user USER ] [ group GROUP ]
                                           [ pi ] [ one_queue ] [ vnet_hdr ] [ multi_queue ]
            USER and GROUP: a name from /etc/passwd or /etc/group, or a number.
            add makes a persistent device (the kernel picks tunN or tapN when no NAME is given);
            del removes a device of that mode. Without pi, packets carry no packet information header.""";

    /** What C's {@code strtol(text, &end, 10)} reads with nothing left over. */
    private static final Pattern C_DECIMAL = Pattern.compile("[ \\t\\n\\x0b\\f\\r]*[+-]?[0-9]+");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** {@code (uid_t) -1}: a user or group number that, cut to 32 bits, means none. */
    private static final long NO_ID = 0xffffffffL;
    /** The flags ip names; any other bit it prints in hex. */
    private static final int NAMED = TunData.IFF_TUN | TunData.IFF_TAP | TunData.IFF_NO_PI | TunData.IFF_ONE_QUEUE
            | TunData.IFF_MULTI_QUEUE | TunData.IFF_VNET_HDR | TunData.IFF_PERSIST;

    private final Invocation invocation;
    private final IpOptions options;

    IpTuntap(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    int run(Args args) {
        if (!args.hasNext()) {
            return show();
        }
        String word = args.next();
        if (Args.matches(word, "add")) {
            return change(args, true);
        } else if (Args.matches(word, "delete")) {
            return change(args, false);
        } else if (Args.matches(word, "show") || Args.matches(word, "lst") || Args.matches(word, "list")) {
            return show(); // ip ignores what follows
        } else if (Args.matches(word, "help")) {
            throw new CommandFailure(USAGE, 255);
        }
        throw new CommandFailure("Command \"" + word + "\" is unknown, try \"ip tuntap help\".", 255);
    }

    /**
     * The request a command line asks for, read as ip reads it: {@code user} and {@code group} only
     * for {@code add} (for {@code del} they are names), any other word a name.
     */
    private TunTapRequest request(Args args, boolean add) {
        String name = null;
        TunTapMode mode = null;
        boolean packetInfo = false;
        boolean oneQueue = false;
        boolean vnetHeader = false;
        boolean multiQueue = false;
        long owner = TunTapRequest.ANY;
        long group = TunTapRequest.ANY;
        while (args.hasNext()) {
            String word = args.next();
            if (Args.matches(word, "mode")) {
                String value = args.value();
                TunTapMode chosen = Args.matches(value, "tun") ? TunTapMode.TUN
                        : Args.matches(value, "tap") ? TunTapMode.TAP : null;
                if (chosen == null) {
                    throw new CommandFailure("Unknown tunnel mode \"" + value + "\"", 255);
                }
                if (mode != null && mode != chosen) {
                    throw new CommandFailure("You managed to ask for more than one tunnel mode.", 255);
                }
                mode = chosen;
            } else if (add && Args.matches(word, "user")) {
                String value = args.value();
                owner = id(value, Accounts.userId(value), "user");
            } else if (add && Args.matches(word, "group")) {
                String value = args.value();
                group = id(value, Accounts.groupId(value), "group");
            } else if (Args.matches(word, "pi")) {
                packetInfo = true;
            } else if (Args.matches(word, "one_queue")) {
                oneQueue = true;
            } else if (Args.matches(word, "vnet_hdr")) {
                vnetHeader = true;
            } else if (Args.matches(word, "multi_queue")) {
                multiQueue = true;
            } else if (Args.matches(word, "dev")) {
                name = ifname(args.value(), "dev");
            } else {
                String value = word;
                if (Args.matches(word, "name")) {
                    value = args.value();
                } else if (Args.matches(word, "help")) {
                    throw new CommandFailure(USAGE, 255);
                }
                if (name != null) {
                    throw new CommandFailure("Error: either \"name\" is duplicate, or \"" + value + "\" is a garbage.", 255);
                }
                name = ifname(value, "name");
            }
        }
        if (mode == null) {
            throw new CommandFailure("You failed to specify a tunnel mode", 1);
        }
        if (name != null && !acceptedByKernel(name)) {
            // ip hands such a name (".", "..", one with ':') to the kernel, which refuses it; the
            // library refuses it before the call
            throw new CommandFailure("ioctl(TUNSETIFF): " + Errno.EINVAL.message(), 1);
        }
        TunTapRequest request = TunTapRequest.of(mode).withOwner(owner).withGroup(group).withPacketInfo(packetInfo)
                .withOneQueue(oneQueue).withVnetHeader(vnetHeader).withMultiQueue(multiQueue);
        return name == null ? request : request.withName(name);
    }

    private static boolean acceptedByKernel(String name) {
        try {
            InterfaceNames.check(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A {@code dev} or {@code name} value, checked as ip's {@code get_ifname} checks it. */
    private static String ifname(String value, String what) {
        if (!LinkWords.validName(value)) {
            throw LinkWords.invalidArgument(value, "\"" + what + "\" not a valid ifname");
        }
        return value;
    }

    /**
     * A {@code user} or {@code group} value as ip reads it: a decimal number (as {@code strtol}
     * reads it, cut to 32 bits, all ones meaning none), else a name from the account files.
     */
    private static long id(String value, Long byName, String what) {
        if (C_DECIMAL.matcher(value).matches()) {
            BigInteger number = new BigInteger(value.strip().replaceFirst("^\\+", ""));
            long id = number.max(LONG_MIN).min(LONG_MAX).longValue() & NO_ID;
            return id == NO_ID ? TunTapRequest.ANY : id;
        }
        if (byName == null) {
            throw new CommandFailure("invalid " + what + " \"" + value + "\"", 255);
        }
        return byName;
    }

    /**
     * {@code add} or {@code del}: the namespace first (ip enters it before reading the command),
     * then the request; ip prints a failing call as {@code perror} does and exits 1.
     */
    private int change(Args args, boolean add) {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            TunTapRequest request = request(args, add);
            TunTaps tunTaps = session.rtnl().tunTaps();
            if (add) {
                tunTaps.add(request);
            } else {
                tunTaps.delete(request);
            }
        } catch (NetlinkException e) {
            String call = e.operation().split(" ", 2)[0]; // "open /dev/net/tun" is "open" to ip
            throw new CommandFailure(call + ": " + Errno.strerror(e.errnoNumber()), 1);
        }
        return 0;
    }

    private int show() {
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            TunTaps tunTaps = session.rtnl().tunTaps();
            StringBuilder text = new StringBuilder();
            JsonWriter json = options.jsonWriter().startArray();
            for (TunTapDevice device : tunTaps.list()) {
                if (options.json()) {
                    json.startObject().string("ifname", device.name()).name("flags").startArray();
                } else {
                    text.append(options.palette().paint(Palette.Kind.IFNAME, device.name() + ":"));
                }
                for (String flag : flagWords(device)) {
                    if (options.json()) {
                        json.string(flag);
                    } else {
                        text.append(' ').append(flag);
                    }
                }
                if (options.json()) {
                    json.endArray();
                }
                for (String what : new String[] {"user", "group"}) {
                    long id = what.equals("user") ? device.owner() : device.group();
                    if (id == TunTapRequest.ANY) {
                        continue;
                    }
                    if (options.json()) {
                        json.number(what, id);
                    } else {
                        text.append(' ').append(what).append(' ').append(id);
                    }
                }
                if (options.details()) {
                    if (options.json()) {
                        json.name("processes").startArray();
                    } else {
                        text.append(options.lineBreak()).append("\tAttached to processes:");
                    }
                    for (TunTapProcess process : tunTaps.attachedProcesses(device.name(), this::unreadable)) {
                        String command = process.command() == null ? "<NULL>" : process.command();
                        if (options.json()) {
                            json.string("name", command).number("pid", process.pid());
                        } else {
                            text.append(command).append('(').append(process.pid()).append(')');
                        }
                    }
                    if (options.json()) {
                        json.endArray();
                    }
                }
                if (options.json()) {
                    json.endObject();
                } else {
                    text.append('\n');
                }
            }
            invocation.out().print(options.json() ? json.endArray() + "\n" : text);
        }
        return 0;
    }

    /** ip's words for a device's flags, in its order; bits it has no word for as one hex number. */
    private static List<String> flagWords(TunTapDevice device) {
        List<String> words = new ArrayList<>();
        if (device.has(TunData.IFF_TUN)) {
            words.add("tun");
        }
        if (device.has(TunData.IFF_TAP)) {
            words.add("tap");
        }
        if (!device.has(TunData.IFF_NO_PI)) {
            words.add("pi");
        }
        if (device.has(TunData.IFF_ONE_QUEUE)) {
            words.add("one_queue");
        }
        if (device.has(TunData.IFF_MULTI_QUEUE)) {
            words.add("multi_queue");
        }
        if (device.has(TunData.IFF_VNET_HDR)) {
            words.add("vnet_hdr");
        }
        if (device.has(TunData.IFF_PERSIST)) {
            words.add("persist");
        }
        if (!device.has(TunData.IFF_NO_PI)) {
            words.add("filter"); // IFF_NOFILTER is the IFF_NO_PI bit
        }
        int rest = device.flags() & ~NAMED;
        if (rest != 0) {
            words.add("0x" + Integer.toHexString(rest));
        }
        return words;
    }

    /** A descriptor link ip could not read either: it prints {@code readlink: REASON}. */
    private void unreadable(IOException e) {
        String reason = e instanceof AccessDeniedException ? Errno.EACCES.message()
                : e instanceof NoSuchFileException ? Errno.ENOENT.message() : e.getMessage();
        invocation.err().println("readlink: " + reason);
    }
}
