package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.AttributeFields.field;

import io.jnetlink.core.attr.Display;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.net.InetAddress;

/**
 * The {@code -d} options of a VXLAN link: the rows of {@link VxlanAttributes} in their order.
 * Besides names, the text and JSON differ in what they show: the text names learning only when
 * off ({@code nolearning}) and the DF policy only when not unset, writes ttl 0 as {@code auto},
 * tos 1 as {@code inherit} and ageing 0 as {@code none}; the JSON keys a remote by whether it is a
 * multicast group and adds a {@code 6} to the keys of IPv6 addresses, and writes the source port
 * range as an object. Zero addresses, device indexes, flow labels, TOS and address limits are not
 * shown at all.
 */
final class VxlanDetails {
    private static final String[] DF_NAMES = {"unset", "set", "inherit"};

    private VxlanDetails() {
    }

    /** The options of {@code v}; {@code links} names the underlying device. */
    static void write(DetailSink out, VxlanData v, LinkFormatter links) {
        fields(links).writeAll(out, v.values());
    }

    private static AttributeFields fields(LinkFormatter links) {
        return new AttributeFields()
                // ip leaves out the space after this word: "vnifilterid 0".
                .custom(VxlanAttributes.VNIFILTER, (out, d, on, all) -> out.field(on ? d.text() : null, d.json(),
                        on ? true : null))
                .custom(VxlanAttributes.GROUP, (out, d, address, all) -> remote(out, address, ""))
                .custom(VxlanAttributes.GROUP6, (out, d, address, all) -> {
                    if (!all.has(VxlanAttributes.GROUP)) {
                        remote(out, address, "6");
                    }
                })
                .custom(VxlanAttributes.LOCAL, VxlanDetails::address)
                .custom(VxlanAttributes.LOCAL6, (out, d, address, all) -> {
                    if (!all.has(VxlanAttributes.LOCAL)) {
                        address(out, d, address, all);
                    }
                })
                .custom(VxlanAttributes.LINK, (out, d, index, all) -> {
                    if (index != 0) {
                        out.string(d.text(), d.json(), links.nameOf(index));
                    }
                })
                .custom(VxlanAttributes.PORT_RANGE, (out, d, range, all) -> {
                    out.field(d.text() + " " + range.low() + " " + range.high() + " ", null, null);
                    out.object(d.json(), () -> {
                        out.field(null, "low", range.low());
                        out.field(null, "high", range.high());
                    });
                })
                .custom(VxlanAttributes.LEARNING, (out, d, on, all) -> out.field(on ? null : "no" + d.text() + " ",
                        d.json(), on))
                .custom(VxlanAttributes.TOS, (out, d, tos, all) -> {
                    // ip's JSON keeps the raw value even for 1 (inherit), which the text names.
                    if (tos != 0) {
                        String hex = "0x" + Integer.toHexString(tos);
                        out.field(d.text() + " " + (tos == 1 ? "inherit" : hex) + " ", d.json(), hex);
                    }
                })
                .custom(VxlanAttributes.TTL_INHERIT, (out, d, on, all) -> {
                    if (on) {
                        out.field(d.text() + " inherit ", d.json(), null);
                    }
                })
                .custom(VxlanAttributes.TTL, (out, d, ttl, all) -> {
                    if (!Boolean.TRUE.equals(all.get(VxlanAttributes.TTL_INHERIT))) {
                        field(out, d, ttl == 0 ? "auto" : ttl.toString(), ttl);
                    }
                })
                .custom(VxlanAttributes.DF, (out, d, df, all) -> {
                    if (df < DF_NAMES.length) {
                        out.field(df == VxlanData.VXLAN_DF_UNSET ? null : d.text() + " " + DF_NAMES[df] + " ", d.json(),
                                DF_NAMES[df]);
                    }
                })
                .custom(VxlanAttributes.LABEL, (out, d, label, all) -> {
                    if (label != 0) {
                        out.string(d.text(), d.json(), "0x" + Long.toHexString(label));
                    }
                })
                .custom(VxlanAttributes.AGEING, (out, d, seconds, all) -> field(out, d,
                        seconds == 0 ? "none" : seconds.toString(), seconds))
                .custom(VxlanAttributes.LIMIT, (out, d, limit, all) -> {
                    if (limit != 0) {
                        out.number(d.text(), d.json(), limit);
                    }
                });
    }

    /** A remote: {@code remote} when unicast, {@code group} when multicast; not shown when unspecified. */
    private static void remote(DetailSink out, InetAddress address, String jsonSuffix) {
        if (!address.isAnyLocalAddress()) {
            String word = address.isMulticastAddress() ? "group" : "remote";
            out.string(word, word + jsonSuffix, InetFormat.ntop(address));
        }
    }

    /** A local address; not shown when unspecified. */
    private static void address(DetailSink out, Display d, InetAddress address, Object all) {
        if (!address.isAnyLocalAddress()) {
            out.string(d.text(), d.json(), InetFormat.ntop(address));
        }
    }
}
