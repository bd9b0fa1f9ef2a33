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
