package io.jnetlink.route.link;

import io.jnetlink.core.message.MessageWriter;

/**
 * Layout of {@code struct ifinfomsg}, the family header of every {@code RTM_*LINK} message
 * (linux/rtnetlink.h), and the {@code IFF_*} flags of its {@code ifi_flags} (linux/if.h).
 *
 * <pre>
 * struct ifinfomsg {
 *     unsigned char  ifi_family;   // offset 0
 *     unsigned char  __ifi_pad;    // offset 1
 *     unsigned short ifi_type;     // offset 2, ARPHRD_*
 *     int            ifi_index;    // offset 4
 *     unsigned       ifi_flags;    // offset 8, IFF_*
 *     unsigned       ifi_change;   // offset 12, IFF_* change mask
 * };
 * </pre>
 */
public final class IfInfoMsg {
    /** Offset of {@code ifi_family}. */
    public static final int FAMILY = 0;
    /** Offset of {@code ifi_type}. */
    public static final int TYPE = 2;
    /** Offset of {@code ifi_index}. */
    public static final int INDEX = 4;
    /** Offset of {@code ifi_flags}. */
    public static final int FLAGS = 8;
    /** Offset of {@code ifi_change}. */
    public static final int CHANGE = 12;
    /** {@code sizeof(struct ifinfomsg)}. */
    public static final int SIZE = 16;

    /** {@code AF_PACKET}: the family iproute2 puts in link queries. */
    public static final int AF_PACKET = 17;

    /** Interface is administratively up. */
    public static final int IFF_UP = 0x1;
    /** Broadcast address valid. */
    public static final int IFF_BROADCAST = 0x2;
    /** Is a loopback net. */
    public static final int IFF_LOOPBACK = 0x8;
    /** Interface has a point-to-point link. */
    public static final int IFF_POINTOPOINT = 0x10;
    /** Avoid use of trailers ({@code ip link set DEV trailers off}). */
    public static final int IFF_NOTRAILERS = 0x20;
    /** Resources allocated (the driver says the link is running). */
    public static final int IFF_RUNNING = 0x40;
    /** No ARP protocol. */
    public static final int IFF_NOARP = 0x80;
    /** Receive all packets. */
    public static final int IFF_PROMISC = 0x100;
    /** Receive all multicast packets. */
    public static final int IFF_ALLMULTI = 0x200;
    /** Dialup device with changing addresses ({@code ip link set DEV dynamic on}). */
    public static final int IFF_DYNAMIC = 0x8000;
    /** Supports multicast. */
    public static final int IFF_MULTICAST = 0x1000;
    /** Driver signals L1 up. */
    public static final int IFF_LOWER_UP = 0x10000;
    /** Driver signals dormant. */
    public static final int IFF_DORMANT = 0x20000;
    /** Echo sent packets. */
    public static final int IFF_ECHO = 0x40000;

    private IfInfoMsg() {
    }

    /**
     * Writes an {@code ifinfomsg} into {@code writer} after {@link MessageWriter#begin}.
     *
     * @return the writer
     */
    static MessageWriter write(MessageWriter writer, int family, int index, int flags, int change) {
        return writer.u8(family).u8(0).u16(0).u32(index).u32(flags).u32(change);
    }
}
