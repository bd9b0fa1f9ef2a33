package io.jnetlink.route.link;

import java.util.Objects;

/**
 * A tun or tap device to make or remove as {@code ip tuntap add|del} does (the {@code TUNSETIFF}
 * ioctl on {@code /dev/net/tun}, not netlink): {@code TunTapRequest.of("tap0", TunTapMode.TAP)}
 * or, for a name the kernel picks ({@code tun0}, {@code tap1}, ...), {@code TunTapRequest.of(mode)};
 * then {@code withX} copies. As with ip, packets carry no {@code struct tun_pi} header unless
 * {@link #withPacketInfo(boolean)} asks for it. Immutable; arguments are checked when set
 * ({@link IllegalArgumentException}), before any system call.
 */
public final class TunTapRequest {
    /** An owner or group that is not set: any user or group may attach. */
    public static final long ANY = -1;
    /** The largest user or group id ({@code (uid_t) -1} means none). */
    private static final long MAX_ID = 0xfffffffeL;

    private final String name;
    private final TunTapMode mode;
    private final int flags;
    private final long owner;
    private final long group;

    private TunTapRequest(String name, TunTapMode mode, int flags, long owner, long group) {
        this.name = name;
        this.mode = mode;
        this.flags = flags;
        this.owner = owner;
        this.group = group;
    }

    /**
     * A device named {@code name}.
     *
     * @param name the device name, as {@link InterfaceNames#check} accepts it (a {@code %d} in it
     *             is replaced by the kernel with the first free number)
     * @param mode tun or tap; not null
     * @return a request with no options set
     * @throws IllegalArgumentException when the name is not a valid interface name
     */
    public static TunTapRequest of(String name, TunTapMode mode) {
        return new TunTapRequest(InterfaceNames.check(name), Objects.requireNonNull(mode, "mode"),
                TunData.IFF_NO_PI, ANY, ANY);
    }

    /**
     * A device whose name the kernel picks: {@code tun0}, {@code tap0}, the first free number.
     *
     * @param mode tun or tap; not null
     * @return a request with no name and no options set
     */
    public static TunTapRequest of(TunTapMode mode) {
        return new TunTapRequest(null, Objects.requireNonNull(mode, "mode"), TunData.IFF_NO_PI, ANY, ANY);
    }

    /**
     * This request with another name.
     *
     * @param name the device name, as {@link InterfaceNames#check} accepts it
     * @return a copy
     * @throws IllegalArgumentException when the name is not a valid interface name
     */
    public TunTapRequest withName(String name) {
        return new TunTapRequest(InterfaceNames.check(name), mode, flags, owner, group);
    }

    /**
     * This request with packets that carry (or not) a {@code struct tun_pi} header: ip's {@code pi}.
     *
     * @param on true to clear {@link TunData#IFF_NO_PI}
     * @return a copy
     */
    public TunTapRequest withPacketInfo(boolean on) {
        return withFlag(TunData.IFF_NO_PI, !on);
    }

    /**
     * This request with {@link TunData#IFF_ONE_QUEUE} set or cleared: ip's {@code one_queue}.
     *
     * @param on true to set the flag
     * @return a copy
     */
    public TunTapRequest withOneQueue(boolean on) {
        return withFlag(TunData.IFF_ONE_QUEUE, on);
    }

    /**
     * This request with packets that carry (or not) a {@code struct virtio_net_hdr}: ip's {@code vnet_hdr}.
     *
     * @param on true to set {@link TunData#IFF_VNET_HDR}
     * @return a copy
     */
    public TunTapRequest withVnetHeader(boolean on) {
        return withFlag(TunData.IFF_VNET_HDR, on);
    }

    /**
     * This request with one queue per attached descriptor (or not): ip's {@code multi_queue}.
     *
     * @param on true to set {@link TunData#IFF_MULTI_QUEUE}
     * @return a copy
     */
    public TunTapRequest withMultiQueue(boolean on) {
        return withFlag(TunData.IFF_MULTI_QUEUE, on);
    }

    /**
     * This request with NAPI receive (or not); ip 6.1 has no word for it.
     *
     * @param on true to set {@link TunData#IFF_NAPI}
     * @return a copy
     */
    public TunTapRequest withNapi(boolean on) {
        return withFlag(TunData.IFF_NAPI, on);
    }

    /**
     * This request with NAPI receive of fragments (or not; the kernel allows it for tap devices
     * with {@link #withNapi NAPI} only); ip 6.1 has no word for it.
     *
     * @param on true to set {@link TunData#IFF_NAPI_FRAGS}
     * @return a copy
     */
    public TunTapRequest withNapiFrags(boolean on) {
        return withFlag(TunData.IFF_NAPI_FRAGS, on);
    }

    /**
     * This request with an owner: only that user (and {@code CAP_NET_ADMIN}) may attach. ip's {@code user}.
     *
     * @param uid a user id, 0 to 4294967294, or {@link #ANY} for no owner
     * @return a copy
     * @throws IllegalArgumentException for another value
     */
    public TunTapRequest withOwner(long uid) {
        return new TunTapRequest(name, mode, flags, id(uid, "owner"), group);
    }

    /**
     * This request with a group: only its members (and {@code CAP_NET_ADMIN}) may attach. ip's {@code group}.
     *
     * @param gid a group id, 0 to 4294967294, or {@link #ANY} for no group
     * @return a copy
     * @throws IllegalArgumentException for another value
     */
    public TunTapRequest withGroup(long gid) {
        return new TunTapRequest(name, mode, flags, owner, id(gid, "group"));
    }

    private static long id(long id, String what) {
        if (id != ANY && (id < 0 || id > MAX_ID)) {
            throw new IllegalArgumentException(what + " must be 0.." + MAX_ID + " or ANY (-1): " + id);
        }
        return id;
    }

    private TunTapRequest withFlag(int flag, boolean on) {
        return new TunTapRequest(name, mode, on ? flags | flag : flags & ~flag, owner, group);
    }

    /** {@return the device name, or null when the kernel is to pick one} */
    public String name() {
        return name;
    }

    /** {@return tun or tap} */
    public TunTapMode mode() {
        return mode;
    }

    /**
     * The {@code ifr_flags} that {@code TUNSETIFF} gets: the mode's flag, {@link TunData#IFF_NO_PI}
     * unless packet information was asked for, and the options set. {@code add} adds
     * {@link TunData#IFF_TUN_EXCL}, as ip does.
     *
     * @return the flags, a 16-bit value
     */
    public int flags() {
        return mode.flag() | flags;
    }

    /** {@return the owner's uid, or {@link #ANY}} */
    public long owner() {
        return owner;
    }

    /** {@return the group's gid, or {@link #ANY}} */
    public long group() {
        return group;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TunTapRequest r && Objects.equals(name, r.name) && mode == r.mode && flags == r.flags
                && owner == r.owner && group == r.group;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mode, flags, owner, group);
    }

    @Override
    public String toString() {
        return "TunTapRequest[name=" + name + ", mode=" + mode + ", flags=0x" + Integer.toHexString(flags())
                + ", owner=" + owner + ", group=" + group + "]";
    }
}
