package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.testing.Fixtures;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The requests {@code bridge link set} sent, checked in as {@code fixtures/bridge-link-requests.txt}
 * (how they were captured is written on top), against {@link LinkRequest#writePortData}
 * for the same settings: an {@code RTM_SETLINK} for {@code AF_BRIDGE} with the port's
 * {@code IFLA_BRPORT_*} nested in {@code IFLA_PROTINFO | NLA_F_NESTED}. Needs no privileges.
 */
class BridgeLinkRequestFixtureTest {
    /** The port's index in the capture namespace, from the fixture's header. */
    private static final int VB = 4;
    /** Requests of several attributes: bridge writes them in its own order, this library in ascending type order. */
    private static final String SEVERAL = "cost-learning";

    private static Map<String, byte[]> fixture() throws IOException {
        Map<String, byte[]> byLabel = new LinkedHashMap<>();
        try (InputStream in = BridgeLinkRequestFixtureTest.class.getResourceAsStream("/fixtures/bridge-link-requests.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    byLabel.put(fields[0], ByteBufUtil.decodeHexDump(fields[1]));
                }
            }
        }
        return byLabel;
    }

    private static Map<String, BridgePortData> settings() {
        Map<String, BridgePortData> s = new LinkedHashMap<>();
        s.put("hairpin-on", BridgePortData.of().with(BridgePortAttributes.MODE, true));
        s.put("hairpin-off", BridgePortData.of().with(BridgePortAttributes.MODE, false));
        s.put("cost", BridgePortData.of().with(BridgePortAttributes.COST, 77));
        s.put("priority", BridgePortData.of().with(BridgePortAttributes.PRIORITY, 12));
        s.put("learning-off", BridgePortData.of().with(BridgePortAttributes.LEARNING, false));
        s.put("guard-on", BridgePortData.of().with(BridgePortAttributes.GUARD, true));
        s.put("flood-off", BridgePortData.of().with(BridgePortAttributes.UNICAST_FLOOD, false));
        s.put("isolated-on", BridgePortData.of().with(BridgePortAttributes.ISOLATED, true));
        s.put(SEVERAL, BridgePortData.of().with(BridgePortAttributes.COST, 77).with(BridgePortAttributes.LEARNING, false));
        return s;
    }

    /** Our request for {@code port}, with the {@code NLM_F_ACK} the socket adds when it sends. */
    private static byte[] ours(BridgePortData port) {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of(VB).withPortData(port).writePortData(w, VB);
            ByteBuf bytes = w.finish();
            HostOrder.setU16(bytes, NlMsgHdr.FLAGS, HostOrder.u16(bytes, NlMsgHdr.FLAGS) | NlMsgHdr.NLM_F_ACK);
            return ByteBufUtil.getBytes(bytes);
        }
    }

    @Test
    void singleSettingRequestsEqualBridgesBytes() throws IOException {
        Map<String, byte[]> bridge = fixture();
        Map<String, BridgePortData> settings = settings();
        assertEquals(bridge.keySet(), settings.keySet(), "every captured request has its counterpart");
        settings.forEach((label, port) -> {
            if (!label.equals(SEVERAL)) {
                assertEquals(ByteBufUtil.hexDump(bridge.get(label)), ByteBufUtil.hexDump(ours(port)), label);
            }
        });
    }

    @Test
    void requestsOfSeveralSettingsDifferOnlyInAttributeOrder() throws IOException {
        byte[] bridge = fixture().get(SEVERAL);
        byte[] ours = ours(settings().get(SEVERAL));
        int protinfoHeader = NlMsgHdr.SIZE + IfInfoMsg.SIZE + 4;
        assertEquals(ByteBufUtil.hexDump(Arrays.copyOf(bridge, protinfoHeader)),
                ByteBufUtil.hexDump(Arrays.copyOf(ours, protinfoHeader)), "headers and the IFLA_PROTINFO nest");
        assertEquals(settings().get(SEVERAL), protinfo(bridge));
        assertEquals(settings().get(SEVERAL), protinfo(ours));
    }

    @Test
    void bridgesRequestsDecodeToTheSameSettings() throws IOException {
        Map<String, BridgePortData> settings = settings();
        fixture().forEach((label, bytes) -> assertEquals(settings.get(label), protinfo(bytes), label));
    }

    /** The {@code IFLA_PROTINFO} of a request, checked to be flagged nested, decoded as bridge port data. */
    private static BridgePortData protinfo(byte[] request) {
        LinkView view = new LinkView().wrap(Fixtures.cursor(request));
        AttributeCursor protinfo = view.attribute(LinkAttributes.PROTINFO.type());
        assertTrue(protinfo != null && protinfo.isNestedFlagSet(), "IFLA_PROTINFO | NLA_F_NESTED");
        return (BridgePortData) LinkKinds.decodeSlave(BridgeCodec.KIND, protinfo);
    }
}
