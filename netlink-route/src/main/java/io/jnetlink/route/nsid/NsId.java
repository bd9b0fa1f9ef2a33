package io.jnetlink.route.nsid;

import io.jnetlink.route.RawAttribute;
import java.util.List;

/**
 * A namespace id as the kernel reports it ({@code RTM_NEWNSID}): the number under which the
 * namespace the request was sent in knows another namespace ({@code ip netns list-id}).
 *
 * @param nsid        {@code NETNSA_NSID}, or {@link NsIdCodec#NETNSA_NSID_NOT_ASSIGNED}
 * @param currentNsid {@code NETNSA_CURRENT_NSID} (sent when a target namespace was named), or
 *                    {@link NsIdCodec#NETNSA_NSID_NOT_ASSIGNED}
 * @param unknown     attributes not decoded above, as received
 */
public record NsId(int nsid, int currentNsid, List<RawAttribute> unknown) {
    /**
     * Copies the collections so the record stays immutable.
     *
     * @param nsid        {@code NETNSA_NSID}, or {@link NsIdCodec#NETNSA_NSID_NOT_ASSIGNED}
     * @param currentNsid {@code NETNSA_CURRENT_NSID} (sent when a target namespace was named), or
     *                    {@link NsIdCodec#NETNSA_NSID_NOT_ASSIGNED}
     * @param unknown     attributes not decoded above, as received
     */
    public NsId {
        unknown = List.copyOf(unknown);
    }

    /** {@return true when the kernel has an id for the namespace} */
    public boolean isAssigned() {
        return nsid != NsIdCodec.NETNSA_NSID_NOT_ASSIGNED;
    }
}
