package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.MacvlanAttributes;
import io.jnetlink.route.link.MacvlanData;
import java.util.List;

/**
 * The {@code -d} options of a macvlan or macvtap: the rows of {@link MacvlanAttributes} in their
 * order, with the mode by name, the flags as words, and the source addresses (shown in mode
 * source only, although the kernel counts them in every mode).
 */
final class MacvlanDetails {
    private static final AttributeFields FIELDS = new AttributeFields()
            .custom(MacvlanAttributes.MODE, (out, d, mode, all) -> out.string(d.text(), d.json(), modeName(mode)))
            .custom(MacvlanAttributes.FLAGS, (out, d, flags, all) -> {
                out.enabled("nopromisc", (flags & MacvlanData.MACVLAN_FLAG_NOPROMISC) != 0);
                out.enabled("nodst", (flags & MacvlanData.MACVLAN_FLAG_NODST) != 0);
            })
            .custom(MacvlanAttributes.MACADDR_COUNT, (out, d, count, all) -> {
                if (sourceMode(all)) {
                    out.field(d.text() + " (" + count + ") ", d.json(), count);
                }
            })
            .custom(MacvlanAttributes.MACADDR_DATA, (out, d, macs, all) -> {
                if (sourceMode(all) && all.has(MacvlanAttributes.MACADDR_COUNT)) {
                    List<String> names = macs.stream().map(MacAddress::toString).toList();
                    out.field(names.isEmpty() ? null : String.join(" ", names) + " ", d.json(), names);
                }
            });

    private MacvlanDetails() {
    }

    /** The options of {@code m}; ip prints none without a mode. */
    static void write(DetailSink out, MacvlanData m) {
        if (m.get(MacvlanAttributes.MODE) != null) {
            FIELDS.writeAll(out, m.values());
        }
    }

    private static boolean sourceMode(AttributeValues all) {
        return Integer.valueOf(MacvlanData.MACVLAN_MODE_SOURCE).equals(all.get(MacvlanAttributes.MODE));
    }

    /** A macvlan mode's name ({@code bridge}, ...), or {@code unknown}. */
    private static String modeName(int mode) {
        return switch (mode) {
            case MacvlanData.MACVLAN_MODE_PRIVATE -> "private";
            case MacvlanData.MACVLAN_MODE_VEPA -> "vepa";
            case MacvlanData.MACVLAN_MODE_BRIDGE -> "bridge";
            case MacvlanData.MACVLAN_MODE_PASSTHRU -> "passthru";
            case MacvlanData.MACVLAN_MODE_SOURCE -> "source";
            default -> "unknown";
        };
    }
}
