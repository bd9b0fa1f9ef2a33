package io.jnetlink.examples.ip.link;

import static io.jnetlink.examples.ip.link.LinkWords.inet;
import static io.jnetlink.examples.ip.link.LinkWords.invalidArgument;
import static io.jnetlink.examples.ip.link.LinkWords.parseC;
import static io.jnetlink.examples.ip.link.LinkWords.prefixed;
import static io.jnetlink.examples.ip.link.LinkWords.unsignedBits;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/** {@code type vxlan OPTIONS}: the IFLA_VXLAN_* attributes, each as ip encodes it. */
final class VxlanKindOptions implements KindOptions {
    @Override
    public LinkData parse(KindContext context, String kind, Args args) {
        VxlanData inline = VxlanData.of();
        Integer id = null;
        InetAddress local = null;
        InetAddress remote = null;
        Boolean learning = null;
        Integer port = null;
        boolean any = args.hasNext();
        while (args.hasNext()) {
            String option = prefixed(args.next(), "id", "vni", "remote", "local", "dev", "dstport", "nolearning",
                    "learning");
            switch (option) {
                case "id", "vni" -> {
                    String value = args.value();
                    long vni = parseC(value, 0xffffffffL);
                    if (vni < 0 || vni > VxlanData.MAX_VNI) {
                        throw invalidArgument(value, "invalid id");
                    }
                    id = (int) vni;
                }
                case "dstport" -> port = unsignedBits(args.value(), 16, "dstport");
                case "local" -> local = inet(args.value(), remote);
                case "remote" -> remote = inet(args.value(), local);
                case "dev" -> {
                    String value = args.value();
                    Optional<Link> link = context.session().rtnl().links().find(value);
                    if (link.isEmpty()) {
                        throw new CommandFailure("Cannot find device \"" + value + "\"", 255);
                    }
                    inline = inline.with(VxlanAttributes.LINK, link.get().ifindex());
                }
                case "learning" -> learning = true;
                case "nolearning" -> learning = false;
                default -> throw new CommandFailure("vxlan: option \"" + option
                        + "\" is not supported by jnl (id, dstport, local, remote, dev, [no]learning)", 1);
            }
        }
        if (!any) {
            return inline;
        }
        // A change (ip link set) sends only what the command line gives; a new link needs a VNI.
        boolean add = context.creating();
        if (id == null && add) {
            throw new CommandFailure("vxlan: missing virtual network identifier", 1);
        }
        if (port == null && add) {
            context.err().print("vxlan: destination port not specified\n"
                    + "Will use Linux kernel default (non-standard value)\n"
                    + "Use 'dstport 4789' to get the IANA assigned value\n"
                    + "Use 'dstport 0' to get default and quiet this message\n");
        }
        VxlanData data = id != null ? inline.with(VxlanAttributes.ID, id) : inline;
        if (local != null) {
            data = data.with(local instanceof Inet4Address ? VxlanAttributes.LOCAL : VxlanAttributes.LOCAL6, local);
        }
        if (remote != null) {
            data = data.with(remote instanceof Inet4Address ? VxlanAttributes.GROUP : VxlanAttributes.GROUP6, remote);
        }
        if (learning != null || add) {
            data = data.with(VxlanAttributes.LEARNING, learning == null || learning);
        }
        if (port != null && port != 0) {
            data = data.with(VxlanAttributes.PORT, port);
        }
        return data;
    }

    @Override
    public String usage(String kind) {
        return """
                Usage: ip link { add | set } NAME type vxlan id VNI [ VXLANOPTION ]...
                VXLANOPTION := { dstport PORT | local ADDR | remote ADDR | dev DEV | learning | nolearning }
                """;
    }
}
