package io.jnetlink.route.link;

/**
 * A tun or tap device as {@code ip tuntap show} lists it: its name and the flags, owner and group
 * the driver keeps for it ({@code tun_flags}, {@code owner} and {@code group} in
 * {@code /sys/class/net/NAME/}). The flags say more than the link's {@link TunData}: also
 * {@link TunData#IFF_ONE_QUEUE}, {@link TunData#IFF_NAPI} and {@link TunData#IFF_NAPI_FRAGS}.
 *
 * @param name    the device name
 * @param ifindex the device's interface index
 * @param flags   the driver's flags: {@link TunData#IFF_TUN} or {@link TunData#IFF_TAP}, and any of
 *                {@link TunData#IFF_NO_PI}, {@link TunData#IFF_ONE_QUEUE},
 *                {@link TunData#IFF_MULTI_QUEUE}, {@link TunData#IFF_VNET_HDR},
 *                {@link TunData#IFF_PERSIST}, {@link TunData#IFF_NAPI}, {@link TunData#IFF_NAPI_FRAGS}
 * @param owner   the uid allowed to attach, or {@link TunTapRequest#ANY}
 * @param group   the gid allowed to attach, or {@link TunTapRequest#ANY}
 */
public record TunTapDevice(String name, int ifindex, int flags, long owner, long group) {
    /** {@return {@link TunTapMode#TAP} when {@link TunData#IFF_TAP} is set, else {@link TunTapMode#TUN}} */
    public TunTapMode mode() {
        return has(TunData.IFF_TAP) ? TunTapMode.TAP : TunTapMode.TUN;
    }

    /**
     * Whether a flag is set.
     *
     * @param flag one of the {@code IFF_*} constants of {@link TunData}
     * @return true when every bit of {@code flag} is set in {@link #flags()}
     */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }
}
