package io.jnetlink.core.message;

/**
 * Layout of the {@code NLMSG_ERROR} payload ({@code linux/netlink.h}):
 * <pre>
 * struct nlmsgerr {
 *     int error;              // negative errno, or 0 for an acknowledgement
 *     struct nlmsghdr msg;    // the request's header, followed by its payload unless capped
 * };
 * </pre>
 * followed, when the reply has {@code NLM_F_ACK_TLVS}, by the extended-ack attributes.
 */
public final class NlMsgErr {
    /** Offset of {@code error} (s32): a negative errno, or 0 for an acknowledgement. */
    public static final int ERROR = 0;
    /** Offset of the request's {@code nlmsghdr}. */
    public static final int MSG = 4;
    /** Size in bytes of {@code struct nlmsgerr} without the request payload. */
    public static final int SIZE = 4 + NlMsgHdr.SIZE;

    /** Extended ack: the kernel's error or warning text (string). */
    public static final int NLMSGERR_ATTR_MSG = 1;
    /** Extended ack: byte offset of the offending attribute in the request (u32). */
    public static final int NLMSGERR_ATTR_OFFS = 2;
    /** Extended ack: an opaque cookie (binary). */
    public static final int NLMSGERR_ATTR_COOKIE = 3;
    /** Extended ack: the policy of the offending attribute (nested). */
    public static final int NLMSGERR_ATTR_POLICY = 4;
    /** Extended ack: type of a required attribute that was missing (u32). */
    public static final int NLMSGERR_ATTR_MISS_TYPE = 5;
    /** Extended ack: byte offset of the nest the missing attribute belongs in (u32). */
    public static final int NLMSGERR_ATTR_MISS_NEST = 6;

    private NlMsgErr() {
    }
}
