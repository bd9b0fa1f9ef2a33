package io.jnetlink.route.nsid;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.RawAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes and writes namespace-id messages ({@code RTM_NEWNSID}, {@code RTM_GETNSID}): a
 * {@code struct rtgenmsg} (one family byte, padded) and the attributes of
 * {@code <linux/net_namespace.h>}.
 */
public final class NsIdCodec {
    /** {@code NETNSA_NSID}: s32 id. */
    public static final int NETNSA_NSID = 1;
    /** {@code NETNSA_PID}: u32 pid naming a namespace. */
    public static final int NETNSA_PID = 2;
    /** {@code NETNSA_FD}: u32 descriptor naming a namespace. */
    public static final int NETNSA_FD = 3;
    /** {@code NETNSA_TARGET_NSID}: s32, the namespace to look the id up in. */
    public static final int NETNSA_TARGET_NSID = 4;
    /** {@code NETNSA_CURRENT_NSID}: s32, the id of the requesting namespace in the target. */
    public static final int NETNSA_CURRENT_NSID = 5;
    /** {@code NETNSA_NSID_NOT_ASSIGNED}: no id. */
    public static final int NETNSA_NSID_NOT_ASSIGNED = -1;

    /** {@code sizeof(struct rtgenmsg)}: just {@code rtgen_family}. */
    public static final int RTGENMSG_SIZE = 1;

    private NsIdCodec() {
    }

    /**
     * Decodes the {@code RTM_NEWNSID} message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     */
    public static NsId decode(MessageCursor message) {
        int nsid = NETNSA_NSID_NOT_ASSIGNED;
        int current = NETNSA_NSID_NOT_ASSIGNED;
        List<RawAttribute> unknown = new ArrayList<>(0);
        AttributeCursor a = message.attributes(RTGENMSG_SIZE);
        while (a.next()) {
            switch (a.type()) {
                case NETNSA_NSID -> nsid = a.s32();
                case NETNSA_CURRENT_NSID -> current = a.s32();
                default -> unknown.add(RawAttribute.of(a));
            }
        }
        return new NsId(nsid, current, unknown);
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
    public static void writeGetByFd(MessageWriter writer, int fd) {
        header(writer, MessageType.RTM_GETNSID).attrU32(NETNSA_FD, fd);
    }

    /**
     * {@code RTM_GETNSID} for the namespace of process {@code pid}.
     *
     * @param writer the writer to append the message to; not null
     * @param pid    a process id, greater than 0
     */
    public static void writeGetByPid(MessageWriter writer, int pid) {
        header(writer, MessageType.RTM_GETNSID).attrU32(NETNSA_PID, pid);
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
    public static void writeAssign(MessageWriter writer, int fd, int nsid) {
        header(writer, MessageType.RTM_NEWNSID).attrU32(NETNSA_FD, fd).attrU32(NETNSA_NSID, nsid);
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
