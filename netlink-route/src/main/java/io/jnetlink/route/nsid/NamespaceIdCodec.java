package io.jnetlink.route.nsid;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;

/**
 * Decodes and writes namespace-id messages ({@code RTM_NEWNSID}, {@code RTM_GETNSID}): a
 * {@code struct rtgenmsg} (one family byte, padded) and the {@link NamespaceIdAttributes} table.
 */
public final class NamespaceIdCodec {
    /** {@code NETNSA_NSID_NOT_ASSIGNED}: no id. */
    public static final int NETNSA_NSID_NOT_ASSIGNED = -1;

    /** {@code sizeof(struct rtgenmsg)}: just {@code rtgen_family}. */
    public static final int RTGENMSG_SIZE = 1;

    private NamespaceIdCodec() {
    }

    /**
     * Decodes the {@code RTM_NEWNSID} message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static NamespaceId decode(MessageCursor message) {
        int header = message.familyHeader(RTGENMSG_SIZE);
        return new NamespaceId(message.buffer().getUnsignedByte(header),
                NamespaceIdAttributes.SET.decode(message.attributes(RTGENMSG_SIZE)));
    }

    private static MessageWriter header(MessageWriter writer, int type) {
        return writer.begin(type, 0).u8(AddressFamily.AF_UNSPEC).pad();
    }

    /**
     * {@code RTM_GETNSID} for the namespace open at descriptor {@code fd}.
     *
     * @param writer the writer to append the message to; not null
     * @param fd     an open descriptor of a namespace file
     */
    public static void writeGet(MessageWriter writer, int fd) {
        header(writer, MessageType.RTM_GETNSID).attrU32(NamespaceIdAttributes.FD.type(), fd);
    }

    /**
     * {@code RTM_NEWNSID} assigning {@code nsid} ({@link #NETNSA_NSID_NOT_ASSIGNED} lets the
     * kernel choose) to the namespace at descriptor {@code fd}, in the order {@code ip netns set}
     * sends.
     *
     * @param writer the writer to append the message to; not null
     * @param fd     an open descriptor of a namespace file
     * @param nsid   the id, 0 or more, or {@link #NETNSA_NSID_NOT_ASSIGNED}
     */
    public static void writeAdd(MessageWriter writer, int fd, int nsid) {
        header(writer, MessageType.RTM_NEWNSID).attrU32(NamespaceIdAttributes.FD.type(), fd)
                .attrU32(NamespaceIdAttributes.NSID.type(), nsid);
    }

    /**
     * {@code RTM_GETNSID} dump of every id this namespace has assigned.
     *
     * @param writer the writer to append the message to; not null
     */
    public static void writeDump(MessageWriter writer) {
        header(writer, MessageType.RTM_GETNSID);
    }
}
