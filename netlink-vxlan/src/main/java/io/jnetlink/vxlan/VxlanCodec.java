package io.jnetlink.vxlan;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.link.AttributeSetCodec;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Codec of the {@code vxlan} kind: {@link VxlanData} over {@link VxlanAttributes}, registered with
 * {@link java.util.ServiceLoader} so {@link io.jnetlink.route.link.Link#info()} of a vxlan link
 * carries a {@link VxlanData} and
 * {@code rtnl.links().add(LinkRequest.of(name).withData(vxlanData))} creates one.
 *
 * <p>A request carries the options in the order they were set, then id, local, remote/group,
 * learning and dstport, which {@code ip link add ... type vxlan} appends last whatever their place
 * on its command line: the bytes equal ip's when the options are set in the order ip is given them.
 */
public final class VxlanCodec extends AttributeSetCodec<VxlanData> {
    /** {@code IFLA_INFO_KIND} of a VXLAN device. */
    public static final String KIND = "vxlan";

    /** The rows iproute2 writes after all others, in its order. */
    private static final List<Attribute<?>> IP_WRITES_LAST = List.of(VxlanAttributes.ID, VxlanAttributes.LOCAL,
            VxlanAttributes.LOCAL6, VxlanAttributes.GROUP, VxlanAttributes.GROUP6, VxlanAttributes.LEARNING,
            VxlanAttributes.PORT);

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VxlanCodec() {
        super(KIND, VxlanData.class, VxlanAttributes.SET, VxlanData::new);
    }

    /**
     * Writes the options that are set, in iproute2's order (see the class comment).
     *
     * @param data   the settings to write; not null
     * @param writer where to append the attributes; not null
     * @throws IllegalArgumentException when the remote and the local address are of different
     *                                  families, or both rows of one are set
     */
    @Override
    public void encode(VxlanData data, MessageWriter writer) {
        checkFamilies(data);
        AttributeValues first = data.values();
        for (Attribute<?> row : IP_WRITES_LAST) {
            first = first.with(row, null);
        }
        first.encode(writer);
        for (Attribute<?> row : IP_WRITES_LAST) {
            write(row, data.values(), writer);
        }
    }

    private static <T> void write(Attribute<T> row, AttributeValues values, MessageWriter writer) {
        T value = values.get(row);
        if (value != null) {
            row.valueType().encode(writer, row.type(), value);
        }
    }

    /** The kernel refuses a remote and a local address of different families; say so before sending. */
    private static void checkFamilies(VxlanData data) {
        if (data.get(VxlanAttributes.GROUP) != null && data.get(VxlanAttributes.GROUP6) != null
                || data.get(VxlanAttributes.LOCAL) != null && data.get(VxlanAttributes.LOCAL6) != null) {
            throw new IllegalArgumentException("a VXLAN device has one remote and one local address: "
                    + "set the IPv4 or the IPv6 row, not both");
        }
        InetAddress remote = data.remote();
        InetAddress local = data.local();
        if (remote != null && local != null && (remote instanceof Inet4Address) != (local instanceof Inet4Address)) {
            throw new IllegalArgumentException("remote " + remote.getHostAddress() + " and local "
                    + local.getHostAddress() + " must be of the same family");
        }
    }
}
