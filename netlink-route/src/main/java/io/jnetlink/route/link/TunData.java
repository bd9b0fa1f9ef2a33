package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code tun} link, tun or tap ({@code IFLA_INFO_DATA}), read with the
 * {@link TunAttributes} constants: {@code tun.get(TunAttributes.TYPE)}. Such devices are made with
 * the {@code TUNSETIFF} ioctl, not over netlink, so the table's rows are all read-only and
 * {@link #of()} is of use only to compare with.
 *
 * @param values the {@link TunAttributes#SET} values
 */
public record TunData(AttributeValues values) implements LinkData, AttributeRecord<TunData> {
    /** {@code IFF_TUN} (linux/if_tun.h): an IP-level device, a value of {@link TunAttributes#TYPE}. */
    public static final int IFF_TUN = 0x1;
    /** {@code IFF_TAP} (linux/if_tun.h): an Ethernet-level device, a value of {@link TunAttributes#TYPE}. */
    public static final int IFF_TAP = 0x2;
    /** {@code IFF_NAPI} (linux/if_tun.h): the device receives through NAPI. */
    public static final int IFF_NAPI = 0x10;
    /** {@code IFF_NAPI_FRAGS} (linux/if_tun.h): NAPI receive of fragments, tap devices only. */
    public static final int IFF_NAPI_FRAGS = 0x20;
    /** {@code IFF_MULTI_QUEUE} (linux/if_tun.h): one queue per attached file descriptor. */
    public static final int IFF_MULTI_QUEUE = 0x100;
    /** {@code IFF_PERSIST} (linux/if_tun.h): the device outlives its file descriptors. */
    public static final int IFF_PERSIST = 0x800;
    /**
     * {@code IFF_NO_PI} (linux/if_tun.h): packets carry no {@code struct tun_pi} header. The same
     * bit is {@code IFF_NOFILTER}, which is why {@code ip tuntap show} says {@code filter} exactly
     * when it says {@code pi}.
     */
    public static final int IFF_NO_PI = 0x1000;
    /** {@code IFF_ONE_QUEUE} (linux/if_tun.h): kept for old programs; the kernel ignores it. */
    public static final int IFF_ONE_QUEUE = 0x2000;
    /** {@code IFF_VNET_HDR} (linux/if_tun.h): packets carry a {@code struct virtio_net_hdr}. */
    public static final int IFF_VNET_HDR = 0x4000;
    /** {@code IFF_TUN_EXCL} (linux/if_tun.h): {@code TUNSETIFF} fails with EBUSY when the name is taken. */
    public static final int IFF_TUN_EXCL = 0x8000;

    /**
     * Checks that the values are tun options.
     *
     * @param values the {@link TunAttributes#SET} values
     */
    public TunData {
        if (values.set() != TunAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not tun options");
        }
    }

    /** {@return options with nothing set} */
    public static TunData of() {
        return new TunData(TunAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public TunData withValues(AttributeValues values) {
        return new TunData(values);
    }

    /** {@code "tun"}, for tun and tap devices alike. */
    @Override
    public String kind() {
        return TunCodec.KIND;
    }
}
