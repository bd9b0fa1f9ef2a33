package io.jnetlink.bench;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;

/**
 * Visits every attribute of an {@code RTM_NEWLINK} message, descending into every nested one,
 * through core's cursors only: the cheapest complete read of a link a caller can do, and what the
 * cursor benchmarks measure. Netlink does not mark every nested attribute {@code NLA_F_NESTED},
 * so the containers of {@code if_link.h} are listed here; anything flagged nested is descended
 * into as well.
 *
 * <p>The walk folds types, lengths and 4- and 8-byte values into a checksum so the JIT cannot
 * drop any of the reads. It allocates nothing: the cursors' child cursors are reused.
 */
final class LinkAttributeWalk {
    private LinkAttributeWalk() {
    }

    /** {@code ifi_index} of the link message at the cursor. */
    static int ifindex(MessageCursor message) {
        int header = message.familyHeader(Ifla.IFINFOMSG_SIZE);
        return HostOrder.s32(message.buffer(), header + Ifla.IFINFOMSG_INDEX);
    }

    /** Walks the whole message and returns a checksum of everything read. */
    static long walk(MessageCursor message) {
        long sum = ifindex(message);
        AttributeCursor attributes = message.attributes(Ifla.IFINFOMSG_SIZE);
        while (attributes.next()) {
            int type = attributes.type();
            switch (type) {
                case Ifla.IFLA_AF_SPEC -> sum += walkAfSpec(attributes.nested());
                case Ifla.IFLA_LINKINFO -> sum += walkLinkInfo(attributes.nested());
                case Ifla.IFLA_VFINFO_LIST, Ifla.IFLA_VF_PORTS -> sum += walkListOfNests(attributes.nested());
                case Ifla.IFLA_PORT_SELF, Ifla.IFLA_XDP, Ifla.IFLA_PROP_LIST -> sum += walkFlagged(attributes.nested());
                default -> sum += attributes.isNestedFlagSet() ? walkFlagged(attributes.nested()) : leaf(attributes);
            }
        }
        return sum;
    }

    /** {@code IFLA_AF_SPEC}: one nest per address family, each holding that family's attributes. */
    private static long walkAfSpec(AttributeCursor families) {
        return walkListOfNests(families);
    }

    private static long walkLinkInfo(AttributeCursor info) {
        long sum = 0;
        while (info.next()) {
            int type = info.type();
            if (type == Ifla.IFLA_INFO_DATA || type == Ifla.IFLA_INFO_SLAVE_DATA || info.isNestedFlagSet()) {
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
            sum += attribute.s32();
        } else if (length == 8) {
            sum += attribute.u64();
        }
        return sum;
    }
}
