package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.AttributeFields.field;

import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.TunAttributes;
import io.jnetlink.route.link.TunData;
import java.util.function.LongFunction;

/**
 * The {@code -d} options of a tun or tap: the rows of {@link TunAttributes} in their order, with
 * the type by name, multi_queue named in the text only when on (with its queue counts), and the
 * owner by account name when the system knows it.
 */
final class TunDetails {
    private static final AttributeFields FIELDS = new AttributeFields()
            .custom(TunAttributes.TYPE, (out, d, type, all) -> out.string(d.text(), d.json(),
                    type == TunData.IFF_TUN ? "tun" : type == TunData.IFF_TAP ? "tap" : "UNKNOWN:" + type))
            .custom(TunAttributes.MULTI_QUEUE, (out, d, on, all) -> out.field(on ? d.text() + " " : null, d.json(), on))
            .custom(TunAttributes.NUM_QUEUES, (out, d, count, all) -> queues(out, d, count,
                    all.get(TunAttributes.MULTI_QUEUE)))
            .custom(TunAttributes.NUM_DISABLED_QUEUES, (out, d, count, all) -> queues(out, d, count,
                    all.get(TunAttributes.MULTI_QUEUE)))
            .custom(TunAttributes.OWNER, (out, d, uid, all) -> owner(out, d, uid, Accounts::userName))
            .custom(TunAttributes.GROUP, (out, d, gid, all) -> owner(out, d, gid, Accounts::groupName));

    private TunDetails() {
    }

    /** The options of {@code t}. */
    static void write(DetailSink out, TunData t) {
        FIELDS.writeAll(out, t.values());
    }

    /** A queue count: shown only for a multi-queue device. */
    private static void queues(DetailSink out, Display d, int count, Boolean multiQueue) {
        if (Boolean.TRUE.equals(multiQueue)) {
            long unsigned = Integer.toUnsignedLong(count);
            field(out, d, Long.toString(unsigned), unsigned);
        }
    }

    /** A tun owner as ip shows it: the account's name when the system knows the id, else the number; none for -1. */
    private static void owner(DetailSink out, Display d, int id, LongFunction<String> nameOf) {
        if (id == -1) {
            return;
        }
        long unsigned = Integer.toUnsignedLong(id);
        String name = nameOf.apply(unsigned);
        if (name != null) {
            out.string(d.text(), d.json(), name);
        } else {
            out.number(d.text(), d.json(), unsigned);
        }
    }
}
