package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.route.link.VlanCodec;
import io.jnetlink.route.link.VlanAttributes;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.route.link.VlanFlags;
import io.jnetlink.route.link.VlanQosMapping;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VLAN options as ip prints them. This kernel has no 8021q driver, so ip reads a link message
 * with the options this library encodes from a file ({@link MonitorFileFixture}). The JSON, which
 * {@code ip monitor} does not write in iproute2 6.1, is checked against vlan_print_opt's shape.
 */
class VlanDetailsTest {
    private static final VlanData EVERY_ROW = VlanData.of(10)
            .with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD)
            .with(VlanAttributes.FLAGS, new VlanFlags(VlanData.VLAN_FLAG_REORDER_HDR | VlanData.VLAN_FLAG_LOOSE_BINDING
                    | VlanData.VLAN_FLAG_MVRP | 0x20, 0xffff))
            .with(VlanAttributes.INGRESS_QOS, List.of(new VlanQosMapping(1, 5), new VlanQosMapping(2, 6)))
            .with(VlanAttributes.EGRESS_QOS, List.of(new VlanQosMapping(3, 7)));

    /** A link message as the kernel would send it for a VLAN with {@code data}. */
    private static byte[] request(VlanData data) {
        return MonitorFileFixture.newLink("vl10", VlanCodec.KIND, w -> new VlanCodec().encode(data, w));
    }

    @Test
    void textMatchesIpForEveryRowAndTheDefaults() throws IOException {
        for (VlanData data : List.of(EVERY_ROW, VlanData.of(4095),
                VlanData.of(1).with(VlanAttributes.FLAGS, new VlanFlags(0, 0))
                        .with(VlanAttributes.INGRESS_QOS, List.of()),
                VlanData.of(2).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021Q)
                        .with(VlanAttributes.FLAGS, new VlanFlags(VlanData.VLAN_FLAG_GVRP
                                | VlanData.VLAN_FLAG_BRIDGE_BINDING, 0)))) {
            byte[] message = request(data);
            assertEquals(MonitorFileFixture.ip(message, VlanCodec.KIND, false), MonitorFileFixture.ours(message, "\n"),
                    data.toString());
            assertEquals(MonitorFileFixture.ip(message, VlanCodec.KIND, true), MonitorFileFixture.ours(message, "\\"),
                    data.toString());
        }
    }

    @Test
    void jsonHasFlagNamesAndQosObjects() {
        JsonWriter w = new JsonWriter(false).startObject();
        VlanDetails.write(new JsonDetailSink(w), EVERY_ROW);
        assertEquals("{\"protocol\":\"802.1ad\",\"id\":10,\"flags\":[\"REORDER_HDR\",\"MVRP\",\"LOOSE_BINDING\",\"20\"],"
                + "\"ingress_qos\":[{\"from\":1,\"to\":5},{\"from\":2,\"to\":6}],\"egress_qos\":[{\"from\":3,\"to\":7}]}",
                w.endObject().toString());
        JsonWriter defaults = new JsonWriter(false).startObject();
        VlanDetails.write(new JsonDetailSink(defaults), VlanData.of(3));
        assertEquals("{\"protocol\":\"802.1q\",\"id\":3}", defaults.endObject().toString());
    }
}
