package io.jnetlink.route.routing;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;
import java.util.Objects;

/**
 * What to ask the kernel in a route lookup ({@code ip route get ADDRESS [from S] [iif D] [oif D]
 * [tos T] [mark M] [uid U] [ipproto P] [sport N] [dport N] [fibmatch]}): the destination and the
 * packet's other properties, as {@link RouteAttributes} and {@code rtmsg} fields. Immutable; each
 * {@code with} method returns a checked copy.
 *
 * <pre>{@code
 * RouteLookup.to(InetAddress.getByName("10.9.1.1")).withSource(local).with(RouteAttributes.MARK, 7L)
 * }</pre>
 *
 * @param family    {@code AF_INET} or {@code AF_INET6}: the destination's
 * @param srcLength {@code rtm_src_len}: the source's length in bits when one is set, else 0
 * @param tos       {@code rtm_tos}
 * @param flags     {@code rtm_flags} beyond what the codec adds ({@code RTM_F_FIB_MATCH})
 * @param values    the attributes, of {@link RouteAttributes#SET}: the destination and the rest
 */
public record RouteLookup(int family, int srcLength, int tos, int flags, AttributeValues values) {
    /**
     * Checks the fields.
     *
     * @param family    {@code AF_INET} or {@code AF_INET6}
     * @param srcLength the source's length in bits, 0 to 32 or 0 to 128
     * @param tos       0 to 255
     * @param flags     {@code rtm_flags}
     * @param values    the attributes, of {@link RouteAttributes#SET}, with the destination; not null
     */
    public RouteLookup {
        Arguments.inRange(srcLength, 0, AddressFamily.maxPrefixLength(family), "source length");
        Arguments.u8(tos, "tos");
        if (Objects.requireNonNull(values, "values").set() != RouteAttributes.SET) {
            throw new IllegalArgumentException("a lookup holds RTA attributes, not " + values.set());
        }
        if (values.get(RouteAttributes.DST) == null) {
            throw new IllegalArgumentException("a lookup needs a destination");
        }
    }

    /**
     * The lookup of the route towards {@code destination}.
     *
     * @param destination the address to route; its family is the lookup's; not null
     * @return a lookup with nothing else set
     */
    public static RouteLookup to(InetAddress destination) {
        return new RouteLookup(AddressFamily.of(Objects.requireNonNull(destination, "destination")), 0, 0, 0,
                RouteAttributes.SET.empty().with(RouteAttributes.DST, destination));
    }

    /** {@return the destination} */
    public InetAddress destination() {
        return values.get(RouteAttributes.DST);
    }

    /**
     * A copy with one attribute set: {@link RouteAttributes#MARK}, {@link RouteAttributes#UID},
     * {@link RouteAttributes#IP_PROTO}, {@link RouteAttributes#SPORT}, {@link RouteAttributes#DPORT},
     * {@link RouteAttributes#FLOWLABEL} or any other writable row.
     *
     * @param <T>       the value's type
     * @param attribute a writable {@link RouteAttributes} row
     * @param value     the value; null removes it
     * @return the copy
     */
    public <T> RouteLookup with(Attribute<T> attribute, T value) {
        if (value instanceof InetAddress address) {
            Arguments.sameFamily(family, address, attribute.name());
        }
        return new RouteLookup(family, srcLength, tos, flags, values.with(attribute, value));
    }

    /**
     * As if the packet came from {@code source} ({@code from S}).
     *
     * @param source an address of the destination's family; not null
     * @return the copy
     */
    public RouteLookup withSource(InetAddress source) {
        return new RouteLookup(family, AddressFamily.maxPrefixLength(family), tos, flags, values)
                .with(RouteAttributes.SRC, Objects.requireNonNull(source, "source"));
    }

    /**
     * As if the packet arrived on device {@code ifindex} ({@code iif D}): a forwarding lookup.
     *
     * @param ifindex the input device's index, greater than 0
     * @return the copy
     */
    public RouteLookup withInputIfindex(int ifindex) {
        return with(RouteAttributes.IIF, Arguments.ifindex(ifindex));
    }

    /**
     * As if the packet must leave through device {@code ifindex} ({@code oif D}).
     *
     * @param ifindex the output device's index, greater than 0
     * @return the copy
     */
    public RouteLookup withIfindex(int ifindex) {
        return with(RouteAttributes.OIF, Arguments.ifindex(ifindex));
    }

    /**
     * With type of service {@code tos} ({@code tos T}).
     *
     * @param tos the type-of-service byte, 0 to 255
     * @return the copy
     */
    public RouteLookup withTos(int tos) {
        return new RouteLookup(family, srcLength, tos, flags, values);
    }

    /**
     * Asks for the table entry that matched ({@code fibmatch}, {@code RTM_F_FIB_MATCH}) instead of
     * the route resolved for the packet.
     *
     * @param on true for the matching entry
     * @return the copy
     */
    public RouteLookup withFibMatch(boolean on) {
        return new RouteLookup(family, srcLength, tos,
                on ? flags | RouteCodec.RTM_F_FIB_MATCH : flags & ~RouteCodec.RTM_F_FIB_MATCH, values);
    }
}
