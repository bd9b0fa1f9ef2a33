package io.jnetlink.examples.ip;

import static io.jnetlink.route.address.AddressCodec.IFA_F_DADFAILED;
import static io.jnetlink.route.address.AddressCodec.IFA_F_DEPRECATED;
import static io.jnetlink.route.address.AddressCodec.IFA_F_HOMEADDRESS;
import static io.jnetlink.route.address.AddressCodec.IFA_F_MANAGETEMPADDR;
import static io.jnetlink.route.address.AddressCodec.IFA_F_MCAUTOJOIN;
import static io.jnetlink.route.address.AddressCodec.IFA_F_NODAD;
import static io.jnetlink.route.address.AddressCodec.IFA_F_NOPREFIXROUTE;
import static io.jnetlink.route.address.AddressCodec.IFA_F_PERMANENT;
import static io.jnetlink.route.address.AddressCodec.IFA_F_SECONDARY;
import static io.jnetlink.route.address.AddressCodec.IFA_F_TENTATIVE;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressAttributes;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;

/**
 * The address selectors of {@code ip address show} in iproute2 6.1: {@code scope SCOPE},
 * {@code to PREFIX}, {@code label PATTERN} (a shell pattern on the label, or on the link name
 * for addresses without one) and the flags ({@code secondary}/{@code temporary},
 * {@code primary}, {@code permanent}, {@code dynamic}, {@code [-]tentative},
 * {@code [-]deprecated}, {@code [-]dadfailed}, {@code home}, {@code nodad},
 * {@code mngtmpaddr}, {@code noprefixroute}, {@code autojoin}).
 */
final class AddrFilter {
    private final int family;
    private int scope = -1;
    private Prefix to;
    private String label;
    private PathMatcher labelMatcher;
    private int flagMask;
    private int flagValue;

    /** Selectors for {@code -4}/{@code -6} {@code family} (0 for none). */
    AddrFilter(int family) {
        this.family = family;
    }

    /** Consumes {@code word} (and its value) when it is an address selector; false for any other word. */
    boolean parse(String word, Args args) {
        switch (word) {
            case "scope" -> {
                String value = args.value();
                scope = value.equals("all") ? -1 : Scopes.number(value);
                if (!value.equals("all") && scope < 0) {
                    throw new CommandFailure("Error: argument \"" + value + "\" is wrong: invalid \"scope\"\n", 255);
                }
            }
            case "to" -> to = Prefix.parse(args.value(), family);
            case "label" -> {
                label = args.value();
                labelMatcher = FileSystems.getDefault().getPathMatcher("glob:" + label);
            }
            case "secondary", "temporary" -> flag(IFA_F_SECONDARY, true);
            case "primary" -> flag(IFA_F_SECONDARY, false);
            case "permanent" -> flag(IFA_F_PERMANENT, true);
            case "dynamic" -> flag(IFA_F_PERMANENT, false);
            case "tentative" -> flag(IFA_F_TENTATIVE, true);
            case "-tentative" -> flag(IFA_F_TENTATIVE, false);
            case "deprecated" -> flag(IFA_F_DEPRECATED, true);
            case "-deprecated" -> flag(IFA_F_DEPRECATED, false);
            case "dadfailed" -> flag(IFA_F_DADFAILED, true);
            case "-dadfailed" -> flag(IFA_F_DADFAILED, false);
            case "home" -> flag(IFA_F_HOMEADDRESS, true);
            case "nodad" -> flag(IFA_F_NODAD, true);
            case "mngtmpaddr" -> flag(IFA_F_MANAGETEMPADDR, true);
            case "noprefixroute" -> flag(IFA_F_NOPREFIXROUTE, true);
            case "autojoin" -> flag(IFA_F_MCAUTOJOIN, true);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void flag(int bit, boolean set) {
        flagMask |= bit;
        flagValue = set ? flagValue | bit : flagValue & ~bit;
    }

    /** True when any address selector was given. */
    boolean active() {
        return scope >= 0 || to != null || label != null || flagMask != 0;
    }

    /** The family {@code to PREFIX} implies when no -4/-6 was given, else 0. */
    int impliedFamily() {
        return to != null ? to.family() : 0;
    }

    /** True with {@code label}: ip then prints the addresses without their links. */
    boolean hidesLinks() {
        return label != null;
    }

    /** True when {@code addr} of the link called {@code linkName} passes every selector. */
    boolean accepts(Address addr, String linkName) {
        return passesScopeAndFlags(addr) && passesPrefixAndLabel(addr, linkName);
    }

    /**
     * The {@code scope} and flag selectors. ip -j checks them only after it opened the address's
     * object, so an address failing them leaves an empty {@code {}} in {@code addr_info}.
     */
    boolean passesScopeAndFlags(Address addr) {
        return (scope < 0 || addr.scope() == scope) && (addr.flags() & flagMask) == flagValue;
    }

    /** The {@code to} and {@code label} selectors. */
    boolean passesPrefixAndLabel(Address addr, String linkName) {
        if (to != null && (addr.localAddress() == null || !to.fitsFamily(addr.family())
                || !to.sharesBits(addr.localAddress(), to.length()))) {
            return false;
        }
        return label == null || labelMatcher.matches(Path.of(Objects.requireNonNullElse(addr.get(AddressAttributes.LABEL), linkName)));
    }
}
