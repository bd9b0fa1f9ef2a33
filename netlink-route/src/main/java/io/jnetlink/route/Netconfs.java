package io.jnetlink.route;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.netconf.Netconf;
import io.jnetlink.route.netconf.NetconfCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-device IP configuration ({@code ip netconf show}): forwarding, rp_filter and the other
 * {@link io.jnetlink.route.netconf.NetconfAttributes} of every device, and of the {@code all} and
 * {@code default} pseudo-devices. Obtained from {@link Rtnl#netconf()}; safe to use from any
 * thread. The values are sysctls; netlink only reads them.
 */
public final class Netconfs {
    private final Rtnl rtnl;

    Netconfs(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * The configuration of every device in {@code family} ({@code ip -4 netconf show} is
     * {@code list(AF_INET)}).
     *
     * @param family {@code AF_INET} or {@code AF_INET6}
     * @return one record per device, {@code all} and {@code default} included, in the kernel's order
     * @throws IllegalArgumentException for another family
     */
    public List<Netconf> list(int family) {
        if (family != AddressFamily.AF_INET && family != AddressFamily.AF_INET6) {
            throw new IllegalArgumentException("netconf family must be AF_INET or AF_INET6: " + family);
        }
        List<Netconf> confs = new ArrayList<>();
        rtnl.dump(w -> NetconfCodec.writeDump(w, family), DumpHandlers.only(MessageType.RTM_NEWNETCONF,
                DumpHandlers.collecting(NetconfCodec::decode, conf -> true, confs)));
        return confs;
    }
}
