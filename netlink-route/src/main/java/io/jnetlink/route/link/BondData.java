package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code bond} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link BondAttributes} constants: {@code bond.get(BondAttributes.MIIMON)};
 * {@code BondData.of(BondData.BOND_MODE_8023AD).with(BondAttributes.MIIMON, 100)} for a request,
 * which sends only what is set, in the order set.
 *
 * @param values the {@link BondAttributes#SET} values
 */
public record BondData(AttributeValues values) implements LinkData, AttributeRecord<BondData> {
    /** {@code BOND_MODE_ROUNDROBIN}: {@code balance-rr}. */
    public static final int BOND_MODE_ROUNDROBIN = 0;
    /** {@code BOND_MODE_ACTIVEBACKUP}: {@code active-backup}. */
    public static final int BOND_MODE_ACTIVEBACKUP = 1;
    /** {@code BOND_MODE_XOR}: {@code balance-xor}. */
    public static final int BOND_MODE_XOR = 2;
    /** {@code BOND_MODE_BROADCAST}: {@code broadcast}. */
    public static final int BOND_MODE_BROADCAST = 3;
    /** {@code BOND_MODE_8023AD}: {@code 802.3ad} (LACP). */
    public static final int BOND_MODE_8023AD = 4;
    /** {@code BOND_MODE_TLB}: {@code balance-tlb}. */
    public static final int BOND_MODE_TLB = 5;
    /** {@code BOND_MODE_ALB}: {@code balance-alb}. */
    public static final int BOND_MODE_ALB = 6;
    /** {@code BOND_XMIT_POLICY_LAYER2}: {@code layer2}. */
    public static final int BOND_XMIT_POLICY_LAYER2 = 0;
    /** {@code BOND_XMIT_POLICY_LAYER34}: {@code layer3+4}. */
    public static final int BOND_XMIT_POLICY_LAYER34 = 1;
    /** {@code BOND_XMIT_POLICY_LAYER23}: {@code layer2+3}. */
    public static final int BOND_XMIT_POLICY_LAYER23 = 2;
    /** {@code BOND_XMIT_POLICY_ENCAP23}: {@code encap2+3}. */
    public static final int BOND_XMIT_POLICY_ENCAP23 = 3;
    /** {@code BOND_XMIT_POLICY_ENCAP34}: {@code encap3+4}. */
    public static final int BOND_XMIT_POLICY_ENCAP34 = 4;
    /** {@code BOND_XMIT_POLICY_VLAN_SRCMAC}: {@code vlan+srcmac}. */
    public static final int BOND_XMIT_POLICY_VLAN_SRCMAC = 5;
    /** {@code BOND_ARP_VALIDATE_NONE}: {@code none}. */
    public static final int BOND_ARP_VALIDATE_NONE = 0;
    /** {@code BOND_ARP_VALIDATE_ACTIVE}: {@code active}. */
    public static final int BOND_ARP_VALIDATE_ACTIVE = 1;
    /** {@code BOND_ARP_VALIDATE_BACKUP}: {@code backup}. */
    public static final int BOND_ARP_VALIDATE_BACKUP = 2;
    /** {@code BOND_ARP_VALIDATE_ALL}: {@code all}. */
    public static final int BOND_ARP_VALIDATE_ALL = 3;
    /** {@code BOND_ARP_FILTER}: {@code filter}. */
    public static final int BOND_ARP_FILTER = 4;
    /** {@code BOND_ARP_FILTER_ACTIVE}: {@code filter_active}. */
    public static final int BOND_ARP_FILTER_ACTIVE = 5;
    /** {@code BOND_ARP_FILTER_BACKUP}: {@code filter_backup}. */
    public static final int BOND_ARP_FILTER_BACKUP = 6;

    /**
     * Checks that the values are bond options.
     *
     * @param values the {@link BondAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public BondData {
        if (values.set() != BondAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not bond options");
        }
    }

    /** {@return options with nothing set: a bond with the kernel's defaults (balance-rr)} */
    public static BondData of() {
        return new BondData(BondAttributes.SET.empty());
    }

    /**
     * A bond in {@code mode}, as {@code ip link add NAME type bond mode M}.
     *
     * @param mode a {@code BOND_MODE_*} value
     * @return the options
     * @throws IllegalArgumentException unless {@code mode} is 0 to 6
     */
    public static BondData of(int mode) {
        return of().with(BondAttributes.MODE, mode);
    }

    /** {@inheritDoc} */
    @Override
    public BondData withValues(AttributeValues values) {
        return new BondData(values);
    }

    /** {@code "bond"}. */
    @Override
    public String kind() {
        return BondCodec.KIND;
    }
}
