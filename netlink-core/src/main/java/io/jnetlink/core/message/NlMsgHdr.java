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
    public static final int LEN = 0;
    public static final int TYPE = 4;
    public static final int FLAGS = 6;
    public static final int SEQ = 8;
    public static final int PID = 12;
    public static final int SIZE = 16;

    public static final int NLM_F_REQUEST = 0x01;
    public static final int NLM_F_MULTI = 0x02;
    public static final int NLM_F_ACK = 0x04;
    public static final int NLM_F_ECHO = 0x08;
    public static final int NLM_F_DUMP_INTR = 0x10;
    public static final int NLM_F_DUMP_FILTERED = 0x20;
    /** GET flags. */
    public static final int NLM_F_ROOT = 0x100;
    public static final int NLM_F_MATCH = 0x200;
    public static final int NLM_F_ATOMIC = 0x400;
    public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
    /** NEW flags. */
    public static final int NLM_F_REPLACE = 0x100;
    public static final int NLM_F_EXCL = 0x200;
    public static final int NLM_F_CREATE = 0x400;
    public static final int NLM_F_APPEND = 0x800;
    /** DELETE flags. */
    public static final int NLM_F_NONREC = 0x100;
    public static final int NLM_F_BULK = 0x200;
    /** Acknowledgement flags. */
    public static final int NLM_F_CAPPED = 0x100;
    public static final int NLM_F_ACK_TLVS = 0x200;

    private NlMsgHdr() {
    }
}
