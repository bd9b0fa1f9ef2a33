package io.jnetlink.core.message;

/**
 * Layout of the netlink message header ({@code linux/netlink.h}):
 * <pre>
 * struct nlmsghdr {
 *     __u32 nlmsg_len;    // length including this header
 *     __u16 nlmsg_type;
 *     __u16 nlmsg_flags;
 *     __u32 nlmsg_seq;
 *     __u32 nlmsg_pid;    // sender port id; 0 is the kernel
 * };
 * </pre>
 * with the {@code NLM_F_*} flag bits.
 */
public final class NlMsgHdr {
    /** Offset of {@code nlmsg_len} (u32): the message length in bytes, header included. */
    public static final int LEN = 0;
    /** Offset of {@code nlmsg_type} (u16). */
    public static final int TYPE = 4;
    /** Offset of {@code nlmsg_flags} (u16). */
    public static final int FLAGS = 6;
    /** Offset of {@code nlmsg_seq} (u32). */
    public static final int SEQ = 8;
    /** Offset of {@code nlmsg_pid} (u32). */
    public static final int PID = 12;
    /** Size of the header in bytes. */
    public static final int SIZE = 16;

    /** The message is a request. */
    public static final int NLM_F_REQUEST = 0x01;
    /** Part of a multi-part reply, which {@code NLMSG_DONE} ends. */
    public static final int NLM_F_MULTI = 0x02;
    /** Asks for an acknowledgement on success. */
    public static final int NLM_F_ACK = 0x04;
    /** Asks the kernel to send the change back to the requester as a notification. */
    public static final int NLM_F_ECHO = 0x08;
    /** In a dump reply: the object set changed during the dump, so it may be inconsistent. */
    public static final int NLM_F_DUMP_INTR = 0x10;
    /** In a dump reply: the kernel applied the filters the request carried. */
    public static final int NLM_F_DUMP_FILTERED = 0x20;
    /** GET: return the whole table. */
    public static final int NLM_F_ROOT = 0x100;
    /** GET: return every matching object. */
    public static final int NLM_F_MATCH = 0x200;
    /** GET: an atomic snapshot of the table. */
    public static final int NLM_F_ATOMIC = 0x400;
    /** GET: a dump, {@code NLM_F_ROOT | NLM_F_MATCH}. */
    public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
    /** NEW: replace an existing object. */
    public static final int NLM_F_REPLACE = 0x100;
    /** NEW: fail with {@code EEXIST} when the object exists. */
    public static final int NLM_F_EXCL = 0x200;
    /** NEW: create the object when it does not exist. */
    public static final int NLM_F_CREATE = 0x400;
    /** NEW: add to the end of the object list. */
    public static final int NLM_F_APPEND = 0x800;
    /** DELETE: do not delete recursively. */
    public static final int NLM_F_NONREC = 0x100;
    /** DELETE: delete every matching object. */
    public static final int NLM_F_BULK = 0x200;
    /** Acknowledgement: the request payload was left out of the error message. */
    public static final int NLM_F_CAPPED = 0x100;
    /** Acknowledgement: extended-ack attributes follow the error message. */
    public static final int NLM_F_ACK_TLVS = 0x200;

    private NlMsgHdr() {
    }
}
