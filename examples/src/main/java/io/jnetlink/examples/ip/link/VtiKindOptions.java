package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.TunnelWords.key;
import static io.jnetlink.examples.ip.link.TunnelWords.number;
import static io.jnetlink.examples.ip.link.TunnelWords.unspecified;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.tunnel.Vti6Codec;
import io.jnetlink.route.link.tunnel.VtiAttributes;
import io.jnetlink.route.link.tunnel.VtiData;
import java.net.InetAddress;

/** {@code type vti|vti6 OPTIONS}: the IFLA_VTI_* attributes as ip encodes a new virtual tunnel interface, in ip's order. */
final class VtiKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        if (!args.hasNext()) {
            return VtiData.of(kind);
        }
        if (!context.creating()) {
            throw TunnelWords.noChange(context, kind, VtiData.class);
        }
        TunnelWords.Family family = kind.equals(Vti6Codec.KIND) ? TunnelWords.Family.INET6 : TunnelWords.Family.INET;
        long ikey = 0;
        long okey = 0;
        InetAddress local = null;
        InetAddress remote = null;
        int link = 0;
        int fwmark = 0;
        while (args.hasNext()) {
            String word = args.next();
            String option = word.equals("fwmark") ? word : prefixed(word, "key", "ikey", "okey", "remote", "local", "dev");
            switch (option) {
                case "key" -> ikey = okey = key("key", args.value());
                case "ikey" -> ikey = key("ikey", args.value());
                case "okey" -> okey = key("okey", args.value());
                case "remote" -> remote = TunnelWords.address(args.value(), family);
                case "local" -> local = TunnelWords.address(args.value(), family);
                case "dev" -> link = TunnelWords.lowerDevice(context, args.value());
                case "fwmark" -> fwmark = (int) number(args.value(), 0xffffffffL, "invalid fwmark\n");
                default -> throw TunnelWords.unknown(this, kind, "");
            }
        }
        VtiData data = VtiData.of(kind).with(VtiAttributes.IKEY, ikey).with(VtiAttributes.OKEY, okey);
        if (!unspecified(local)) {
            data = data.with(VtiAttributes.LOCAL, local);
        }
        if (!unspecified(remote)) {
            data = data.with(VtiAttributes.REMOTE, remote);
        }
        data = data.with(VtiAttributes.FWMARK, fwmark);
        return link != 0 ? data.with(VtiAttributes.LINK, link) : data;
    }

    @Override
    public String usage(String kind) {
        return "Usage: ip link add NAME type " + kind + " [ OPTION ]...\n"
                + "OPTION := { remote ADDR | local ADDR | key KEY | ikey KEY | okey KEY | dev DEVICE | fwmark MARK }\n"
                + "KEY is a number or a dotted quad; ADDR is an " + (kind.equals(Vti6Codec.KIND) ? "IPv6" : "IPv4")
                + " address or \"any\".\n"
                + "jnl creates tunnels of this kind; it does not change them (\"ip link set\").\n";
    }
}
