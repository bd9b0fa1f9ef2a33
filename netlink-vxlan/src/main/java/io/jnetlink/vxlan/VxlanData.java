package io.jnetlink.vxlan;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The options of a {@code vxlan} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link VxlanAttributes} constants: {@code vxlan.get(VxlanAttributes.ID)};
 * {@code VxlanData.of(42).with(VxlanAttributes.PORT, VxlanData.IANA_VXLAN_UDP_PORT)} for a request,
 * which sends only what is set, so the kernel's defaults apply to the rest (learning on, dstport
 * 8472, ageing 300 s). A remote and a local address go in the row of their family
 * ({@code GROUP}/{@code GROUP6}, {@code LOCAL}/{@code LOCAL6}); {@link #withRemote} and
 * {@link #withLocal} pick it, {@link #remote()} and {@link #local()} read whichever is there.
 *
 * @param values the {@link VxlanAttributes#SET} values
 */
public record VxlanData(AttributeValues values) implements LinkData, AttributeRecord<VxlanData> {
    /** The IANA-assigned VXLAN UDP port, which Docker's overlay driver uses. */
    public static final int IANA_VXLAN_UDP_PORT = 4789;
    /** The largest VNI (24 bits). */
    public static final int MAX_VNI = (1 << 24) - 1;
    /** The largest IPv6 flow label (20 bits). */
    public static final int MAX_LABEL = (1 << 20) - 1;
    /** {@code VXLAN_DF_UNSET}: the outer Don't Fragment bit is not set (the default); a value of {@link VxlanAttributes#DF}. */
    public static final int VXLAN_DF_UNSET = 0;
    /** {@code VXLAN_DF_SET}: the outer Don't Fragment bit is always set. */
    public static final int VXLAN_DF_SET = 1;
    /** {@code VXLAN_DF_INHERIT}: the outer Don't Fragment bit is copied from the inner IPv4 header. */
    public static final int VXLAN_DF_INHERIT = 2;
    /** {@code VXLAN_LABEL_FIXED}: the outer flow label is {@link VxlanAttributes#LABEL} (the default); a value of {@link VxlanAttributes#LABEL_POLICY}. */
    public static final int VXLAN_LABEL_FIXED = 0;
    /** {@code VXLAN_LABEL_INHERIT}: the outer flow label is copied from the inner packet. */
    public static final int VXLAN_LABEL_INHERIT = 1;

    /**
     * Checks that the values are VXLAN options.
     *
     * @param values the {@link VxlanAttributes#SET} values
     */
    public VxlanData {
        if (values.set() != VxlanAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vxlan options");
        }
    }

    /** {@return options with nothing set} */
    public static VxlanData of() {
        return new VxlanData(VxlanAttributes.SET.empty());
    }

    /**
     * VNI {@code vni} with the kernel's defaults for the rest ({@code ip link add ... type vxlan id VNI}).
     *
     * @param vni the VXLAN network identifier, 0 to {@link #MAX_VNI}
     * @return the options
     * @throws IllegalArgumentException for a VNI beyond 24 bits
     */
    public static VxlanData of(int vni) {
        return of().with(VxlanAttributes.ID, vni);
    }

    /** {@inheritDoc} */
    @Override
    public VxlanData withValues(AttributeValues values) {
        return new VxlanData(values);
    }

    /** {@return {@code "vxlan"}} */
    @Override
    public String kind() {
        return VxlanCodec.KIND;
    }

    /** {@return the remote, unicast VTEP or multicast group, of either family ({@code GROUP} or {@code GROUP6}); null when none} */
    public InetAddress remote() {
        InetAddress v4 = get(VxlanAttributes.GROUP);
        return v4 != null ? v4 : get(VxlanAttributes.GROUP6);
    }

    /** {@return the local address of either family ({@code LOCAL} or {@code LOCAL6}); null when none} */
    public InetAddress local() {
        InetAddress v4 = get(VxlanAttributes.LOCAL);
        return v4 != null ? v4 : get(VxlanAttributes.LOCAL6);
    }

    /** {@return true when {@link #remote()} is a multicast group rather than a unicast remote} */
    public boolean isMulticastGroup() {
        InetAddress remote = remote();
        return remote != null && remote.isMulticastAddress();
    }

    /**
     * A copy with {@code address} as the remote ({@code remote} or {@code group ADDRESS}) in
     * {@code GROUP} or {@code GROUP6} by its family, the other row cleared.
     *
     * @param address a unicast VTEP or a multicast group, IPv4 or IPv6; null clears the remote
     * @return the copy
     */
    public VxlanData withRemote(InetAddress address) {
        boolean v6 = address instanceof Inet6Address;
        return with(VxlanAttributes.GROUP, v6 ? null : address).with(VxlanAttributes.GROUP6, v6 ? address : null);
    }

    /**
     * A copy with {@code address} as the local address in {@code LOCAL} or {@code LOCAL6} by its
     * family, the other row cleared.
     *
     * @param address an address of this host, IPv4 or IPv6; null clears the local address
     * @return the copy
     */
    public VxlanData withLocal(InetAddress address) {
        boolean v6 = address instanceof Inet6Address;
        return with(VxlanAttributes.LOCAL, v6 ? null : address).with(VxlanAttributes.LOCAL6, v6 ? address : null);
    }

    static int checkPort(int port, String what) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException(what + " must be 0..65535: " + port);
        }
        return port;
    }
}
