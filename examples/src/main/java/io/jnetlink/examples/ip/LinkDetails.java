package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkInfoAttributes;
import io.jnetlink.route.link.BondData;
import io.jnetlink.route.link.BondSlaveData;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.IpvlanData;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkInfo;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.TunData;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.route.link.VrfData;
import io.jnetlink.route.link.VrfPortData;
import io.jnetlink.vxlan.VxlanData;
import java.util.List;

/**
 * What {@code ip -d link} adds after the link-layer address, walked once for the text and the
 * JSON ({@link DetailSink}): counters of promiscuity and all-multicast users, MTU bounds, the
 * kind with its options (bridge, bridge port, VXLAN, VLAN, macvlan, macvtap, tun/tap, each written
 * from its attribute table; kinds without options give just their name), then queue and offload
 * sizes.
 */
final class LinkDetails {
    private static final String[] ADDR_GEN_MODES = {"eui64", "none", "stable_secret", "random"};

    private final LinkFormatter links;
    private final DetailSink out;

    LinkDetails(LinkFormatter links, DetailSink out) {
        this.links = links;
        this.out = out;
    }

    /** The rows ip -d adds, from the user counts to the parent device, in the table's order. */
    private static final List<Attribute<?>> ROWS = rows(LinkAttributes.PROMISCUITY, LinkAttributes.PARENT_DEV_NAME);

    /** Writes the details of {@code link}; {@code linkObject}: for {@code ip link} (not {@code ip addr}). */
    void write(Link link, boolean linkObject) {
        AttributeFields fields = new AttributeFields()
                .custom(LinkAttributes.PROMISCUITY, this::userCount)
                .custom(LinkAttributes.ALLMULTI, this::userCount)
                .custom(LinkAttributes.LINKINFO, (o, d, info, all) -> {
                    if (info.kind() != null || info.slaveKind() != null) {
                        o.object(d.json(), () -> linkInfo(link.info()));
                    }
                })
                .custom(LinkAttributes.AF_SPEC, (o, d, spec, all) -> {
                    if (linkObject && link.addrGenMode() != Link.ABSENT) {
                        AttributeFields.field(o, d, addrGenMode(link.addrGenMode()), addrGenMode(link.addrGenMode()));
                    }
                });
        for (Attribute<?> row : ROWS) {
            fields.write(out, row, link.values());
        }
    }

    /** The rows of {@link LinkAttributes#SET} from {@code first} to {@code last}, both included. */
    private static List<Attribute<?>> rows(Attribute<?> first, Attribute<?> last) {
        List<Attribute<?>> all = LinkAttributes.SET.attributes();
        return all.subList(all.indexOf(first), all.indexOf(last) + 1);
    }

    /** ip's text puts a space before these counters too, hence {@code promiscuity 0  allmulti 0}. */
    private void userCount(DetailSink o, Display d, Integer count, AttributeValues all) {
        long value = Integer.toUnsignedLong(count);
        o.field(" " + d.text() + " " + value + " ", d.json(), value);
    }

    /** Each kind on a line of its own; the JSON has {@code info_data} only for kinds with options. */
    private void linkInfo(LinkInfo info) {
        if (info.kind() != null) {
            out.startLine();
            out.field(info.kind() + " ", LinkInfoAttributes.KIND.display().json(), info.kind());
            Runnable options = kindOptions(info.data());
            if (options != null) {
                out.object(LinkInfoAttributes.DATA.display().json(), options);
            }
        }
        if (info.slaveKind() != null) {
            out.startLine();
            out.field(info.slaveKind() + "_slave ", LinkInfoAttributes.SLAVE_KIND.display().json(), info.slaveKind());
            if (info.slaveData() instanceof BridgePortData port) {
                out.object(LinkInfoAttributes.SLAVE_DATA.display().json(), () -> BridgeDetails.port(out, port, links));
            } else if (info.slaveData() instanceof BondSlaveData port) {
                out.object(LinkInfoAttributes.SLAVE_DATA.display().json(), () -> BondDetails.port(out, port));
            } else if (info.slaveData() instanceof VrfPortData port) {
                out.object(LinkInfoAttributes.SLAVE_DATA.display().json(),
                        () -> new AttributeFields().writeAll(out, port.values()));
            }
        }
    }

    /** What writes the options of a kind, or null for a kind without options we show. */
    private Runnable kindOptions(LinkData data) {
        if (data instanceof BridgeData bridge) {
            return () -> BridgeDetails.bridge(out, bridge);
        } else if (data instanceof MacvlanData macvlan) {
            return () -> MacvlanDetails.write(out, macvlan);
        } else if (data instanceof TunData tun) {
            return () -> TunDetails.write(out, tun);
        } else if (data instanceof VlanData vlan) {
            return () -> VlanDetails.write(out, vlan);
        } else if (data instanceof VxlanData vxlan) {
            return () -> VxlanDetails.write(out, vxlan, links);
        } else if (data instanceof IpvlanData ipvlan) {
            return () -> IpvlanDetails.write(out, ipvlan);
        } else if (data instanceof VrfData vrf) {
            return () -> new AttributeFields().writeAll(out, vrf.values());
        } else if (data instanceof BondData bond) {
            return () -> BondDetails.write(out, bond, links);
        }
        return null;
    }

    /** The IPv6 address generation mode name ({@code eui64}, ...), or its number in hex. */
    private static String addrGenMode(int mode) {
        return mode < ADDR_GEN_MODES.length ? ADDR_GEN_MODES[mode] : String.format("%#04x", mode);
    }
}
