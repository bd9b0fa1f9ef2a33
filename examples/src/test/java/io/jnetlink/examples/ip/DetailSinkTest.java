package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.attr.PortRange;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One walk, two forms: what the text and the JSON sink make of the same fields. */
class DetailSinkTest {

    private static String text(Consumer<DetailSink> walk, String lineBreak) {
        StringBuilder out = new StringBuilder();
        walk.accept(new TextDetailSink(out, lineBreak));
        return out.toString();
    }

    private static String json(Consumer<DetailSink> walk) {
        JsonWriter w = new JsonWriter(false).startObject();
        walk.accept(new JsonDetailSink(w));
        return w.endObject().toString();
    }

    @Test
    void fieldsKeepTheirTextWordAndJsonKeyApart() {
        Consumer<DetailSink> walk = out -> {
            out.number("mcast_last_member_count", "mcast_last_member_cnt", 2);
            out.onOff("hairpin", false);
            out.onOff("mcast_fast_leave", null, true);
            out.flag("mcast_snooping", true);
            out.timer("gc_timer", "gc_timer", 29336L);
            out.negatable("udpcsum", "udp_csum", false);
            out.enabled("gbp", false);
            out.number("absent", null);
            out.object("port_range", () -> out.field(null, "low", 7));
        };
        assertEquals("mcast_last_member_count 2 hairpin off mcast_fast_leave on mcast_snooping 1 gc_timer  293.36 "
                + "noudpcsum ", text(walk, "\n"));
        assertEquals("{\"mcast_last_member_cnt\":2,\"hairpin\":false,\"mcast_snooping\":1,\"gc_timer\":293.36,"
                + "\"udp_csum\":false,\"port_range\":{\"low\":7}}", json(walk));
    }

    @Test
    void onlyTheTextStartsLinesAndOneLineOutputMarksThemWithABackslash() {
        Consumer<DetailSink> walk = out -> {
            out.startLine();
            out.string("state", "forwarding");
        };
        assertEquals("\n    state forwarding ", text(walk, "\n"));
        assertEquals("\\    state forwarding ", text(walk, "\\"));
        assertEquals("{\"state\":\"forwarding\"}", json(walk));
    }

    @Test
    void vxlanValuesTheTextSpellsOutStayNumbersInJson() {
        VxlanData vxlan = VxlanData.of(42).with(VxlanAttributes.PORT_RANGE, new PortRange(1000, 2000))
                .with(VxlanAttributes.PORT, 4789).with(VxlanAttributes.LEARNING, false).with(VxlanAttributes.TTL, 0)
                .with(VxlanAttributes.DF, VxlanData.VXLAN_DF_UNSET).with(VxlanAttributes.AGEING, 0L);
        LinkFormatter links = new LinkFormatter(IpOptions.plain(), List.of(), null);
        Consumer<DetailSink> walk = out -> VxlanDetails.write(out, vxlan, links);
        assertEquals("id 42 srcport 1000 2000 dstport 4789 nolearning ttl auto ageing none ", text(walk, "\n"));
        assertEquals("{\"id\":42,\"port_range\":{\"low\":1000,\"high\":2000},\"port\":4789,\"learning\":false,"
                + "\"ttl\":0,\"df\":\"unset\",\"ageing\":0}", json(walk));
    }

    @Test
    void arraysOfObjectsAndJsonNullsExistOnlyInJson() {
        Consumer<DetailSink> walk = out -> {
            out.array("metrics", () -> out.object(null, () -> {
                out.field("features ", null, null);
                out.field("ecn ", "ecn", DetailSink.JSON_NULL);
            }));
            out.array("nexthops", () -> {
                out.object(null, () -> out.field("dev a ", "dev", "a"));
                out.object(null, () -> out.field("dev b ", "dev", "b"));
            });
        };
        assertEquals("features ecn dev a dev b ", text(walk, "\n"));
        assertEquals("{\"metrics\":[{\"ecn\":null}],\"nexthops\":[{\"dev\":\"a\"},{\"dev\":\"b\"}]}", json(walk));
    }
}
