package io.jnetlink.route.nsid;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U32;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code NETNSA_*} (linux/net_namespace.h): the attributes of a namespace-id message
 * ({@code RTM_NEWNSID}, {@code RTM_GETNSID}). One row per attribute, in the order
 * {@code ip netns list-id} prints them; complete against the header ({@code NETNSA_NONE}, 0, is
 * the unused type every set starts with, as {@code IFA_UNSPEC} is; the kernel has no netlink spec
 * for this family). Read with {@link NamespaceId#get(Attribute)}.
 *
 * <p>The ids are signed: {@link NamespaceIdCodec#NETNSA_NSID_NOT_ASSIGNED} (-1) means none, which
 * ip writes as {@code nsid unassigned}.
 */
public final class NamespaceIdAttributes {
    /** The {@code NETNSA_*} set. */
    public static final AttributeSet SET = new AttributeSet("NETNSA");

    /** The id this namespace gives the other one (s32; -1: none); a request assigns it. */
    public static final Attribute<Integer> NSID = SET.add(1, "NETNSA_NSID", U32, READ_WRITE, NONE, as("nsid", CUSTOM));
    /** The id the target namespace gives this one, in replies to a request naming a target (s32). */
    public static final Attribute<Integer> CURRENT_NSID = SET.add(5, "NETNSA_CURRENT_NSID", U32, READ_ONLY, NONE,
            as("current-nsid", CUSTOM));
    /** Request: the namespace of this process. */
    public static final Attribute<Integer> PID = SET.add(2, "NETNSA_PID", U32, WRITE_ONLY, NONE, Display.NONE);
    /** Request: the namespace open at this descriptor. */
    public static final Attribute<Integer> FD = SET.add(3, "NETNSA_FD", U32, WRITE_ONLY, NONE, Display.NONE);
    /** Request: answer as the namespace of this id would ({@code ip netns list-id target-nsid N}). */
    public static final Attribute<Integer> TARGET_NSID = SET.add(4, "NETNSA_TARGET_NSID", U32, WRITE_ONLY, NONE,
            Display.NONE);

    private NamespaceIdAttributes() {
    }
}
