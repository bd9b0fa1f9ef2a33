package io.jnetlink.route.routing;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.route.internal.Arguments;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One next hop of a multipath route: a {@code struct rtnexthop} in {@link RouteAttributes#MULTIPATH},
 * followed by its own route attributes ({@link RouteAttributes#GATEWAY} or {@link RouteAttributes#VIA},
 * and where used {@link RouteAttributes#FLOW}, {@link RouteAttributes#NEWDST},
 * {@link RouteAttributes#ENCAP_TYPE} and {@link RouteAttributes#ENCAP}). Immutable; equal by value.
 *
 * @param flags   {@code rtnh_flags}: {@code RTNH_F_*}
 * @param hops    {@code rtnh_hops}: the weight minus one
 * @param ifindex {@code rtnh_ifindex}: the output device, 0 when unset
 * @param values  the hop's attributes, of {@link RouteAttributes#SET}
 */
public record NextHop(int flags, int hops, int ifindex, AttributeValues values) {
    /** {@code RTNH_F_DEAD}: the next hop is dead. */
    public static final int RTNH_F_DEAD = 1;
    /** {@code RTNH_F_PERVASIVE}: recursive gateway lookup. */
    public static final int RTNH_F_PERVASIVE = 2;
    /** {@code RTNH_F_ONLINK}: the gateway is on the link even without a matching prefix. */
    public static final int RTNH_F_ONLINK = 4;
    /** {@code RTNH_F_OFFLOAD}: offloaded to hardware. */
    public static final int RTNH_F_OFFLOAD = 8;
    /** {@code RTNH_F_LINKDOWN}: carrier-down on the next hop's device. */
    public static final int RTNH_F_LINKDOWN = 16;
    /** {@code RTNH_F_UNRESOLVED}: an unresolved multicast entry. */
    public static final int RTNH_F_UNRESOLVED = 32;
    /** {@code RTNH_F_TRAP}: trapping packets in hardware. */
    public static final int RTNH_F_TRAP = 64;

    /**
     * A list of {@code struct rtnexthop}, each followed by its attributes: the value of
     * {@link RouteAttributes#MULTIPATH}.
     */
    @SuppressWarnings("unchecked")
    public static final ValueType<List<NextHop>> LIST = ValueType.of((Class<List<NextHop>>) (Class<?>) List.class,
            NextHop::decodeAll, (w, t, hops) -> encodeAll(w, t, hops));

    private static final int MAX_WEIGHT = 256;
    private static final int RTNEXTHOP_SIZE = 8;
    private static final int RTNH_LEN = 0;
    private static final int RTNH_FLAGS = 2;
    private static final int RTNH_HOPS = 3;
    private static final int RTNH_IFINDEX = 4;

    /**
     * Checks the fields.
     *
     * @param flags   {@code rtnh_flags}: {@code RTNH_F_*}, 0 to 255
     * @param hops    {@code rtnh_hops}: the weight minus one, 0 to 255
     * @param ifindex {@code rtnh_ifindex}: the output device, 0 when unset
     * @param values  the hop's attributes, of {@link RouteAttributes#SET}; not null
     */
    public NextHop {
        Arguments.u8(flags, "next hop flags");
        Arguments.u8(hops, "next hop hops");
        Objects.requireNonNull(values, "values");
        if (values.set() != RouteAttributes.SET) {
            throw new IllegalArgumentException("a next hop holds RTA attributes, not " + values.set());
        }
    }

    /**
     * A next hop through {@code gateway} (null for a device-only hop) on device {@code ifindex}
     * (0 for any) with {@code weight} 1..256, as in {@code nexthop via G dev D weight W}. A gateway
     * of the other family than the route's is sent as {@link RouteAttributes#VIA}
     * ({@link RouteRequest#withNextHops(List)} decides).
     *
     * @param gateway the next hop's address, or null for a device-only hop
     * @param ifindex the device's index, or 0 for any
     * @param weight  the hop's share of traffic, 1 to 256
     * @return the next hop
     */
    public static NextHop via(InetAddress gateway, int ifindex, int weight) {
        Arguments.inRange(weight, 1, MAX_WEIGHT, "next hop weight");
        Arguments.ifindexFilter(ifindex);
        if (gateway == null && ifindex == 0) {
            throw new IllegalArgumentException("a next hop needs a gateway or a device");
        }
        return new NextHop(0, weight - 1, ifindex, RouteAttributes.SET.empty().with(RouteAttributes.GATEWAY, gateway));
    }

    /** {@return the weight, {@code hops + 1}, as {@code ip} prints it} */
    public int weight() {
        return hops + 1;
    }

    /** {@return the gateway: {@link RouteAttributes#GATEWAY}, else the address of {@link RouteAttributes#VIA}; null for none} */
    public InetAddress gateway() {
        InetAddress gateway = values.get(RouteAttributes.GATEWAY);
        return gateway != null ? gateway : values.get(RouteAttributes.VIA);
    }

    /**
     * The value of one of the hop's attributes.
     *
     * @param <T>       the value's type
     * @param attribute a {@link RouteAttributes} row
     * @return the value, or null when absent
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /**
     * A copy with one of the hop's attributes set ({@code realms}: {@link RouteAttributes#FLOW}, ...).
     *
     * @param <T>       the value's type
     * @param attribute a writable {@link RouteAttributes} row
     * @param value     the value; null removes it
     * @return the copy
     */
    public <T> NextHop with(Attribute<T> attribute, T value) {
        return new NextHop(flags, hops, ifindex, values.with(attribute, value));
    }

    /**
     * A copy with other {@code rtnh_flags} ({@link #RTNH_F_ONLINK}: {@code nexthop ... onlink}).
     *
     * @param flags the {@code RTNH_F_*} bits, 0 to 255
     * @return the copy
     */
    public NextHop withFlags(int flags) {
        return new NextHop(flags, hops, ifindex, values);
    }

    /** The gateway under the row the route's {@code family} needs: its own family GATEWAY, another VIA. */
    NextHop forFamily(int family) {
        return new NextHop(flags, hops, ifindex, RouteRequest.gatewayFor(family, values, gateway()));
    }

    private static List<NextHop> decodeAll(AttributeCursor a) {
        ByteBuf buf = a.buffer();
        int at = a.valueOffset();
        int end = at + a.valueLength();
        List<NextHop> hops = new ArrayList<>(2);
        AttributeCursor inner = new AttributeCursor();
        while (end - at >= RTNEXTHOP_SIZE) {
            int len = HostOrder.u16(buf, at + RTNH_LEN);
            if (len < RTNEXTHOP_SIZE || len > end - at) {
                throw new NetlinkParseException(at, "rtnexthop length " + len + " outside " + RTNEXTHOP_SIZE + ".."
                        + (end - at));
            }
            inner.wrap(buf, at + RTNEXTHOP_SIZE, len - RTNEXTHOP_SIZE);
            hops.add(new NextHop(buf.getUnsignedByte(at + RTNH_FLAGS), buf.getUnsignedByte(at + RTNH_HOPS),
                    HostOrder.s32(buf, at + RTNH_IFINDEX), RouteAttributes.SET.decode(inner)));
            at += NetlinkAlign.align(len);
        }
        return List.copyOf(hops);
    }

    private static void encodeAll(MessageWriter writer, int type, List<NextHop> hops) {
        int multipath = writer.beginNested(type);
        for (NextHop hop : hops) {
            // struct rtnexthop is a length-prefixed record like an attribute header whose second
            // half-word holds flags and hops: the nest back-patching fits it exactly.
            int flagsAndHops = HostOrder.LITTLE_ENDIAN ? hop.hops << 8 | hop.flags : hop.flags << 8 | hop.hops;
            int token = writer.beginNested(flagsAndHops);
            writer.u32(hop.ifindex);
            hop.values.encode(writer);
            writer.endNested(token);
        }
        writer.endNested(multipath);
    }
}
