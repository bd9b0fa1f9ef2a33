package io.jnetlink.examples.ip;

import io.jnetlink.vxlan.VxlanInfo;
import java.util.Locale;

/**
 * The {@code -d} options of a VXLAN link. Besides names, the text and JSON differ in what they
 * show: the text names learning only when off ({@code nolearning}) and the DF policy only when
 * not unset, writes ttl 0 as {@code auto} and ageing 0 as {@code none}; the JSON adds a
 * {@code 6} to address keys of an IPv6 tunnel and writes the source port range as an object.
 */
final class VxlanDetails {

    private VxlanDetails() {
    }

    /** The options of {@code v}; {@code links} names the underlying device. */
    static void write(DetailSink out, VxlanInfo v, LinkFormatter links) {
        out.enabled("external", v.collectMetadata());
        if (Boolean.TRUE.equals(v.vnifilter())) {
            out.field("vnifilter", "vnifilter", true); // ip leaves out the space: "vnifilterid 0"
        }
        if (v.id() == null) {
            return;
        }
        out.number("id", Integer.toUnsignedLong(v.id()));
        boolean v6 = v.remote() != null && v.remote().getAddress().length == 16
                || v.local() != null && v.local().getAddress().length == 16;
        String six = v6 ? "6" : "";
        if (v.remote() != null && !v.remote().isAnyLocalAddress()) {
            String word = v.isMulticastGroup() ? "group" : "remote";
            out.string(word, word + six, InetFormat.ntop(v.remote()));
        }
        if (v.local() != null && !v.local().isAnyLocalAddress()) {
            out.string("local", "local" + six, InetFormat.ntop(v.local()));
        }
        if (v.link() != null && v.link() != 0) {
            out.string("dev", "link", links.nameOf(v.link()));
        }
        if (v.portRange() != null) {
            VxlanInfo.PortRange range = v.portRange();
            out.field("srcport " + range.low() + " " + range.high() + " ", null, null);
            out.object("port_range", () -> {
                out.field(null, "low", range.low());
                out.field(null, "high", range.high());
            });
        }
        out.number("dstport", "port", v.port());
        out.field(Boolean.FALSE.equals(v.learning()) ? "nolearning " : null, "learning", v.learning());
        out.enabled("proxy", v.proxy());
        out.enabled("rsc", v.rsc());
        out.enabled("l2miss", v.l2miss());
        out.enabled("l3miss", v.l3miss());
        if (v.tos() != null && v.tos() != 0) {
            // ip's JSON keeps the raw value even for 1 (inherit), which the text names.
            String hex = "0x" + Integer.toHexString(v.tos());
            out.field("tos " + (v.tos() == 1 ? "inherit" : hex) + " ", "tos", hex);
        }
        if (Boolean.TRUE.equals(v.ttlInherit())) {
            out.field("ttl inherit ", null, null); // ip's JSON has no member for it
        } else if (v.ttl() != null) {
            out.field("ttl " + (v.ttl() == 0 ? "auto" : v.ttl()) + " ", "ttl", v.ttl());
        }
        if (v.df() != null) {
            String df = v.df().name().toLowerCase(Locale.ROOT);
            out.field(v.df() == VxlanInfo.Df.UNSET ? null : "df " + df + " ", "df", df);
        }
        if (v.label() != null && v.label() != 0) {
            out.string("flowlabel", "label", "0x" + Integer.toHexString(v.label()));
        }
        if (v.ageing() != null) {
            out.field("ageing " + (v.ageing() == 0 ? "none" : v.ageing()) + " ", "ageing", v.ageing());
        }
        if (v.limit() != null && v.limit() != 0) {
            out.number("maxaddr", "limit", v.limit());
        }
        out.negatable("udpcsum", "udp_csum", v.udpCsum());
        out.negatable("udp6zerocsumtx", "udp_zero_csum6_tx", v.udpZeroCsum6Tx());
        out.negatable("udp6zerocsumrx", "udp_zero_csum6_rx", v.udpZeroCsum6Rx());
        out.enabled("remcsumtx", "remcsum_tx", v.remcsumTx());
        out.enabled("remcsumrx", "remcsum_rx", v.remcsumRx());
        out.enabled("gbp", v.gbp());
        out.enabled("gpe", v.gpe());
    }
}
