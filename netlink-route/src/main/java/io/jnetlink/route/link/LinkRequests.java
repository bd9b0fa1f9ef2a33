package io.jnetlink.route.link;


import io.jnetlink.route.internal.Arguments;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlAttr;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.AddressFamily;
import io.netty.buffer.ByteBuf;
import static io.jnetlink.route.link.LinkAttributes.*;

/**
 * Writes the {@code RTM_*LINK} requests of {@link io.jnetlink.route.Links} into a
 * {@link MessageWriter}, with the header layout and attribute order iproute2 uses, so the bytes
 * equal what {@code ip} sends for the same command (kinds and aliases go without a terminating
 * NUL, as iproute2 sends them; the kernel accepts both). Arguments are checked here, before
 * anything is sent. The socket adds {@code NLM_F_ACK} or {@code NLM_F_DUMP} and the sequence number.
 */
public final class LinkRequests {
    /** {@code MAX_ADDR_LEN} (linux/netdevice.h): the longest hardware address. */
    public static final int MAX_ADDR_LEN = 32;
    /** {@code IFALIASZ - 1} (linux/if.h): the longest alias in bytes. */
    public static final int MAX_ALIAS_LENGTH = 255;

    private LinkRequests() {
    }

    /**
     * {@code RTM_GETLINK} for one link by name ({@code ip link show dev NAME}).
     *
     * @param w       the writer to start the request in; not null
     * @param name    the link's name: 1 to 15 bytes of UTF-8
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}, or 0
     */
    public static void getByName(MessageWriter w, String name, int extMask) {
        InterfaceNames.check(name);
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, 0, 0, 0);
        w.attrString(IFLA_IFNAME, name);
        w.attrU32(IFLA_EXT_MASK, extMask);
    }

    /**
     * {@code RTM_GETLINK} for one link by index.
     *
     * @param w       the writer to start the request in; not null
     * @param index   the link's index, greater than 0
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}, or 0
     */
    public static void getByIndex(MessageWriter w, int index, int extMask) {
        checkIndex(index);
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, index, 0, 0);
        w.attrU32(IFLA_EXT_MASK, extMask);
    }

    /**
     * {@code RTM_GETLINK} dump, filtered by the kernel (with strict checking) on master and kind.
     *
     * @param w       the writer to start the request in; not null
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}, or 0
     * @param master the master's index, or 0 for no master filter
     * @param kind   {@code IFLA_INFO_KIND} to keep, or null
     */
    public static void dump(MessageWriter w, int extMask, int master, String kind) {
        if (master < 0) {
            throw new IllegalArgumentException("master index must be positive: " + master);
        }
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, 0, 0, 0);
        w.attrU32(IFLA_EXT_MASK, extMask);
        if (master > 0) {
            w.attrU32(IFLA_MASTER, master);
        }
        if (kind != null) {
            int info = w.beginNested(IFLA_LINKINFO);
            w.attrStringNoNul(IFLA_INFO_KIND, kind);
            w.endNested(info);
        }
    }

    /**
     * {@code RTM_NEWLINK} with {@code NLM_F_CREATE | NLM_F_EXCL} ({@code ip link add}).
     *
     * @param w      the writer to start the request in; not null
     * @param name   the new link's name: 1 to 15 bytes of UTF-8
     * @param parent index of the parent ({@code IFLA_LINK}, as for vlan or macvlan), or 0
     * @param data   the kind and its data; encoded by the kind's registered codec
     * @throws IllegalArgumentException for a bad name, a negative parent or a kind without codec
     */
    public static void add(MessageWriter w, String name, int parent, LinkData data) {
        InterfaceNames.check(name);
        if (parent < 0) {
            throw new IllegalArgumentException("parent index must not be negative: " + parent);
        }
        if (data == null) {
            throw new IllegalArgumentException("link data (the kind) is required");
        }
        // Encode first: a codec that refuses its data must do so before the request is begun.
        byte[] encoded = encodeData(data);
        w.begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, 0, 0, 0);
        if (parent > 0) {
            w.attrU32(IFLA_LINK, parent);
        }
        w.attrString(IFLA_IFNAME, name);
        int info = w.beginNested(IFLA_LINKINFO);
        w.attrStringNoNul(IFLA_INFO_KIND, data.kind());
        if (encoded.length > 0) {
            int nest = w.beginNested(IFLA_INFO_DATA);
            LinkKinds.writeRaw(encoded, w);
            w.endNested(nest);
        }
        w.endNested(info);
    }

    /**
     * {@code RTM_DELLINK} by index ({@code ip link del}).
     *
     * @param w     the writer to start the request in; not null
     * @param index the link's index, greater than 0
     */
    public static void delete(MessageWriter w, int index) {
        checkIndex(index);
        w.begin(MessageType.RTM_DELLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, index, 0, 0);
    }

    /**
     * {@code ip link set up|down}: {@code IFF_UP} in {@code ifi_flags} with {@code ifi_change}.
     *
     * @param w     the writer to start the request in; not null
     * @param index the link's index, greater than 0
     * @param up    true for up, false for down
     */
    public static void setUp(MessageWriter w, int index, boolean up) {
        checkIndex(index);
        change(w, index, up ? IfInfoMsg.IFF_UP : 0, IfInfoMsg.IFF_UP);
    }

    /**
     * {@code ip link set mtu}.
     *
     * @param w     the writer to start the request in; not null
     * @param index the link's index, greater than 0
     * @param mtu   the MTU in bytes, greater than 0
     * @throws IllegalArgumentException unless {@code mtu} is positive
     */
    public static void setMtu(MessageWriter w, int index, int mtu) {
        setU32(w, index, IFLA_MTU, Arguments.mtu(mtu));
    }

    /**
     * {@code ip link set txqlen}.
     *
     * @param w      the writer to start the request in; not null
     * @param index  the link's index, greater than 0
     * @param length the queue length in packets, 0 or more
     * @throws IllegalArgumentException for a negative length
     */
    public static void setTxQueueLength(MessageWriter w, int index, int length) {
        setU32(w, index, IFLA_TXQLEN, Arguments.txQueueLength(length));
    }

    /**
     * {@code ip link set master} ({@code master > 0}) or {@code nomaster} ({@code master == 0}).
     *
     * @param w      the writer to start the request in; not null
     * @param index  the link's index, greater than 0
     * @param master the master's index, or 0 for none
     */
    public static void setMaster(MessageWriter w, int index, int master) {
        if (master < 0) {
            throw new IllegalArgumentException("master index must not be negative: " + master);
        }
        setU32(w, index, IFLA_MASTER, master);
    }

    /**
     * {@code ip link set netns}: moves the link to the namespace open as {@code netnsFd}.
     *
     * @param w       the writer to start the request in; not null
     * @param index   the link's index, greater than 0
     * @param netnsFd an open descriptor of the target namespace file
     */
    public static void setNetns(MessageWriter w, int index, int netnsFd) {
        if (netnsFd < 0) {
            throw new IllegalArgumentException("namespace descriptor must not be negative: " + netnsFd);
        }
        setU32(w, index, IFLA_NET_NS_FD, netnsFd);
    }

    /**
     * {@code ip link set name}.
     *
     * @param w       the writer to start the request in; not null
     * @param index   the link's index, greater than 0
     * @param newName the new name: 1 to 15 bytes of UTF-8
     */
    public static void rename(MessageWriter w, int index, String newName) {
        InterfaceNames.check(newName);
        checkIndex(index);
        change(w, index, 0, 0);
        w.attrString(IFLA_IFNAME, newName);
    }

    /**
     * {@code ip link set address}.
     *
     * @param w       the writer to start the request in; not null
     * @param index   the link's index, greater than 0
     * @param address the new hardware address; not null
     * @throws IllegalArgumentException for an empty address or one over {@value #MAX_ADDR_LEN} bytes
     */
    public static void setAddress(MessageWriter w, int index, MacAddress address) {
        if (address == null || address.length() == 0 || address.length() > MAX_ADDR_LEN) {
            throw new IllegalArgumentException("hardware address must have 1.." + MAX_ADDR_LEN + " bytes: " + address);
        }
        checkIndex(index);
        change(w, index, 0, 0);
        w.attrMac(IFLA_ADDRESS, address);
    }

    /**
     * {@code ip link set alias}; an empty alias removes it.
     *
     * @param w     the writer to start the request in; not null
     * @param index the link's index, greater than 0
     * @param alias the alias; not null
     * @throws IllegalArgumentException for an alias over {@value #MAX_ALIAS_LENGTH} bytes
     */
    public static void setAlias(MessageWriter w, int index, String alias) {
        Arguments.alias(alias);
        checkIndex(index);
        change(w, index, 0, 0);
        w.attrStringNoNul(IFLA_IFALIAS, alias);
    }

    /**
     * {@code ip link set dev PORT type bridge_slave ...}: the set fields of {@code port} in
     * {@code IFLA_INFO_SLAVE_DATA}. The kernel announces the change only for a port that is up;
     * {@link io.jnetlink.route.Links#setBridgePort} sends {@link #setBridgePortProtinfo} instead.
     *
     * @param w     the writer to start the request in; not null
     * @param index the link's index, greater than 0
     * @param port  the port options to send; not null
     */
    public static void setBridgePort(MessageWriter w, int index, BridgePortData port) {
        checkIndex(index);
        change(w, index, 0, 0);
        int info = w.beginNested(IFLA_LINKINFO);
        // iproute2 names the port's kind "bridge_slave"; for an existing device the kernel only
        // looks at IFLA_INFO_SLAVE_DATA, which the master's driver applies.
        w.attrStringNoNul(IFLA_INFO_KIND, BridgeCodec.KIND + "_slave");
        int data = w.beginNested(IFLA_INFO_SLAVE_DATA);
        port.values().encode(w);
        w.endNested(data);
        w.endNested(info);
    }

    /**
     * {@code bridge link set dev PORT ...}: {@code RTM_SETLINK} with {@code ifi_family AF_BRIDGE}
     * and the set fields of {@code port} in {@code IFLA_PROTINFO} (flagged {@code NLA_F_NESTED}),
     * which the port's bridge applies and then always announces to {@code RTNLGRP_LINK} as an
     * {@code AF_BRIDGE RTM_NEWLINK}, whether the port is up or down. The {@code IFLA_BRPORT_*}
     * attributes go in ascending type order, as in {@link #setBridgePort}; {@code bridge} writes
     * its own order, and the kernel reads them by type. A link that is no bridge port is refused
     * with {@code EOPNOTSUPP}.
     *
     * @param w     the writer to start the request in; not null
     * @param index the port's index, greater than 0
     * @param port  the port options to send; not null
     */
    public static void setBridgePortProtinfo(MessageWriter w, int index, BridgePortData port) {
        checkIndex(index);
        w.begin(MessageType.RTM_SETLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_BRIDGE, index, 0, 0);
        int protinfo = w.beginNested(IFLA_PROTINFO | NlAttr.NLA_F_NESTED);
        port.values().encode(w);
        w.endNested(protinfo);
    }

    private static void setU32(MessageWriter w, int index, int type, int value) {
        checkIndex(index);
        change(w, index, 0, 0);
        w.attrU32(type, value);
    }

    private static void change(MessageWriter w, int index, int flags, int change) {
        w.begin(MessageType.RTM_NEWLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, index, flags, change);
    }

    private static void checkIndex(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive: " + index);
        }
    }

    /** The attributes the data's codec writes, so an empty {@code IFLA_INFO_DATA} can be left out as iproute2 does. */
    private static byte[] encodeData(LinkData data) {
        try (MessageWriter scratch = new MessageWriter(256)) {
            scratch.begin(0, 0);
            LinkKinds.encode(data, scratch);
            ByteBuf buf = scratch.finish();
            byte[] bytes = new byte[buf.writerIndex() - NlMsgHdr.SIZE];
            buf.getBytes(NlMsgHdr.SIZE, bytes);
            return bytes;
        }
    }
}
