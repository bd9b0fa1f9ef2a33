package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.Links;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bridge-utils commands that change bridges ({@code brctl addbr|delbr|addif|delif|stp|set...|
 * hairpin}), done over netlink rather than with brctl's ioctls and sysfs files, to the same
 * effect, with brctl's messages and exit statuses (1 on any failure). Where netlink would do what
 * brctl refuses (moving a port that has a bridge, deleting a bridge that is up) the refusal is
 * made here, with the errno brctl's call gets.
 */
final class BrctlWrite {
    /** Command, arguments it needs, and the words jnl shows after "Usage:" (its own). */
    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("addbr", "1 brctl addbr BRIDGE"),
            Map.entry("delbr", "1 brctl delbr BRIDGE"),
            Map.entry("addif", "2 brctl addif BRIDGE INTERFACE..."),
            Map.entry("delif", "2 brctl delif BRIDGE INTERFACE..."),
            Map.entry("stp", "2 brctl stp BRIDGE on|off"),
            Map.entry("setageing", "2 brctl setageing BRIDGE SECONDS"),
            Map.entry("setfd", "2 brctl setfd BRIDGE SECONDS"),
            Map.entry("sethello", "2 brctl sethello BRIDGE SECONDS"),
            Map.entry("setmaxage", "2 brctl setmaxage BRIDGE SECONDS"),
            Map.entry("setbridgeprio", "2 brctl setbridgeprio BRIDGE PRIORITY"),
            Map.entry("setpathcost", "3 brctl setpathcost BRIDGE PORT COST"),
            Map.entry("setportprio", "3 brctl setportprio BRIDGE PORT PRIORITY"),
            Map.entry("hairpin", "3 brctl hairpin BRIDGE PORT on|off"));

    private static final Pattern DOUBLE = Pattern.compile(
            "^[ \\t\\n\\x0b\\f\\r]*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile(
            "^[ \\t\\n\\x0b\\f\\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)");

    private final Invocation invocation;
    private final Links links;

    private BrctlWrite(Invocation invocation, Links links) {
        this.invocation = invocation;
        this.links = links;
    }

    /** True when {@code command} is one of the commands this class runs. */
    static boolean handles(String command) {
        return COMMANDS.containsKey(command);
    }

    /** Runs {@code command} with its arguments; returns brctl's exit status. */
    static int run(Invocation invocation, String command, List<String> arguments) {
        String[] spec = COMMANDS.get(command).split(" ", 2);
        if (arguments.size() < Integer.parseInt(spec[0])) {
            // bridge-utils writes this complaint to standard output; the usage line is jnl's own
            invocation.out().print("Incorrect number of arguments for command\nUsage: " + spec[1] + "\n");
            return 1;
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            BrctlWrite write = new BrctlWrite(invocation, session.rtnl().links());
            return switch (command) {
                case "addbr" -> write.addbr(arguments.get(0));
                case "delbr" -> write.delbr(arguments.get(0));
                case "addif" -> write.addif(arguments.get(0), arguments.subList(1, arguments.size()));
                case "delif" -> write.delif(arguments.get(0), arguments.subList(1, arguments.size()));
                case "stp" -> write.stp(arguments.get(0), arguments.get(1));
                case "setageing" -> write.time(arguments, BridgeAttributes.AGEING_TIME, "ageing time");
                case "setfd" -> write.time(arguments, BridgeAttributes.FORWARD_DELAY, "forward delay");
                case "sethello" -> write.time(arguments, BridgeAttributes.HELLO_TIME, "hello timer");
                case "setmaxage" -> write.time(arguments, BridgeAttributes.MAX_AGE, "max age");
                case "setbridgeprio" -> write.bridgePriority(arguments.get(0), arguments.get(1));
                case "setpathcost" -> write.portNumber(arguments, BridgePortAttributes.COST, "path cost", "path cost value");
                case "setportprio" -> write.portNumber(arguments, BridgePortAttributes.PRIORITY, "port priority",
                        "path priority value");
                default -> write.hairpin(arguments.get(0), arguments.get(1), arguments.get(2));
            };
        }
    }

    private int addbr(String name) {
        // the ioctl takes at most IFNAMSIZ - 1 bytes of the name
        String bridge = name.length() > 15 ? name.substring(0, 15) : name;
        LinkRequest request;
        try {
            request = LinkRequest.of(bridge).withData(BridgeData.of());
        } catch (IllegalArgumentException e) {
            // a name the kernel would refuse (empty, with '/', ...): the ioctl's EINVAL
            return fail("add bridge failed: " + Errno.EINVAL.message());
        }
        try {
            links.add(request);
        } catch (NetlinkException e) {
            return fail(e.errnoNumber() == Errno.EEXIST.number()
                    ? "device " + bridge + " already exists; can't create bridge with the same name"
                    : "add bridge failed: " + Errno.strerror(e.errnoNumber()));
        }
        return 0;
    }

    private int delbr(String name) {
        Optional<Link> link = find(name);
        if (link.isEmpty()) {
            return fail("bridge " + name + " doesn't exist; can't delete it");
        }
        if (!isBridge(link.get())) {
            return fail("can't delete bridge " + name + ": " + Errno.EPERM.message());
        }
        if (link.get().isUp()) {
            return fail("bridge " + name + " is still up; can't delete it");
        }
        try {
            links.delete(link.get().ifindex());
        } catch (NetlinkException e) {
            return fail("can't delete bridge " + name + ": " + Errno.strerror(e.errnoNumber()));
        }
        return 0;
    }

    private int addif(String bridgeName, List<String> ports) {
        return eachPort(bridgeName, ports, (bridge, name, port) -> {
            int errno = 0;
            if (!isBridge(bridge)) {
                errno = Errno.EOPNOTSUPP.number();
            } else if (port.masterIfindex() != 0) {
                errno = Errno.EBUSY.number();
            } else {
                try {
                    links.change(LinkRequest.of(port.ifindex()).withMasterIfindex(bridge.ifindex()));
                } catch (NetlinkException e) {
                    errno = e.errnoNumber();
                }
            }
            if (errno == Errno.EBUSY.number()) {
                return fail("device " + name + " is already a member of a bridge; can't add it to bridge " + bridgeName + ".");
            } else if (errno == Errno.ELOOP.number()) {
                return fail("device " + name + " is a bridge device itself; can't add a bridge device to a bridge device.");
            } else if (errno != 0) {
                return fail("can't add " + name + " to bridge " + bridgeName + ": " + Errno.strerror(errno));
            }
            return 0;
        });
    }

    private int delif(String bridgeName, List<String> ports) {
        return eachPort(bridgeName, ports, (bridge, name, port) -> {
            if (!isBridge(bridge)) {
                return fail("can't delete " + name + " from " + bridgeName + ": " + Errno.EOPNOTSUPP.message());
            }
            if (port.masterIfindex() != bridge.ifindex()) {
                return fail("device " + name + " is not a port of " + bridgeName);
            }
            try {
                links.change(LinkRequest.of(port.ifindex()).withNoMaster());
            } catch (NetlinkException e) {
                return fail("can't delete " + name + " from " + bridgeName + ": " + Errno.strerror(e.errnoNumber()));
            }
            return 0;
        });
    }

    /** What a port command does to one port, given the bridge and the port as found; 0 or brctl's exit status. */
    @FunctionalInterface
    private interface PortAction {
        int apply(Link bridge, String portName, Link port);
    }

    /**
     * brctl's order for the port commands: the bridge must exist, then each port in turn; the first
     * failure ends the command with its status.
     */
    private int eachPort(String bridgeName, List<String> ports, PortAction action) {
        Optional<Link> bridge = find(bridgeName);
        if (bridge.isEmpty()) {
            return fail("bridge " + bridgeName + " does not exist!");
        }
        for (String name : ports) {
            Optional<Link> port = find(name);
            if (port.isEmpty()) {
                return fail("interface " + name + " does not exist!");
            }
            int status = action.apply(bridge.get(), name, port.get());
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }

    private int stp(String bridge, String value) {
        int on = onOff(value);
        if (on < 0) {
            return fail("expect on/off for argument");
        }
        return setBridge(bridge, BridgeAttributes.STP_STATE, on, "set stp status failed: ");
    }

    /** A time in seconds (C's {@code %lf}), kept as brctl keeps it (whole microseconds) and sent in hundredths. */
    private int time(List<String> arguments, Attribute<Integer> attribute, String what) {
        Matcher m = DOUBLE.matcher(arguments.get(1));
        if (!m.find()) {
            return fail("bad " + what + " value");
        }
        double seconds = Double.parseDouble(m.group().strip());
        long whole = (long) seconds;
        long micros = (long) (1000000 * (seconds - whole));
        long hundredths = (1000000L * whole + micros) / 10000;
        return setBridge(arguments.get(0), attribute, (int) hundredths, "set " + what + " failed: ");
    }

    private int bridgePriority(String bridge, String value) {
        Long priority = integer(value);
        if (priority == null) {
            return fail("bad priority");
        }
        // the kernel keeps the 16 low bits of what brctl writes
        return setBridge(bridge, BridgeAttributes.PRIORITY, (int) (priority & 0xffff), "set bridge priority failed: ");
    }

    private int setBridge(String name, Attribute<Integer> attribute, int value, String failure) {
        Optional<Link> bridge = find(name);
        if (bridge.isEmpty()) {
            return fail(failure + Errno.ENODEV.message());
        }
        try {
            links.change(LinkRequest.of(bridge.get().ifindex()).withData(BridgeData.of().with(attribute, value)));
        } catch (NetlinkException e) {
            return fail(failure + Errno.strerror(e.errnoNumber()));
        }
        return 0;
    }

    /** {@code setpathcost} and {@code setportprio}: a number (C's {@code %i}) for the port. */
    private int portNumber(List<String> arguments, Attribute<Integer> attribute, String what, String bad) {
        Long number = integer(arguments.get(2));
        if (number == null) {
            return fail("bad " + bad);
        }
        String failure = "set " + what + " failed: ";
        Optional<Link> port = find(arguments.get(1));
        // brctl writes the port's own file, whatever the bridge named; failing that, its ioctl needs both
        if (port.isEmpty() || !isPort(port.get()) && find(arguments.get(0)).isEmpty()) {
            return fail(failure + Errno.ENODEV.message());
        }
        if (!isPort(port.get())) {
            return fail(failure + Errno.ENOENT.message());
        }
        int value = (int) (long) number;
        // brctl writes an int; the kernel reads it unsigned and refuses what is out of range
        long max = attribute == BridgePortAttributes.PRIORITY ? 0xffffL : 0xffffffffL;
        if (value < 0 || value > max) {
            return fail(failure + Errno.ERANGE.message());
        }
        return setPort(port.get(), BridgePortData.of().with(attribute, value), failure);
    }

    private int hairpin(String bridgeName, String portName, String value) {
        int on = onOff(value);
        if (on < 0) {
            return fail("expect on/off for argument");
        }
        Optional<Link> port = find(portName);
        if (port.isEmpty()) {
            return fail("interface " + portName + " does not exist!");
        }
        Optional<Link> bridge = find(bridgeName);
        if (bridge.isEmpty()) {
            return fail("bridge " + bridgeName + " does not exist!");
        }
        String failure = "can't set " + portName + " to hairpin on bridge " + bridgeName + ": ";
        // as above, the port's own file serves whatever the bridge named
        if (!isPort(port.get())) {
            return fail(failure + (isBridge(bridge.get()) ? Errno.ENOENT : Errno.EOPNOTSUPP).message());
        }
        return setPort(port.get(), BridgePortData.of().with(BridgePortAttributes.MODE, on == 1), failure);
    }

    private int setPort(Link port, BridgePortData data, String failure) {
        try {
            links.change(LinkRequest.of(port.ifindex()).withPortData(data));
        } catch (NetlinkException e) {
            return fail(failure + Errno.strerror(e.errnoNumber()));
        }
        return 0;
    }

    /** brctl's on/off words: 1, 0, or -1 for anything else. */
    private static int onOff(String value) {
        return switch (value) {
            case "on", "yes", "1" -> 1;
            case "off", "no", "0" -> 0;
            default -> -1;
        };
    }

    /** C's {@code sscanf("%i")}: decimal, {@code 0x} hexadecimal or {@code 0} octal; null when there is no number. */
    private static Long integer(String text) {
        Matcher m = INTEGER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(2);
        long value;
        try {
            value = digits.startsWith("0x") || digits.startsWith("0X") ? Long.parseLong(digits.substring(2), 16)
                    : digits.length() > 1 && digits.startsWith("0") ? Long.parseLong(digits, 8) : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        return m.group(1).equals("-") ? -value : value;
    }

    private Optional<Link> find(String name) {
        return name.isEmpty() ? Optional.empty() : links.find(name);
    }

    private static boolean isBridge(Link link) {
        return link.info() != null && link.info().data() instanceof BridgeData;
    }

    /** A bridge port: its master is a bridge (brctl finds the port's {@code brport} directory then). */
    private boolean isPort(Link link) {
        return link.masterIfindex() != 0 && links.find(link.masterIfindex()).map(BrctlWrite::isBridge).orElse(false);
    }

    private int fail(String message) {
        invocation.err().println(message);
        return 1;
    }
}
