package io.jnetlink.route.address;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.SECONDS;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.Format;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code IFA_*} (linux/if_addr.h): the attributes of an interface address ({@code RTM_NEWADDR},
 * {@code RTM_DELADDR}). One row per attribute, in the order {@code ip address} (iproute2 6.1)
 * prints them; complete against the kernel's {@code rt-addr.yaml} ({@code addr-attrs}). Read with
 * {@link Address#get(Attribute)}, set with {@link AddressRequest#with(Attribute, Object)}.
 *
 * <p>A text word of {@code ""} means ip writes the value without a word ({@code inet 10.0.0.1/24},
 * the label at the end of the line).
 */
public final class AddressAttributes {
    /** The {@code IFA_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFA");

    /** The interface's own address (ip writes it first, bare); IPv6 sends it only with a peer. */
    public static final Attribute<InetAddress> LOCAL = SET.add(2, "IFA_LOCAL", ValueType.ADDRESS, READ_WRITE, NONE,
            new Display("", "local", Format.ADDRESS));
    /** The prefix address, or the peer of a point-to-point address ({@code peer P} when it differs from the local one). */
    public static final Attribute<InetAddress> ADDRESS = SET.add(1, "IFA_ADDRESS", ValueType.ADDRESS, READ_WRITE, NONE,
            new Display("peer", "address", CUSTOM));
    /** Priority (metric) of the prefix route the kernel adds. */
    public static final Attribute<Long> RT_PRIORITY = SET.add(9, "IFA_RT_PRIORITY", U32_LONG, READ_WRITE, NONE,
            as("metric", NUMBER));
    /** IPv4 broadcast address. */
    public static final Attribute<InetAddress> BROADCAST = SET.add(4, "IFA_BROADCAST", ValueType.ADDRESS, READ_WRITE,
            NONE, new Display("brd", "broadcast", Format.ADDRESS));
    /** Anycast address. */
    public static final Attribute<InetAddress> ANYCAST = SET.add(5, "IFA_ANYCAST", ValueType.ADDRESS, READ_WRITE, NONE,
            new Display("any", "anycast", Format.ADDRESS));
    /**
     * {@code IFA_F_*} flags, all 32 bits; when present the kernel ignores the header's 8-bit
     * {@code ifa_flags}. ip names each known bit ({@code secondary}, {@code nodad}, ...) and writes
     * the rest as {@code flags %02x} ({@code ifa_flags} in JSON).
     */
    public static final Attribute<Integer> FLAGS = SET.add(8, "IFA_FLAGS", U32, READ_WRITE, NONE,
            new Display("flags", "ifa_flags", CUSTOM));
    /** IPv4 label such as {@code eth0:1} (ip writes it bare, at the end of the line). */
    public static final Attribute<String> LABEL = SET.add(3, "IFA_LABEL", ValueType.STRING, READ_WRITE, NONE,
            new Display("", "label", STRING));
    /**
     * Lifetimes (seconds) and timestamps ({@code struct ifa_cacheinfo}); a request sets the
     * lifetimes. ip writes {@code valid_lft V preferred_lft P} on a line of its own.
     */
    public static final Attribute<Address.CacheInfo> CACHEINFO = SET.add(6, "IFA_CACHEINFO", Address.CacheInfo.TYPE,
            READ_WRITE, SECONDS, new Display("valid_lft", "valid_life_time", CUSTOM));
    /** A multicast group address ({@code RTM_GETMULTICAST} replies). */
    public static final Attribute<InetAddress> MULTICAST = SET.add(7, "IFA_MULTICAST", ValueType.ADDRESS, READ_ONLY,
            NONE, Display.NONE);
    /** Originator of the address ({@code IFAPROT_*}); ip 6.1 does not print it. */
    public static final Attribute<Integer> PROTO = SET.add(11, "IFA_PROTO", U8, READ_WRITE, NONE, Display.NONE);
    /** The namespace id a dump was asked for ({@code RTM_GETADDR} with a target namespace). */
    public static final Attribute<Integer> TARGET_NETNSID = SET.add(10, "IFA_TARGET_NETNSID", U32, READ_ONLY, NONE,
            Display.NONE);

    private AddressAttributes() {
    }
}
