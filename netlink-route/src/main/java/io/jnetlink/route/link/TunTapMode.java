package io.jnetlink.route.link;

/** What a tun/tap device carries, chosen when it is made ({@code ip tuntap add mode tun|tap}). */
public enum TunTapMode {
    /** A tun device: IP packets, no link-layer header ({@link TunData#IFF_TUN}). */
    TUN(TunData.IFF_TUN),
    /** A tap device: Ethernet frames ({@link TunData#IFF_TAP}). */
    TAP(TunData.IFF_TAP);

    private final int flag;

    TunTapMode(int flag) {
        this.flag = flag;
    }

    /** {@return the {@code TUNSETIFF} flag of this mode, {@link TunData#IFF_TUN} or {@link TunData#IFF_TAP}} */
    public int flag() {
        return flag;
    }
}
