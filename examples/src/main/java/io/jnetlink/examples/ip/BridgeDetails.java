package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.AttributeFields.field;
import static io.jnetlink.examples.ip.AttributeFields.hashHex;

import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.BridgeAttributes;
import io.jnetlink.route.link.BridgeBoolOptions;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgeId;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import java.util.StringJoiner;

/**
 * The {@code -d} options of a bridge ({@code info_data}) and of a bridge port ({@code info_slave_data}):
 * the rows of {@link BridgeAttributes} and {@link BridgePortAttributes} in their order, with the
 * forms of their own that ip gives ids, port states and masks.
 */
final class BridgeDetails {
    private static final String[] PORT_STATES = {"disabled", "listening", "learning", "forwarding", "blocking"};

    private static final AttributeFields BRIDGE = new AttributeFields()
            .custom(BridgeAttributes.VLAN_PROTOCOL, (out, d, protocol, all) -> field(out, d, vlanProtocol(protocol),
                    vlanProtocol(protocol)))
            .custom(BridgeAttributes.BRIDGE_ID, BridgeDetails::bridgeId)
            .custom(BridgeAttributes.ROOT_ID, BridgeDetails::bridgeId)
            .custom(BridgeAttributes.MULTI_BOOLOPT, (out, d, options, all) -> {
                out.flag("no_linklocal_learn", options.isSet(BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN));
                out.flag("mcast_vlan_snooping", options.isSet(BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING));
            });

    private BridgeDetails() {
    }

    /** A bridge's options. */
    static void bridge(DetailSink out, BridgeData b) {
        BRIDGE.writeAll(out, b.values());
    }

    /** A bridge port's options; {@code links} names the backup port. */
    static void port(DetailSink out, BridgePortData p, LinkFormatter links) {
        new AttributeFields()
                .custom(BridgePortAttributes.STATE, (o, d, state, all) -> field(o, d, portState(state), portState(state)))
                .custom(BridgePortAttributes.BRIDGE_ID, BridgeDetails::bridgeId)
                .custom(BridgePortAttributes.ROOT_ID, BridgeDetails::bridgeId)
                .custom(BridgePortAttributes.GROUP_FWD_MASK, (o, d, mask, all) -> {
                    field(o, d, hashHex(mask), hashHex(mask));
                    o.string("group_fwd_mask_str", groupFwdMaskNames(mask));
                })
                .custom(BridgePortAttributes.BACKUP_PORT, (o, d, index, all) -> o.string(d.text(), d.json(),
                        links.nameOf(index)))
                .custom(BridgePortAttributes.MULTICAST_ROUTER, (o, d, mode, all) -> {
                    field(o, d, mode.toString(), mode);
                    // The text repeats fastleave under this name here; the JSON does not.
                    o.onOff("mcast_fast_leave", null, all.get(BridgePortAttributes.FAST_LEAVE));
                })
                .writeAll(out, p.values());
    }

    /** A bridge port's STP state name ({@code forwarding}, ...), or its number; null for null. */
    static String portState(Integer state) {
        return state == null ? null : state < PORT_STATES.length ? PORT_STATES[state] : Integer.toString(state);
    }

    private static String vlanProtocol(int protocol) {
        return protocol == 0x88a8 ? "802.1ad" : protocol == 0x8100 ? "802.1Q" : String.format("%04x", protocol);
    }

    /**
     * A bridge id as ip writes it: priority in four hex digits, a dot, the MAC with unpadded hex
     * bytes ({@code 8000.42:5c:c:a3:75:b0}).
     */
    private static void bridgeId(DetailSink out, Display d, BridgeId id, Object all) {
        StringBuilder text = new StringBuilder(24).append(String.format("%04x", id.priority())).append('.');
        byte[] mac = id.address().toByteArray();
        for (int i = 0; i < mac.length; i++) {
            text.append(i == 0 ? "" : ":").append(Integer.toHexString(mac[i] & 0xff));
        }
        field(out, d, text.toString(), text.toString());
    }

    /**
     * The forwarded link-local groups as ip names them: one entry per set bit (bit N is
     * 01:80:c2:00:00:0N), {@code stp}, {@code lacp} and {@code lldp} by name, the others as the
     * bit's value in hex; {@code 0x0} when none.
     */
    private static String groupFwdMaskNames(int mask) {
        if (mask == 0) {
            return "0x0";
        }
        StringJoiner names = new StringJoiner(",");
        for (int bit = 0; bit < Integer.SIZE; bit++) {
            if ((mask & (1 << bit)) != 0) {
                names.add(switch (bit) {
                    case 0 -> "stp";
                    case 2 -> "lacp";
                    case 14 -> "lldp";
                    default -> "0x" + Integer.toHexString(1 << bit);
                });
            }
        }
        return names.toString();
    }
}
