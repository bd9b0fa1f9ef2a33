package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlAttr;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * What to create or change about one link ({@code ip link add} / {@code ip link set}): the link,
 * by name ({@link #of(String)}) or interface index ({@link #of(int)}), and the changes, each a copy made
 * by a {@code withX} method or by {@link #with(Attribute, Object)} for any writable
 * {@link LinkAttributes} row. Attributes go out in the order they were set, as {@code ip} sends
 * them for the same command line. Immutable; bad arguments throw
 * {@link IllegalArgumentException} here, before anything is sent.
 *
 * <p>Bridge port options ({@link #withPortData(BridgePortData)}) travel the way
 * {@code bridge link set} sends them, in a request of their own ({@code AF_BRIDGE},
 * {@code IFLA_PROTINFO}), which the kernel announces whether the port is up or down.
 */
public final class LinkRequest {
    /** The most bytes a link-layer address has ({@code MAX_ADDR_LEN}). */
    public static final int MAX_ADDR_LEN = 32;
    /** IPv6 link-local addresses from the hardware address ({@code IN6_ADDR_GEN_MODE_EUI64}, ip's {@code eui64}). */
    public static final int ADDR_GEN_MODE_EUI64 = 0;
    /** No IPv6 link-local address ({@code IN6_ADDR_GEN_MODE_NONE}, ip's {@code none}). */
    public static final int ADDR_GEN_MODE_NONE = 1;
    /** Stable privacy addresses ({@code IN6_ADDR_GEN_MODE_STABLE_PRIVACY}, ip's {@code stable_secret}). */
    public static final int ADDR_GEN_MODE_STABLE_PRIVACY = 2;
    /** Random addresses ({@code IN6_ADDR_GEN_MODE_RANDOM}, ip's {@code random}). */
    public static final int ADDR_GEN_MODE_RANDOM = 3;
    /** The highest protocol-down reason bit ({@code IFLA_PROTO_DOWN_REASON_MASK} is a u32). */
    public static final int MAX_PROTO_DOWN_REASON = 31;

    /** XDP: fail rather than replace an attached program ({@code XDP_FLAGS_UPDATE_IF_NOEXIST}; ip sets it unless {@code -force}). */
    public static final int XDP_FLAGS_UPDATE_IF_NOEXIST = 1;
    /** XDP: the generic, driver-independent hook ({@code XDP_FLAGS_SKB_MODE}, ip's {@code xdpgeneric}). */
    public static final int XDP_FLAGS_SKB_MODE = 2;
    /** XDP: the driver's native hook ({@code XDP_FLAGS_DRV_MODE}, ip's {@code xdpdrv}). */
    public static final int XDP_FLAGS_DRV_MODE = 4;
    /** XDP: offloaded to the device ({@code XDP_FLAGS_HW_MODE}, ip's {@code xdpoffload}). */
    public static final int XDP_FLAGS_HW_MODE = 8;

    private static final int AF_INET6 = 10;
    private static final int IFLA_XDP_FD = 1;
    private static final int IFLA_XDP_FLAGS = 3;
    private static final int IFLA_PROTO_DOWN_REASON_MASK = 1;
    private static final int IFLA_PROTO_DOWN_REASON_VALUE = 2;

    private final int ifindex;
    private final int flags;
    private final int change;
    private final AttributeValues values;
    private final NetNs netns;
    private final BridgePortData port;
    /** The new name of a link named by its old one: sent once {@link #resolvedTo} knows its index. */
    private final String newName;

    private LinkRequest(int ifindex, int flags, int change, AttributeValues values, NetNs netns, BridgePortData port) {
        this(ifindex, flags, change, values, netns, port, null);
    }

    private LinkRequest(int ifindex, int flags, int change, AttributeValues values, NetNs netns, BridgePortData port,
            String newName) {
        this.newName = newName;
        this.ifindex = ifindex;
        this.flags = flags;
        this.change = change;
        this.values = values;
        this.netns = netns;
        this.port = port;
    }

    /**
     * The link called {@code name}: the new link's name for an add, the one to change otherwise.
     *
     * @param name an interface name (1 to 15 bytes, no {@code /}, no white space)
     * @return the request
     */
    public static LinkRequest of(String name) {
        InterfaceNames.check(name);
        return new LinkRequest(0, 0, 0, LinkAttributes.SET.empty().with(LinkAttributes.IFNAME, name), null, null);
    }

    /**
     * A request that names no link yet, to be built attribute by attribute in the order a command
     * line gives them ({@code link eth0 name vl10 ...}); {@link #withName} names the link.
     *
     * @return the request
     */
    public static LinkRequest empty() {
        return new LinkRequest(0, 0, 0, LinkAttributes.SET.empty(), null, null);
    }

    /**
     * The link with interface index {@code ifindex} (for an add: the index the new link asks for).
     *
     * @param ifindex the interface index, greater than 0
     * @return the request
     */
    public static LinkRequest of(int ifindex) {
        return new LinkRequest(Arguments.ifindex(ifindex), 0, 0, LinkAttributes.SET.empty(), null, null);
    }

    /** {@return the interface index the request names, 0 when it names the link by {@link #name()}} */
    public int ifindex() {
        return ifindex;
    }

    /** {@return the name the request sends ({@code IFLA_IFNAME}): the link's, or its new name; null when none} */
    public String name() {
        return values.get(LinkAttributes.IFNAME);
    }

    /** {@return true when the request renames a link it names by its current name: its index must be known first} */
    public boolean renamesByName() {
        return newName != null;
    }

    /**
     * This request for the link with interface index {@code ifindex} (the one it names): a rename
     * by name can only be sent so.
     *
     * @param ifindex the named link's interface index
     * @return the copy
     */
    public LinkRequest resolvedTo(int ifindex) {
        AttributeValues resolved = newName != null ? values.with(LinkAttributes.IFNAME, newName) : values;
        return new LinkRequest(Arguments.ifindex(ifindex), flags, change, resolved, netns, port);
    }

    /** {@return the {@code IFLA_*} values the request sets} */
    public AttributeValues values() {
        return values;
    }

    /**
     * The value the request sets for {@code attribute}.
     *
     * @param <T>       the value's type
     * @param attribute a {@link LinkAttributes} constant
     * @return the value, or null when the request does not set it
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the bridge port options the request sets, or null} */
    public BridgePortData portData() {
        return port;
    }

    /** {@return the {@code IFF_*} flags the request sets ({@code ifi_flags}), under {@link #flagChange()}} */
    public int flags() {
        return flags;
    }

    /** {@return the {@code IFF_*} flags the request changes ({@code ifi_change}): set or cleared as {@link #flags()} says} */
    public int flagChange() {
        return change;
    }

    /** {@return the namespace {@link #withNetns} moves the link to, or null} */
    public NetNs netns() {
        return netns;
    }

    /**
     * A copy that sets a writable {@link LinkAttributes} row.
     *
     * @param <T>       the value's type
     * @param attribute a writable {@link LinkAttributes} constant
     * @param value     the value; null unsets it
     * @return the copy
     * @throws IllegalArgumentException when the attribute is read-only
     */
    public <T> LinkRequest with(Attribute<T> attribute, T value) {
        return new LinkRequest(ifindex, flags, change, values.with(attribute, value), netns, port, newName);
    }

    /**
     * A copy that also renames the link (with {@link #of(int)}), or names it (with {@link #of(String)}).
     *
     * @param name the new interface name
     * @return the copy
     */
    public LinkRequest withName(String name) {
        InterfaceNames.check(name);
        if (ifindex == 0 && values.has(LinkAttributes.IFNAME)) {
            return new LinkRequest(ifindex, flags, change, values, netns, port, name);
        }
        return with(LinkAttributes.IFNAME, name);
    }

    /**
     * A copy that creates the link as {@code data}'s kind with its options ({@code type ...}).
     *
     * @param data the kind and its options
     * @return the copy
     */
    public LinkRequest withData(LinkData data) {
        return with(LinkAttributes.LINKINFO, LinkInfo.of(Objects.requireNonNull(data, "data")));
    }

    /**
     * A copy that sets a port's options the way {@code ip link set DEV type bridge_slave ...} sends
     * them: in {@code IFLA_LINKINFO}, the kind {@code KIND_slave} ({@code bridge_slave}) with the
     * options as {@code IFLA_INFO_SLAVE_DATA}, in the same {@code RTM_NEWLINK} as the other changes.
     * {@link #withPortData} sends the same options as {@code bridge link set} does instead.
     *
     * @param portData the options, of the master's kind ({@link BridgePortData} for a bridge port)
     * @return the copy
     */
    public LinkRequest withSlaveData(LinkData portData) {
        Objects.requireNonNull(portData, "portData");
        return with(LinkAttributes.LINKINFO, new LinkInfo(portData.kind() + "_slave", null, null, portData, null));
    }

    /** {@return a copy that sets the link up ({@code IFF_UP})} */
    public LinkRequest withUp() {
        return withFlag(IfInfoMsg.IFF_UP, true);
    }

    /** {@return a copy that sets the link down} */
    public LinkRequest withDown() {
        return withFlag(IfInfoMsg.IFF_UP, false);
    }

    /**
     * A copy that sets or clears one {@code IFF_*} flag ({@code ifi_flags} under the mask {@code ifi_change}).
     *
     * @param flag the flag, one of the {@code IFF_*} bits of {@link IfInfoMsg}
     * @param on   true to set it
     * @return the copy
     */
    public LinkRequest withFlag(int flag, boolean on) {
        if (Integer.bitCount(flag) != 1) {
            throw new IllegalArgumentException("one IFF_* flag expected: 0x" + Integer.toHexString(flag));
        }
        return new LinkRequest(ifindex, on ? flags | flag : flags & ~flag, change | flag, values, netns, port, newName);
    }

    /**
     * A copy that sets the MTU.
     *
     * @param mtu bytes, greater than 0
     * @return the copy
     */
    public LinkRequest withMtu(int mtu) {
        return with(LinkAttributes.MTU, Arguments.mtu(mtu));
    }

    /**
     * A copy that sets the transmit queue length.
     *
     * @param length packets, not negative
     * @return the copy
     */
    public LinkRequest withTxQueueLength(int length) {
        return with(LinkAttributes.TXQLEN, Arguments.txQueueLength(length));
    }

    /**
     * A copy that enslaves the link to a master (a bridge).
     *
     * @param masterIfindex the master's interface index, greater than 0
     * @return the copy
     */
    public LinkRequest withMasterIfindex(int masterIfindex) {
        return with(LinkAttributes.MASTER, Arguments.ifindex(masterIfindex));
    }

    /** {@return a copy that releases the link from its master ({@code nomaster})} */
    public LinkRequest withNoMaster() {
        return with(LinkAttributes.MASTER, 0);
    }

    /**
     * A copy that sets the lower device ({@code link DEV}: a vlan's or macvlan's parent).
     *
     * @param linkIfindex the lower device's interface index, greater than 0
     * @return the copy
     */
    public LinkRequest withLinkIfindex(int linkIfindex) {
        return with(LinkAttributes.LINK, Arguments.ifindex(linkIfindex));
    }

    /**
     * A copy that sets the link-layer address.
     *
     * @param address 1 to {@value #MAX_ADDR_LEN} bytes
     * @return the copy
     */
    public LinkRequest withAddress(MacAddress address) {
        if (address == null || address.length() == 0 || address.length() > MAX_ADDR_LEN) {
            throw new IllegalArgumentException("hardware address must have 1.." + MAX_ADDR_LEN + " bytes: " + address);
        }
        return with(LinkAttributes.ADDRESS, address);
    }

    /**
     * A copy that sets the alias.
     *
     * @param alias free text, at most 255 bytes; empty removes it
     * @return the copy
     */
    public LinkRequest withAlias(String alias) {
        return with(LinkAttributes.IFALIAS, Arguments.alias(alias));
    }

    /**
     * A copy that sets how the link's IPv6 link-local address is made ({@code addrgenmode}):
     * {@code IFLA_AF_SPEC} with {@code AF_INET6} and {@code IFLA_INET6_ADDR_GEN_MODE}.
     *
     * @param mode one of {@link #ADDR_GEN_MODE_EUI64}, {@link #ADDR_GEN_MODE_NONE},
     *             {@link #ADDR_GEN_MODE_STABLE_PRIVACY}, {@link #ADDR_GEN_MODE_RANDOM}
     * @return the copy
     */
    public LinkRequest withAddrGenMode(int mode) {
        if (mode < ADDR_GEN_MODE_EUI64 || mode > ADDR_GEN_MODE_RANDOM) {
            throw new IllegalArgumentException("address generation mode must be 0..3: " + mode);
        }
        // AF_INET6 { IFLA_INET6_ADDR_GEN_MODE u8 }, unflagged nests as ip writes them.
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder());
        b.putShort((short) 12).putShort((short) AF_INET6);
        b.putShort((short) 5).putShort((short) LinkAttributes.IFLA_INET6_ADDR_GEN_MODE).put((byte) mode);
        return with(LinkAttributes.AF_SPEC, RawAttributes.wrap(b.array()));
    }

    /**
     * A copy that sets or clears protocol down ({@code protodown on|off}): the link stays down
     * whatever its flags say; only some drivers allow it.
     *
     * @param on true to hold the link down
     * @return the copy
     */
    public LinkRequest withProtoDown(boolean on) {
        return with(LinkAttributes.PROTO_DOWN, on ? 1 : 0);
    }

    /**
     * A copy that sets or clears one reason for protocol down ({@code protodown_reason N on|off}):
     * {@code IFLA_PROTO_DOWN_REASON} with the reason's bit as mask and as value (or 0).
     *
     * @param reason the reason's bit, 0 to {@value #MAX_PROTO_DOWN_REASON}
     * @param on     true to set it
     * @return the copy
     */
    public LinkRequest withProtoDownReason(int reason, boolean on) {
        if (reason < 0 || reason > MAX_PROTO_DOWN_REASON) {
            throw new IllegalArgumentException("protodown reason must be 0.." + MAX_PROTO_DOWN_REASON + ": " + reason);
        }
        int bit = 1 << reason;
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        b.putShort((short) 8).putShort((short) IFLA_PROTO_DOWN_REASON_MASK).putInt(bit);
        b.putShort((short) 8).putShort((short) IFLA_PROTO_DOWN_REASON_VALUE).putInt(on ? bit : 0);
        return with(LinkAttributes.PROTO_DOWN_REASON, RawAttributes.wrap(b.array()));
    }

    /**
     * A copy that sets the carrier of a link whose driver lets it be set ({@code carrier on|off}).
     *
     * @param on true for carrier up
     * @return the copy
     */
    public LinkRequest withCarrier(boolean on) {
        return with(LinkAttributes.CARRIER, on ? 1 : 0);
    }

    /**
     * A copy that moves the link to another namespace ({@code netns}): {@code IFLA_NET_NS_FD} with
     * the handle's descriptor, in its place among the attributes set.
     *
     * @param target the namespace, open until the request is sent
     * @return the copy
     */
    public LinkRequest withNetns(NetNs target) {
        Objects.requireNonNull(target, "target");
        return new LinkRequest(ifindex, flags, change, values.with(LinkAttributes.NET_NS_FD, target.fd()), target, port,
                newName);
    }

    /**
     * A copy that moves the link to the namespace of a process ({@code netns PID}:
     * {@code IFLA_NET_NS_PID}), sent where it is set among the other attributes.
     *
     * @param pid the process id, greater than 0
     * @return the copy
     */
    public LinkRequest withNetnsPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be greater than 0: " + pid);
        }
        return with(LinkAttributes.NET_NS_PID, pid);
    }

    /**
     * A copy that moves the link to the namespace open as file descriptor {@code fd}
     * ({@code netns NAME}: {@code IFLA_NET_NS_FD}), sent where it is set among the other
     * attributes; the descriptor must stay open until the request is sent.
     *
     * @param fd an open namespace file descriptor, not negative
     * @return the copy
     */
    public LinkRequest withNetnsFd(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("file descriptor must not be negative: " + fd);
        }
        return with(LinkAttributes.NET_NS_FD, fd);
    }

    /**
     * A copy that detaches the link's XDP program ({@code xdp off}): {@code IFLA_XDP} with
     * {@code IFLA_XDP_FD} -1 and, when not 0, {@code IFLA_XDP_FLAGS}, as {@code ip} sends it.
     *
     * @param xdpFlags {@code XDP_FLAGS_*} bits ({@link #XDP_FLAGS_UPDATE_IF_NOEXIST}, one mode), or 0
     * @return the copy
     */
    public LinkRequest withXdpDetached(int xdpFlags) {
        if ((xdpFlags & ~(XDP_FLAGS_UPDATE_IF_NOEXIST | XDP_FLAGS_SKB_MODE | XDP_FLAGS_DRV_MODE | XDP_FLAGS_HW_MODE)) != 0
                || Integer.bitCount(xdpFlags & ~XDP_FLAGS_UPDATE_IF_NOEXIST) > 1) {
            throw new IllegalArgumentException("XDP flags must be UPDATE_IF_NOEXIST and at most one mode: 0x"
                    + Integer.toHexString(xdpFlags));
        }
        ByteBuffer b = ByteBuffer.allocate(xdpFlags != 0 ? 16 : 8).order(ByteOrder.nativeOrder());
        b.putShort((short) 8).putShort((short) IFLA_XDP_FD).putInt(-1);
        if (xdpFlags != 0) {
            b.putShort((short) 8).putShort((short) IFLA_XDP_FLAGS).putInt(xdpFlags);
        }
        return with(LinkAttributes.XDP, RawAttributes.wrap(b.array()));
    }

    /**
     * A copy that sets bridge port options, sent as {@code bridge link set} does.
     *
     * @param port the options; only those set are sent
     * @return the copy
     */
    public LinkRequest withPortData(BridgePortData port) {
        return new LinkRequest(ifindex, flags, change, values, netns, Objects.requireNonNull(port, "port"), newName);
    }

    /** {@return true when the request changes something besides bridge port options} */
    public boolean changesLink() {
        AttributeValues key = ifindex > 0 ? LinkAttributes.SET.empty()
                : LinkAttributes.SET.empty().with(LinkAttributes.IFNAME, name());
        return change != 0 || netns != null || newName != null || !values.equals(key);
    }

    /**
     * Writes the {@code RTM_NEWLINK} that makes the link ({@code ip link add}). A request without
     * a name lets the kernel pick one from the kind ({@code bridge0}, {@code veth0}), as
     * {@code ip link add type KIND} does.
     *
     * @param w the writer to start the message in
     * @throws IllegalArgumentException when the request has no name but bridge port options,
     *                                  which are sent to the link by name once it exists
     */
    public void writeAdd(MessageWriter w) {
        writeCreate(w, NlMsgHdr.NLM_F_EXCL);
    }

    /**
     * Writes the {@code RTM_NEWLINK} of {@code ip link replace}: {@code NLM_F_CREATE |
     * NLM_F_REPLACE}, so the kernel creates the link or changes the one of that name.
     *
     * @param w the writer to start the message in
     */
    public void writeReplace(MessageWriter w) {
        writeCreate(w, NlMsgHdr.NLM_F_REPLACE);
    }

    private void writeCreate(MessageWriter w, int flags) {
        if (name() == null && port != null) {
            throw new IllegalArgumentException("a new link with bridge port options needs a name");
        }
        write(w, NlMsgHdr.NLM_F_CREATE | flags);
    }

    /**
     * Writes the {@code RTM_NEWLINK} that changes an existing link ({@code ip link set}), without
     * the bridge port options (see {@link #writePortData}).
     *
     * @param w the writer to start the message in
     */
    public void writeChange(MessageWriter w) {
        if (newName != null) {
            throw new IllegalStateException("a rename by name is sent once resolvedTo(ifindex) knows the link");
        }
        write(w, 0);
    }

    /**
     * Writes the {@code RTM_GETLINK} that asks for this one link (by index, or by name).
     *
     * @param w       the writer to start the message in
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}
     */
    public void writeGet(MessageWriter w, int extMask) {
        if (ifindex == 0) {
            writeGetByName(w, name(), extMask);
            return;
        }
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, ifindex, 0, 0);
        w.attrU32(LinkAttributes.EXT_MASK.type(), extMask);
    }

    /**
     * Writes the {@code RTM_GETLINK} that asks for the link called {@code name}, as {@code ip}
     * asks: {@code IFLA_IFNAME} for a valid interface name (the kernel finds a short alternative
     * name so too), {@code IFLA_ALT_IFNAME} for a longer alternative name.
     *
     * @param w       the writer to start the message in
     * @param name    an interface name or alternative name ({@link InterfaceNames#checkAltName})
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}
     */
    public static void writeGetByName(MessageWriter w, String name, int extMask) {
        InterfaceNames.checkAltName(name);
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, 0, 0, 0);
        w.attrString(nameAttribute(name), name);
        w.attrU32(LinkAttributes.EXT_MASK.type(), extMask);
    }

    /**
     * Writes the {@code RTM_DELLINK} that deletes the link called {@code name}: by
     * {@code IFLA_IFNAME}, or {@code IFLA_ALT_IFNAME} for an alternative name longer than an
     * interface name may be.
     *
     * @param w    the writer to start the message in
     * @param name an interface name or alternative name ({@link InterfaceNames#checkAltName})
     */
    public static void writeDeleteByName(MessageWriter w, String name) {
        InterfaceNames.checkAltName(name);
        w.begin(MessageType.RTM_DELLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, 0, 0, 0);
        w.attrString(nameAttribute(name), name);
    }

    private static int nameAttribute(String name) {
        return (InterfaceNames.isValid(name) ? LinkAttributes.IFNAME : LinkAttributes.ALT_IFNAME).type();
    }

    /**
     * Writes the {@code RTM_DELLINK} that deletes this link (by index, or by name).
     *
     * @param w the writer to start the message in
     */
    public void writeDelete(MessageWriter w) {
        if (ifindex == 0) {
            writeDeleteByName(w, name());
            return;
        }
        w.begin(MessageType.RTM_DELLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, ifindex, 0, 0);
    }

    /**
     * Writes the {@code RTM_DELLINK} that deletes every link of a group ({@code ip link delete group N}):
     * interface index 0 and {@code IFLA_GROUP}.
     *
     * @param w     the writer to start the message in
     * @param group the group number (0 is {@code default}, which the kernel refuses to delete)
     */
    public static void writeDeleteGroup(MessageWriter w, int group) {
        w.begin(MessageType.RTM_DELLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, 0, 0, 0);
        w.attrU32(LinkAttributes.GROUP.type(), group);
    }

    /**
     * Writes the {@code RTM_NEWLINKPROP} that gives the link alternative names
     * ({@code ip link property add dev DEV altname NAME...}).
     *
     * @param w        the writer to start the message in
     * @param ifindex  the link's interface index
     * @param altNames the names to add; the kernel refuses an empty one or one of 128 bytes or more
     *                 ({@code EINVAL}), and a name some link has ({@code EEXIST})
     */
    public static void writeAddAltNames(MessageWriter w, int ifindex, List<String> altNames) {
        writeAltNames(w, MessageType.RTM_NEWLINKPROP,
                NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL | NlMsgHdr.NLM_F_APPEND, ifindex, altNames);
    }

    /**
     * Writes the {@code RTM_DELLINKPROP} that takes alternative names from the link
     * ({@code ip link property del dev DEV altname NAME...}).
     *
     * @param w        the writer to start the message in
     * @param ifindex  the link's interface index
     * @param altNames the names to delete
     */
    public static void writeDeleteAltNames(MessageWriter w, int ifindex, List<String> altNames) {
        writeAltNames(w, MessageType.RTM_DELLINKPROP, 0, ifindex, altNames);
    }

    private static void writeAltNames(MessageWriter w, int type, int nlFlags, int ifindex, List<String> altNames) {
        Arguments.ifindex(ifindex);
        for (String name : altNames) {
            Objects.requireNonNull(name, "altName");
        }
        w.begin(type, nlFlags);
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, ifindex, 0, 0);
        int list = w.beginNested(LinkAttributes.PROP_LIST.type() | NlAttr.NLA_F_NESTED);
        for (String name : altNames) {
            w.attrString(LinkAttributes.ALT_IFNAME.type(), name);
        }
        w.endNested(list);
    }

    private void write(MessageWriter w, int nlFlags) {
        w.begin(MessageType.RTM_NEWLINK, nlFlags);
        writeLink(w);
    }

    /**
     * Writes the link itself, an {@code ifinfomsg} and the attributes set: the body of an
     * {@code RTM_NEWLINK}, or of a veth's {@code VETH_INFO_PEER}.
     */
    void writeLink(MessageWriter w) {
        IfInfoMsg.write(w, AddressFamily.AF_UNSPEC, ifindex, flags, change);
        values.encode(w);
    }

    /**
     * The request a {@code VETH_INFO_PEER} decodes to: its {@code ifinfomsg} fields and attributes
     * (a namespace descriptor stays a number, {@link LinkAttributes#NET_NS_FD}).
     */
    static LinkRequest decoded(int ifindex, int flags, int change, AttributeValues values) {
        return new LinkRequest(ifindex, flags, change, values, null, null);
    }

    /**
     * Writes the bridge port options as {@code bridge link set} does: {@code RTM_SETLINK} of family
     * {@code AF_BRIDGE} with the options in a nested {@code IFLA_PROTINFO}.
     *
     * @param w           the writer to start the message in
     * @param portIfindex the port's interface index (the request may name it by name)
     */
    public void writePortData(MessageWriter w, int portIfindex) {
        if (port == null) {
            throw new IllegalStateException("the request sets no bridge port options");
        }
        w.begin(MessageType.RTM_SETLINK, 0);
        IfInfoMsg.write(w, AddressFamily.AF_BRIDGE, Arguments.ifindex(portIfindex), 0, 0);
        int protinfo = w.beginNested(LinkAttributes.PROTINFO.type() | NlAttr.NLA_F_NESTED);
        port.values().encode(w);
        w.endNested(protinfo);
    }

    /**
     * Two requests are equal when they send the same: the same link, flags, attributes, bridge
     * port options and rename, and the same namespace handle (compared by identity).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LinkRequest r && ifindex == r.ifindex && flags == r.flags && change == r.change
                && values.equals(r.values) && netns == r.netns && Objects.equals(port, r.port)
                && Objects.equals(newName, r.newName);
    }

    /** {@return a hash of what {@link #equals} compares} */
    @Override
    public int hashCode() {
        return Objects.hash(ifindex, flags, change, values, System.identityHashCode(netns), port, newName);
    }

    /** {@return the link, its flag changes and the attributes set} */
    @Override
    public String toString() {
        return "LinkRequest[" + (ifindex > 0 ? "ifindex=" + ifindex + ", " : "")
                + (change != 0 ? "flags=0x" + Integer.toHexString(flags) + "/0x" + Integer.toHexString(change) + ", " : "")
                + values + (netns != null ? ", netns=" + netns : "") + (port != null ? ", port=" + port : "") + (newName != null ? ", newName=" + newName : "") + "]";
    }
}
