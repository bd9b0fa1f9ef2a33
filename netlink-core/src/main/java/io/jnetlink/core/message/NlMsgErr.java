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
    public static final int ERROR = 0;
    public static final int MSG = 4;
    public static final int SIZE = 4 + NlMsgHdr.SIZE;

    public static final int NLMSGERR_ATTR_MSG = 1;
    public static final int NLMSGERR_ATTR_OFFS = 2;
    public static final int NLMSGERR_ATTR_COOKIE = 3;
    public static final int NLMSGERR_ATTR_POLICY = 4;
    public static final int NLMSGERR_ATTR_MISS_TYPE = 5;
    public static final int NLMSGERR_ATTR_MISS_NEST = 6;

    private NlMsgErr() {
    }
}
