package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.route.link.LinkInfoAttributes;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.VlanCodec;
import io.jnetlink.route.link.VlanAttributes;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.route.link.VlanFlags;
import io.jnetlink.route.link.VlanQosMapping;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VLAN options as ip prints them. This kernel has no 8021q driver, so ip reads the link messages
 * from a file ({@code ip -d monitor file}, the rtmon format: messages one after another) holding
 * a link message with the options this library encodes. The JSON, which
 * {@code ip monitor} does not write in iproute2 6.1, is checked against vlan_print_opt's shape.
 */
class VlanDetailsTest {
    private static final VlanData EVERY_ROW = VlanData.of(10)
            .with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021AD)
            .with(VlanAttributes.FLAGS, new VlanFlags(VlanData.VLAN_FLAG_REORDER_HDR | VlanData.VLAN_FLAG_LOOSE_BINDING
                    | VlanData.VLAN_FLAG_MVRP | 0x20, 0xffff))
            .with(VlanAttributes.INGRESS_QOS, List.of(new VlanQosMapping(1, 5), new VlanQosMapping(2, 6)))
            .with(VlanAttributes.EGRESS_QOS, List.of(new VlanQosMapping(3, 7)));

    /** The {@code -d} details of the link {@code data} makes, from ip's kind line on: text with {@code lineBreak}. */
    private static String ours(VlanData data, String lineBreak) {
        StringBuilder out = new StringBuilder();
        new LinkDetails(new LinkFormatter(IpOptions.plain(), List.of(), null), new TextDetailSink(out, lineBreak))
                .write(decode(request(data)), true);
        return out.toString();
    }

    /**
     * An {@code RTM_NEWLINK} as the kernel would send it for a VLAN with {@code data}: an Ethernet
     * {@code ifinfomsg}, the name, and the kind NUL-terminated (requests leave the NUL out, and ip
     * reads the kind as a C string).
     */
    private static byte[] request(VlanData data) {
        try (MessageWriter w = new MessageWriter()) {
            w.begin(MessageType.RTM_NEWLINK, 0);
            w.u8(0).u8(0).u16(1).u32(9).u32(0).u32(0); // ifinfomsg: ARPHRD_ETHER, index 9
            w.attrString(LinkAttributes.IFNAME.type(), "vl10");
            int info = w.beginNested(LinkAttributes.LINKINFO.type());
            w.attrString(LinkInfoAttributes.KIND.type(), VlanCodec.KIND);
            int nest = w.beginNested(LinkInfoAttributes.DATA.type());
            new VlanCodec().encode(data, w);
            w.endNested(nest);
            w.endNested(info);
            return ByteBufUtil.getBytes(w.finish());
        }
    }

    private static Link decode(byte[] message) {
        ByteBuf buf = io.netty.buffer.Unpooled.wrappedBuffer(message);
        MessageCursor cursor = new MessageCursor().wrap(buf, 0, buf.writerIndex());
        assertTrue(cursor.next());
        return Link.decode(cursor);
    }

    /** What {@code ip -d [-o] monitor file} prints from the kind line on, without the final newline. */
    private static String ip(VlanData data, boolean oneLine) throws IOException {
        Path file = Files.createTempFile("vlan", ".rtmon");
        try {
            Files.write(file, request(data));
            String printed = oneLine ? Shell.run("ip", "-d", "-o", "monitor", "file", file.toString())
                    : Shell.run("ip", "-d", "monitor", "file", file.toString());
            String kindLine = (oneLine ? "\\" : "\n") + "    vlan ";
            int at = printed.indexOf(kindLine);
            assertTrue(at >= 0, printed);
            return printed.substring(at, printed.length() - 1);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void textMatchesIpForEveryRowAndTheDefaults() throws IOException {
        for (VlanData data : List.of(EVERY_ROW, VlanData.of(4095),
                VlanData.of(1).with(VlanAttributes.FLAGS, new VlanFlags(0, 0))
                        .with(VlanAttributes.INGRESS_QOS, List.of()),
                VlanData.of(2).with(VlanAttributes.PROTOCOL, VlanData.ETH_P_8021Q)
                        .with(VlanAttributes.FLAGS, new VlanFlags(VlanData.VLAN_FLAG_GVRP
                                | VlanData.VLAN_FLAG_BRIDGE_BINDING, 0)))) {
            assertEquals(ip(data, false), ours(data, "\n"), data.toString());
            assertEquals(ip(data, true), ours(data, "\\"), data.toString());
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
