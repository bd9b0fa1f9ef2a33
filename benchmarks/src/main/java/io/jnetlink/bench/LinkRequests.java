package io.jnetlink.bench;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import java.net.InetAddress;

import static io.jnetlink.bench.Ifla.IFINFOMSG_SIZE;
import static io.jnetlink.bench.Ifla.IFLA_EXT_MASK;
import static io.jnetlink.bench.Ifla.IFLA_IFNAME;
import static io.jnetlink.bench.Ifla.IFLA_INFO_KIND;
import static io.jnetlink.bench.Ifla.IFLA_LINKINFO;

/**
 * The few rtnetlink requests the benchmarks send, written with core's {@link MessageWriter}
 * ({@code linux/rtnetlink.h}, {@code linux/if_link.h}, {@code linux/if_addr.h}). Link and address
 * facets of {@code netlink-route} build the same requests for applications; the benchmarks keep
 * their own so that the measured path is exactly core's socket and cursors.
 */
final class LinkRequests {
    static final int AF_UNSPEC = 0;
    static final int AF_INET = 2;

    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;

    private LinkRequests() {
    }

    /** {@code RTM_GETLINK} dump of every link; {@code extMask} 0 asks for everything. */
    static MessageWriter dumpLinks(MessageWriter writer, int extMask) {
        writer.begin(MessageType.RTM_GETLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1);
        if (extMask != 0) {
            writer.attrU32(IFLA_EXT_MASK, extMask);
        }
        return writer;
    }

    /** {@code RTM_GETLINK} for the one link with {@code index}. */
    static MessageWriter getLink(MessageWriter writer, int index) {
        return writer.begin(MessageType.RTM_GETLINK, 0)
                .u8(AF_UNSPEC).u8(0).u16(0).u32(index).u32(0).u32(0);
    }

    /** {@code RTM_GETLINK} for the link called {@code name}. */
    static MessageWriter getLink(MessageWriter writer, String name) {
        return getLink(writer, 0).attrString(IFLA_IFNAME, name);
    }

    /** {@code ip link add NAME type ifb}: a new ifb device, failing if the name is taken. */
    static MessageWriter newIfb(MessageWriter writer, String name) {
        writer.begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL)
                .u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                .attrString(IFLA_IFNAME, name);
        int linkInfo = writer.beginNested(IFLA_LINKINFO);
        writer.attrString(IFLA_INFO_KIND, "ifb");
        return writer.endNested(linkInfo);
    }

    /** {@code ip addr add|del ADDRESS/PREFIX dev INDEX} for an IPv4 address. */
    static MessageWriter address(MessageWriter writer, boolean add, int index, InetAddress address, int prefix) {
        int type = add ? MessageType.RTM_NEWADDR : MessageType.RTM_DELADDR;
        int flags = add ? NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL : 0;
        return writer.begin(type, flags)
                .u8(AF_INET).u8(prefix).u8(0).u8(0).u32(index)
                .attrAddress(IFA_LOCAL, address)
                .attrAddress(IFA_ADDRESS, address);
    }
}
