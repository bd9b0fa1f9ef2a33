package io.jnetlink.route.netconf;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;

/**
 * Decodes and writes netconf messages ({@code RTM_NEWNETCONF}, {@code RTM_DELNETCONF},
 * {@code RTM_GETNETCONF}): a {@code struct netconfmsg} (one family byte, padded) and the
 * {@link NetconfAttributes} table.
 */
public final class NetconfCodec {
    /** {@code NETCONFA_IFINDEX_ALL}: the {@code all} pseudo-device. */
    public static final int NETCONFA_IFINDEX_ALL = -1;
    /** {@code NETCONFA_IFINDEX_DEFAULT}: the {@code default} pseudo-device (what new devices start with). */
    public static final int NETCONFA_IFINDEX_DEFAULT = -2;
    /** {@code sizeof(struct netconfmsg)}: just {@code ncm_family}. */
    public static final int NETCONFMSG_SIZE = 1;

    private NetconfCodec() {
    }

    /**
     * Decodes the {@code RTM_NEWNETCONF} or {@code RTM_DELNETCONF} message at {@code message}.
     *
     * @param message positioned on a message of those types; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static Netconf decode(MessageCursor message) {
        int header = message.familyHeader(NETCONFMSG_SIZE);
        return new Netconf(message.buffer().getUnsignedByte(header),
                NetconfAttributes.SET.decode(message.attributes(NETCONFMSG_SIZE)));
    }

    /**
     * {@code RTM_GETNETCONF} dump of every device's configuration in {@code family} (what
     * {@code ip -4 netconf show} asks).
     *
     * @param writer the writer to append the message to; not null
     * @param family {@code AF_INET} or {@code AF_INET6} ({@code AF_UNSPEC} dumps every family)
     */
    public static void writeDump(MessageWriter writer, int family) {
        writer.begin(MessageType.RTM_GETNETCONF, 0).u8(family).pad();
    }
}
