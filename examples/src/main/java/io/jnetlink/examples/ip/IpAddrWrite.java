package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import io.jnetlink.route.address.AddressCodec;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.link.Link;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip address add|change|replace|delete IFADDR dev IFNAME [options]} and
 * {@code ip address flush SELECTORS}: the command line is read as ip reads it, the request built
 * with {@link AddressRequest}, and refusals print as ip prints them, with ip's exit status.
 */
final class IpAddrWrite {
    /** What the command does. */
    enum Verb { ADD, CHANGE, REPLACE, DELETE }

    /** ip's flush gives up after this many rounds. */
    private static final int MAX_FLUSH_ROUNDS = 10;
    private static final int IPV4_BITS = 32;
    private static final int MAX_BROADCAST_PREFIX = 30;

    private final Invocation invocation;
    private final IpOptions options;

    IpAddrWrite(Invocation invocation, IpOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    /** A flag word ip knows: whether it can be set and whether only for IPv6. */
    private record FlagWord(int mask, boolean readonly, boolean v6only) {
    }

    private static FlagWord flagWord(String word) {
        return switch (word) {
            case "secondary", "temporary" -> new FlagWord(AddressCodec.IFA_F_SECONDARY, true, false);
            case "nodad" -> new FlagWord(AddressCodec.IFA_F_NODAD, false, true);
            case "optimistic" -> new FlagWord(AddressCodec.IFA_F_OPTIMISTIC, false, true);
            case "dadfailed" -> new FlagWord(AddressCodec.IFA_F_DADFAILED, true, true);
            case "home" -> new FlagWord(AddressCodec.IFA_F_HOMEADDRESS, false, true);
            case "deprecated" -> new FlagWord(AddressCodec.IFA_F_DEPRECATED, true, true);
            case "tentative" -> new FlagWord(AddressCodec.IFA_F_TENTATIVE, true, true);
            case "permanent" -> new FlagWord(AddressCodec.IFA_F_PERMANENT, true, true);
            case "mngtmpaddr" -> new FlagWord(AddressCodec.IFA_F_MANAGETEMPADDR, false, true);
            case "noprefixroute" -> new FlagWord(AddressCodec.IFA_F_NOPREFIXROUTE, false, false);
            case "autojoin" -> new FlagWord(AddressCodec.IFA_F_MCAUTOJOIN, false, false);
            case "stable-privacy" -> new FlagWord(AddressCodec.IFA_F_STABLE_PRIVACY, true, true);
            default -> null;
        };
    }

    int modify(Verb verb, Args args) {
        int family = options.family();
        Prefix local = null;
        String localText = null;
        Prefix peer = null;
        String peerText = null;
        InetAddress broadcast = null;
        int autoBroadcast = 0; // -1: "+", -2: "-"
        boolean broadcastGiven = false;
        InetAddress anycast = null;
        String label = null;
        String dev = null;
        int scope = -1;
        Long metric = null;
        String validText = null;
        String preferredText = null;
        long valid = AddressCodec.INFINITY_LIFE_TIME;
        long preferred = AddressCodec.INFINITY_LIFE_TIME;
        int flags = 0;
        while (args.hasNext()) {
            String word = args.next();
            FlagWord flag = flagWord(word);
            if (word.equals("peer") || word.equals("remote")) {
                String value = args.value();
                if (peer != null) {
                    throw duplicate("peer", value);
                }
                peer = Prefix.parse(value, family);
                peerText = value;
                family = peer.family();
            } else if (Args.matches(word, "broadcast") || word.equals("brd")) {
                String value = args.value();
                if (broadcastGiven) {
                    throw duplicate("broadcast", value);
                }
                broadcastGiven = true;
                if (value.equals("+")) {
                    autoBroadcast = -1;
                } else if (value.equals("-")) {
                    autoBroadcast = -2;
                } else {
                    broadcast = Prefix.address(value, family);
                    family = AddressFamily.of(broadcast);
                }
            } else if (word.equals("anycast")) {
                String value = args.value();
                if (anycast != null) {
                    throw duplicate("anycast", value);
                }
                anycast = Prefix.address(value, family);
                family = AddressFamily.of(anycast);
            } else if (word.equals("scope")) {
                String value = args.value();
                scope = Scopes.number(value);
                if (scope < 0) {
                    throw new CommandFailure("Error: argument \"" + value + "\" is wrong: invalid scope value.", 255);
                }
            } else if (word.equals("dev")) {
                dev = args.value();
            } else if (word.equals("label")) {
                label = args.value();
            } else if (Args.matches(word, "metric") || Args.matches(word, "priority") || Args.matches(word, "preference")) {
                String value = args.value();
                metric = u32(value);
                if (metric == null) {
                    throw new CommandFailure("Error: argument \"" + value + "\" is wrong: \"metric\" value is invalid\n", 255);
                }
            } else if (Args.matches(word, "valid_lft")) {
                if (validText != null) {
                    throw duplicate("valid_lft", word);
                }
                validText = args.value();
                valid = lifetime(validText, "valid_lft value");
            } else if (Args.matches(word, "preferred_lft")) {
                if (preferredText != null) {
                    throw duplicate("preferred_lft", word);
                }
                preferredText = args.value();
                preferred = lifetime(preferredText, "preferred_lft value");
            } else if (flag != null) {
                if (flag.readonly()) {
                    invocation.err().println("Warning: " + word + " option is not mutable from userspace");
                } else if (flag.v6only() && family != AddressFamily.AF_INET6) {
                    invocation.err().println("Warning: " + word + " option can be set only for IPv6 addresses");
                } else {
                    flags |= flag.mask();
                }
            } else {
                if (word.equals("local")) {
                    word = args.value();
                }
                if (Args.matches(word, "help")) {
                    throw IpUsage.fail(IpUsage.ADDRESS);
                }
                if (local != null) {
                    throw new CommandFailure("Error: either \"local\" is duplicate, or \"" + word + "\" is a garbage.", 255);
                }
                localText = word;
                local = Prefix.parse(word, family);
                family = local.family();
            }
        }
        if (dev == null) {
            throw new CommandFailure("Not enough information: \"dev\" argument is required.", 1);
        }
        // ip sends these on as a request without a usable local address, which the kernel refuses
        // in ways that depend on the family; the library builds no such request.
        if (local == null) {
            throw new CommandFailure("jnl: an address (IFADDR) is required", 1);
        }
        if (isWildcard(localText) || peer != null && isWildcard(peerText)) {
            throw new CommandFailure("jnl: IFADDR and peer must be addresses, not \"" + (isWildcard(localText) ? localText : peerText)
                    + "\"", 1);
        }
        boolean wildcardDelete = peer == null && verb == Verb.DELETE && local.family() == AddressFamily.AF_INET
                && !localText.contains("/");
        if (wildcardDelete) {
            invocation.err().print("Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
                    + "         Explicitly specify the prefix length (" + localText + "/" + IPV4_BITS + ") to avoid this warning.\n"
                    + "         This special behaviour is likely to disappear in further releases,\n"
                    + "         fix your scripts!\n");
        }
        Prefix effectivePeer = peer != null ? peer : local;
        int prefixLength = peer != null && peer.length() != 0 ? peer.length() : local.length();
        if (autoBroadcast < 0 && verb != Verb.DELETE) {
            if (family != AddressFamily.AF_INET) {
                throw new CommandFailure("Broadcast can be set only for IPv4 addresses", 1);
            }
            if (effectivePeer.length() <= MAX_BROADCAST_PREFIX) {
                byte[] bytes = effectivePeer.address().clone();
                for (int bit = effectivePeer.length(); bit < IPV4_BITS; bit++) {
                    int mask = 0x80 >>> (bit % 8);
                    bytes[bit / 8] = (byte) (autoBroadcast == -1 ? bytes[bit / 8] | mask : bytes[bit / 8] & ~mask);
                }
                broadcast = Prefix.inet(bytes);
            }
        }
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            String device = dev;
            int ifindex = session.rtnl().links().find(device).map(Link::ifindex)
                    .orElseThrow(() -> new CommandFailure("Cannot find device \"" + device + "\"", 1));
            if (validText != null || preferredText != null) {
                if (valid == 0) {
                    throw new CommandFailure("valid_lft is zero", 1);
                }
                if (valid < preferred) {
                    throw new CommandFailure("preferred_lft is greater than valid_lft", 1);
                }
            }
            if ((flags & AddressCodec.IFA_F_MCAUTOJOIN) != 0 && !local.inetAddress().isMulticastAddress()) {
                throw new CommandFailure("autojoin needs multicast address", 1);
            }
            AddressRequest request = AddressRequest.of(ifindex, local.inetAddress(), prefixLength);
            if (peer != null) {
                request = request.withPeer(peer.inetAddress());
            } else if (wildcardDelete) {
                request = request.with(AddressAttributes.ADDRESS, null);
            }
            boolean ipv4 = family == AddressFamily.AF_INET;
            // The kernel reads no broadcast or label for IPv6 (ip sends them, the library does not).
            if (broadcast != null && ipv4) {
                request = request.withBroadcast(broadcast);
            }
            if (anycast != null) {
                request = request.with(AddressAttributes.ANYCAST, anycast);
            }
            if (label != null && ipv4) {
                request = request.withLabel(label);
            }
            if (metric != null) {
                request = request.withRoutePriority(metric);
            }
            if (flags != 0) {
                request = request.withFlags(flags);
            }
            if (scope >= 0) {
                request = request.withScope(scope);
            } else if (verb == Verb.DELETE) {
                request = request.withScope(0);
            }
            if (validText != null || preferredText != null) {
                request = request.withLifetimes(valid, preferred);
            }
            Addresses addresses = session.rtnl().addresses();
            switch (verb) {
                case ADD -> addresses.add(request);
                case CHANGE -> addresses.change(request);
                case REPLACE -> addresses.replace(request);
                default -> addresses.delete(request);
            }
        }
        return 0;
    }

    int flush(Args args) {
        if (!args.hasNext()) {
            throw new CommandFailure("Flush requires arguments.", 1);
        }
        AddrFilter addrFilter = new AddrFilter(options.family());
        LinkFilter filter = LinkFilter.parse(args, "ip address", addrFilter);
        int family = options.family() != 0 ? options.family() : addrFilter.impliedFamily();
        try (NamespaceSession session = NamespaceSession.open(invocation)) {
            List<Link> links = session.rtnl().links().list();
            filter.requireDevice(links, session.rtnl().links());
            Addresses addresses = session.rtnl().addresses();
            int round = 0;
            while (round < MAX_FLUSH_ROUNDS) {
                List<Link> current = session.rtnl().links().list();
                List<Address> doomed = new ArrayList<>();
                for (Address addr : addresses.list(AddressFilter.all().withFamily(family))) {
                    Link link = current.stream().filter(l -> l.ifindex() == addr.ifindex()).findFirst().orElse(null);
                    if (link != null && filter.accepts(link) && addrFilter.accepts(addr, link.name())) {
                        doomed.add(addr);
                    }
                }
                if (doomed.isEmpty()) {
                    if (options.statistics() > 0) {
                        invocation.out().print(round == 0 ? "Nothing to flush.\n"
                                : "*** Flush is complete after " + round + " round" + (round > 1 ? "s" : "") + " ***\n");
                    }
                    return 0;
                }
                round++;
                for (Address addr : doomed) {
                    try {
                        addresses.delete(addr);
                    } catch (NetlinkException e) {
                        // A secondary goes with its primary: already gone is what flush wants.
                        if (e.errnoNumber() != Errno.EADDRNOTAVAIL.number()) {
                            throw e;
                        }
                    }
                }
                if (options.statistics() > 0) {
                    invocation.out().print("\n*** Round " + round + ", deleting " + doomed.size() + " addresses ***\n");
                }
            }
            invocation.err().println("*** Flush remains incomplete after " + MAX_FLUSH_ROUNDS + " rounds. ***");
            return 0;
        }
    }

    private static boolean isWildcard(String text) {
        return text.equals("default") || text.equals("all") || text.equals("any");
    }

    private static CommandFailure duplicate(String option, String value) {
        return new CommandFailure("Error: duplicate \"" + option + "\": \"" + value + "\" is the second value.", 255);
    }

    /** ip's set_lifetime: {@code forever} or an unsigned 32-bit number. */
    private static long lifetime(String text, String reason) {
        if (text.equals("forever")) {
            return AddressCodec.INFINITY_LIFE_TIME;
        }
        Long value = u32(text);
        if (value == null) {
            throw new CommandFailure("Error: argument \"" + text + "\" is wrong: " + reason, 255);
        }
        return value;
    }

    /** strtoul with base 0 as ip's get_u32 takes it; null when not a u32. */
    private static Long u32(String text) {
        try {
            long value;
            if (text.startsWith("0x") || text.startsWith("0X")) {
                value = Long.parseLong(text.substring(2), 16);
            } else if (text.length() > 1 && text.startsWith("0")) {
                value = Long.parseLong(text.substring(1), 8);
            } else {
                value = Long.parseLong(text);
            }
            return value >= 0 && value <= 0xffffffffL && !text.startsWith("0x-") ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
