package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import java.util.List;

/**
 * The options of a {@code macvlan} or {@code macvtap} link ({@code IFLA_INFO_DATA}; the two kinds
 * share {@link MacvlanAttributes}), read and set with the table's constants:
 * {@code macvlan.get(MacvlanAttributes.MODE)};
 * {@code MacvlanData.of(MacvlanData.MACVLAN_MODE_BRIDGE)} for a request, which sends only what is
 * set. The source addresses of a link in mode source are changed with {@link #withSourceAdded},
 * {@link #withSourceDeleted}, {@link #withSources} and {@link #withSourcesFlushed}, and read with
 * {@link #sources()}.
 *
 * @param kind   {@code "macvlan"} or {@code "macvtap"}
 * @param values the {@link MacvlanAttributes#SET} values
 */
public record MacvlanData(String kind, AttributeValues values) implements LinkData, AttributeRecord<MacvlanData> {
    /** {@code MACVLAN_MODE_PRIVATE}: ports cannot talk to each other. */
    public static final int MACVLAN_MODE_PRIVATE = 1;
    /** {@code MACVLAN_MODE_VEPA}: ports talk through the external switch. */
    public static final int MACVLAN_MODE_VEPA = 2;
    /** {@code MACVLAN_MODE_BRIDGE}: ports talk to each other directly. */
    public static final int MACVLAN_MODE_BRIDGE = 4;
    /** {@code MACVLAN_MODE_PASSTHRU}: takes over the underlying device. */
    public static final int MACVLAN_MODE_PASSTHRU = 8;
    /** {@code MACVLAN_MODE_SOURCE}: frames are assigned by source address. */
    public static final int MACVLAN_MODE_SOURCE = 16;
    /** {@code MACVLAN_FLAG_NOPROMISC}: do not put the lower device in promiscuous mode (passthru). */
    public static final int MACVLAN_FLAG_NOPROMISC = 1;
    /** {@code MACVLAN_FLAG_NODST}: skip the destination macvlan when it matches the source one. */
    public static final int MACVLAN_FLAG_NODST = 2;
    /** {@code MACVLAN_MACADDR_ADD}: add {@link MacvlanAttributes#MACADDR} to the source addresses. */
    public static final int MACVLAN_MACADDR_ADD = 0;
    /** {@code MACVLAN_MACADDR_DEL}: remove {@link MacvlanAttributes#MACADDR} from the source addresses. */
    public static final int MACVLAN_MACADDR_DEL = 1;
    /** {@code MACVLAN_MACADDR_FLUSH}: remove every source address. */
    public static final int MACVLAN_MACADDR_FLUSH = 2;
    /** {@code MACVLAN_MACADDR_SET}: replace the source addresses with {@link MacvlanAttributes#MACADDR_DATA}. */
    public static final int MACVLAN_MACADDR_SET = 3;

    /**
     * Checks the kind and that the values are macvlan options.
     *
     * @param kind   {@code "macvlan"} or {@code "macvtap"}
     * @param values the {@link MacvlanAttributes#SET} values
     * @throws IllegalArgumentException for another kind or set
     */
    public MacvlanData {
        if (!MacvlanCodec.KIND.equals(kind) && !MacvtapCodec.KIND.equals(kind)) {
            throw new IllegalArgumentException("kind must be macvlan or macvtap: " + kind);
        }
        if (values.set() != MacvlanAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not macvlan options");
        }
    }

    /** {@return the options of a {@code macvlan} with nothing set} */
    public static MacvlanData of() {
        return new MacvlanData(MacvlanCodec.KIND, MacvlanAttributes.SET.empty());
    }

    /**
     * A {@code macvlan} in {@code mode} ({@code ip link add ... type macvlan mode M}).
     *
     * @param mode a {@code MACVLAN_MODE_*} value
     * @return the options
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code MACVLAN_MODE_*} values
     */
    public static MacvlanData of(int mode) {
        return of().with(MacvlanAttributes.MODE, mode);
    }

    /**
     * A {@code macvtap} in {@code mode} ({@code ip link add ... type macvtap mode M}).
     *
     * @param mode a {@code MACVLAN_MODE_*} value
     * @return the options
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code MACVLAN_MODE_*} values
     */
    public static MacvlanData macvtap(int mode) {
        return new MacvlanData(MacvtapCodec.KIND, MacvlanAttributes.SET.empty()).with(MacvlanAttributes.MODE, mode);
    }

    /** {@inheritDoc} The copy is of the same kind. */
    @Override
    public MacvlanData withValues(AttributeValues values) {
        return new MacvlanData(kind, values);
    }

    /**
     * Adds {@code address} to the source addresses ({@code ip link set ... macaddr add ADDRESS}):
     * {@link MacvlanAttributes#MACADDR_MODE} add, then {@link MacvlanAttributes#MACADDR}. The kernel
     * refuses it ({@code EINVAL}) unless the link is in mode source.
     *
     * @param address an Ethernet address (6 bytes)
     * @return the copy
     * @throws IllegalArgumentException unless {@code address} has 6 bytes
     */
    public MacvlanData withSourceAdded(MacAddress address) {
        return with(MacvlanAttributes.MACADDR_MODE, MACVLAN_MACADDR_ADD).with(MacvlanAttributes.MACADDR, ethernet(address));
    }

    /**
     * Removes {@code address} from the source addresses ({@code macaddr del ADDRESS}); removing one
     * that is not there is no error.
     *
     * @param address an Ethernet address (6 bytes)
     * @return the copy
     * @throws IllegalArgumentException unless {@code address} has 6 bytes
     */
    public MacvlanData withSourceDeleted(MacAddress address) {
        return with(MacvlanAttributes.MACADDR_MODE, MACVLAN_MACADDR_DEL).with(MacvlanAttributes.MACADDR, ethernet(address));
    }

    /**
     * Replaces the source addresses with {@code addresses} ({@code macaddr set ADDRESS...}), in
     * that order; an empty list removes them all.
     *
     * @param addresses Ethernet addresses (6 bytes each)
     * @return the copy
     * @throws IllegalArgumentException unless every address has 6 bytes
     */
    public MacvlanData withSources(List<MacAddress> addresses) {
        addresses.forEach(MacvlanData::ethernet);
        return with(MacvlanAttributes.MACADDR_MODE, MACVLAN_MACADDR_SET).with(MacvlanAttributes.MACADDR_DATA, addresses);
    }

    /**
     * Removes every source address ({@code macaddr flush}).
     *
     * @return the copy
     */
    public MacvlanData withSourcesFlushed() {
        return with(MacvlanAttributes.MACADDR_MODE, MACVLAN_MACADDR_FLUSH);
    }

    /**
     * The source addresses the kernel reported ({@link MacvlanAttributes#MACADDR_DATA}), in its
     * order.
     *
     * @return the addresses; empty when it sent none (another mode, or none set)
     */
    public List<MacAddress> sources() {
        List<MacAddress> sources = get(MacvlanAttributes.MACADDR_DATA);
        return sources == null ? List.of() : sources;
    }

    private static MacAddress ethernet(MacAddress address) {
        if (address.length() != 6) {
            throw new IllegalArgumentException("a source address has 6 bytes: " + address);
        }
        return address;
    }
}
