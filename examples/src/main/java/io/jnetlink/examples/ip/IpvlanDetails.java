package io.jnetlink.examples.ip;

import io.jnetlink.examples.ip.link.KindWords;
import io.jnetlink.route.link.IpvlanAttributes;
import io.jnetlink.route.link.IpvlanData;

/**
 * The {@code -d} options of an ipvlan or ipvtap: the mode by name (ip writes a space before it too,
 * hence {@code ipvlan  mode l3 }), then one word for the flags: {@code private}, {@code vepa} or
 * {@code bridge} (a JSON {@code true} under that name).
 */
final class IpvlanDetails {
    private static final AttributeFields FIELDS = new AttributeFields()
            .custom(IpvlanAttributes.MODE, (out, d, mode, all) -> {
                String name = KindWords.name(KindWords.IPVLAN_MODES, mode, "unknown");
                out.field(" " + d.text() + " " + name + " ", d.json(), name);
            })
            .custom(IpvlanAttributes.FLAGS, (out, d, flags, all) -> {
                String word = (flags & IpvlanData.IPVLAN_F_PRIVATE) != 0 ? "private"
                        : (flags & IpvlanData.IPVLAN_F_VEPA) != 0 ? "vepa" : "bridge";
                out.field(word + " ", word, true);
            });

    private IpvlanDetails() {
    }

    /** The options of {@code data}, in the table's order. */
    static void write(DetailSink out, IpvlanData data) {
        FIELDS.writeAll(out, data.values());
    }
}
