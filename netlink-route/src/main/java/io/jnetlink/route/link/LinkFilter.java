package io.jnetlink.route.link;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.internal.Arguments;

/**
 * Which links a listing returns: all of them, or those of one master and/or one kind. The kernel
 * filters (strict checking); the library checks again, for kernels that ignore the filter.
 *
 * @param masterIfindex the master's interface index; 0 for any
 * @param kind          the {@code IFLA_INFO_KIND}; null for any
 */
public record LinkFilter(int masterIfindex, String kind) {
    private static final LinkFilter ALL = new LinkFilter(0, null);

    /**
     * Checks the values.
     *
     * @param masterIfindex the master's interface index; 0 for any
     * @param kind          the {@code IFLA_INFO_KIND}; null for any, never empty
     */
    public LinkFilter {
        Arguments.ifindexFilter(masterIfindex);
        if (kind != null && kind.isEmpty()) {
            throw new IllegalArgumentException("kind must not be empty");
        }
    }

    /** {@return the filter that selects every link} */
    public static LinkFilter all() {
        return ALL;
    }

    /**
     * A copy that keeps the ports of one master.
     *
     * @param masterIfindex the master's interface index, greater than 0
     * @return the copy
     */
    public LinkFilter withMasterIfindex(int masterIfindex) {
        return new LinkFilter(Arguments.ifindex(masterIfindex), kind);
    }

    /**
     * A copy that keeps the links of one kind.
     *
     * @param kind an {@code IFLA_INFO_KIND} such as {@code "vxlan"}
     * @return the copy
     */
    public LinkFilter withKind(String kind) {
        return new LinkFilter(masterIfindex, kind);
    }

    /**
     * Whether the link under {@code view} passes.
     *
     * @param view a view on a link message
     * @return true when it is selected
     */
    public boolean test(LinkView view) {
        return (masterIfindex == 0 || view.masterIfindex() == masterIfindex) && (kind == null || view.kindEquals(kind));
    }

    /**
     * Writes the dump request ({@code RTM_GETLINK} with {@code NLM_F_DUMP} added by the socket).
     *
     * @param w       the writer to start the message in
     * @param extMask the {@code RTEXT_FILTER_*} bits for {@code IFLA_EXT_MASK}
     */
    public void writeDump(MessageWriter w, int extMask) {
        w.begin(MessageType.RTM_GETLINK, 0);
        IfInfoMsg.write(w, IfInfoMsg.AF_PACKET, 0, 0, 0);
        w.attrU32(LinkAttributes.EXT_MASK.type(), extMask);
        if (masterIfindex > 0) {
            w.attrU32(LinkAttributes.MASTER.type(), masterIfindex);
        }
        if (kind != null) {
            int info = w.beginNested(LinkAttributes.LINKINFO.type());
            w.attrStringNoNul(LinkInfoAttributes.KIND.type(), kind);
            w.endNested(info);
        }
    }
}
