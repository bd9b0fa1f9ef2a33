package io.jnetlink.bench;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import java.net.InetAddress;

/**
 * {@code ip addr add|del} requests for the small-request benchmark ({@code linux/if_addr.h}),
 * written with core's {@link MessageWriter} until this branch carries the route module's address
 * facet; then the benchmark should call that instead.
 */
final class AddressRequests {
    /** {@code AF_INET} (linux/socket.h). */
    static final int AF_INET = 2;
    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;

    private AddressRequests() {
    }

    /** {@code ip addr add|del ADDRESS/PREFIX dev INDEX} for an IPv4 address. */
    static MessageWriter address(MessageWriter writer, boolean add, int index, InetAddress address, int prefix) {
        int type = add ? MessageType.RTM_NEWADDR : MessageType.RTM_DELADDR;
        int flags = add ? NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL : 0;
        // struct ifaddrmsg: family, prefixlen, flags, scope, index
        return writer.begin(type, flags)
                .u8(AF_INET).u8(prefix).u8(0).u8(0).u32(index)
                .attrAddress(IFA_LOCAL, address)
                .attrAddress(IFA_ADDRESS, address);
    }
}
