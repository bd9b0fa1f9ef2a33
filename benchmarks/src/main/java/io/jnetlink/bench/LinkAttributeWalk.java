package io.jnetlink.bench;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.route.link.LinkInfoAttributes;
import io.jnetlink.route.link.IfInfoMsg;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkView;

/**
 * Visits every attribute of an {@code RTM_NEWLINK} message, descending into every nested one,
 * through cursors only: the cheapest complete read of a link a caller can do, and what the
 * cursor benchmarks measure. Netlink does not mark every nested attribute {@code NLA_F_NESTED},
 * so the containers of {@code if_link.h} are listed here; anything flagged nested is descended
 * into as well. {@code benchmarks/c/dumploop.c -a} walks the same way.
 *
 * <p>The walk folds types, lengths and 4- and 8-byte values into a checksum so the JIT cannot
 * drop any of the reads; the C loop computes the same sum (with unsigned 64-bit wrap-around,
 * which Java's long addition matches). It allocates nothing: the cursors' child cursors are
 * reused.
 */
final class LinkAttributeWalk {
    // The containers among the link attributes, by number (constants the JIT folds).
    private static final int AF_SPEC = LinkAttributes.AF_SPEC.type();
    private static final int VFINFO_LIST = LinkAttributes.VFINFO_LIST.type();
    private static final int VF_PORTS = LinkAttributes.VF_PORTS.type();
    private static final int LINKINFO = LinkAttributes.LINKINFO.type();
    private static final int PORT_SELF = LinkAttributes.PORT_SELF.type();
    private static final int XDP = LinkAttributes.XDP.type();
    private static final int PROP_LIST = LinkAttributes.PROP_LIST.type();

    private LinkAttributeWalk() {
    }

    /** Walks the whole link message at the cursor and returns a checksum of everything read. */
    static long walk(MessageCursor message) {
        int header = message.familyHeader(IfInfoMsg.SIZE);
        long index = HostOrder.s32(message.buffer(), header + IfInfoMsg.INDEX);
        return index + walkTopLevel(message.attributes(IfInfoMsg.SIZE));
    }

    /** Walks the whole link in {@code view}, as a {@code LinkVisitor} sees it. */
    static long walk(LinkView view) {
        return view.ifindex() + walkTopLevel(view.attributes());
    }

    private static long walkTopLevel(AttributeCursor attributes) {
        long sum = 0;
        while (attributes.next()) {
            int type = attributes.type();
            if (type == AF_SPEC || type == VFINFO_LIST || type == VF_PORTS) {
                sum += walkListOfNests(attributes.nested()); // IFLA_AF_SPEC holds one nest per address family
            } else if (type == LINKINFO) {
                sum += walkLinkInfo(attributes.nested());
            } else if (type == PORT_SELF || type == XDP || type == PROP_LIST) {
                sum += walkFlagged(attributes.nested());
            } else {
                sum += attributes.isNestedFlagSet() ? walkFlagged(attributes.nested()) : leaf(attributes);
            }
        }
        return sum;
    }

    private static long walkLinkInfo(AttributeCursor info) {
        long sum = 0;
        while (info.next()) {
            int type = info.type();
            if (type == LinkInfoAttributes.DATA.type() || type == LinkInfoAttributes.SLAVE_DATA.type() || info.isNestedFlagSet()) {
                sum += walkFlagged(info.nested());
            } else {
                sum += leaf(info);
            }
        }
        return sum;
    }

    private static long walkListOfNests(AttributeCursor list) {
        long sum = 0;
        while (list.next()) {
            sum += list.type() + walkFlagged(list.nested());
        }
        return sum;
    }

    /** Attributes whose children are leaves unless flagged {@code NLA_F_NESTED}. */
    private static long walkFlagged(AttributeCursor attributes) {
        long sum = 0;
        while (attributes.next()) {
            sum += attributes.isNestedFlagSet() ? walkFlagged(attributes.nested()) : leaf(attributes);
        }
        return sum;
    }

    private static long leaf(AttributeCursor attribute) {
        int length = attribute.valueLength();
        long sum = attribute.type() * 31L + length;
        if (length == 4) {
            sum += attribute.u32();
        } else if (length == 8) {
            sum += attribute.u64();
        }
        return sum;
    }
}
