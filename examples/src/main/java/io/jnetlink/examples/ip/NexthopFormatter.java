package io.jnetlink.examples.ip;

import static io.jnetlink.examples.ip.AttributeFields.field;

import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.nexthop.NexthopAttributes;
import io.jnetlink.route.nexthop.NexthopBucket;
import io.jnetlink.route.nexthop.NexthopBucketAttributes;
import io.jnetlink.route.nexthop.NexthopCodec;
import io.jnetlink.route.nexthop.NexthopGroupMember;
import io.jnetlink.route.nexthop.ResilientGroupAttributes;
import io.jnetlink.route.routing.RouteCodec;
import java.math.BigDecimal;
import java.net.Inet6Address;
import java.util.List;

/**
 * One nexthop object as {@code ip nexthop} prints it (and with {@link #writeBucket} one bucket of a
 * resilient group as {@code ip nexthop bucket} does) (iproute2 6.1), in text or as an element of
 * {@code ip -j nexthop}: id, group and its type, a resilient group's options, gateway, device,
 * scope, blackhole, protocol, flags and fdb, each under the word and JSON key of its
 * {@link NexthopAttributes} row; scope and protocol when not the default or with {@code -d}.
 */
final class NexthopFormatter implements FieldWalk<Nexthop> {
    /** {@code USER_HZ}: the kernel's {@code clock_t} ticks per second. */
    private static final int USER_HZ = 100;

    private final IpOptions options;
    private final LinkFormatter links;

    NexthopFormatter(IpOptions options, LinkFormatter links) {
        this.options = options;
        this.links = links;
    }

    @Override
    public void write(Nexthop nh, DetailSink out) {
        AttributeValues v = nh.values();
        Display id = NexthopAttributes.ID.display();
        field(out, id, Long.toString(nh.id()), nh.id());
        if (nh.isGroup()) {
            group(out, nh.group());
        }
        int type = v.getInt(NexthopAttributes.GROUP_TYPE, NexthopCodec.NEXTHOP_GRP_TYPE_MPATH);
        if (type != NexthopCodec.NEXTHOP_GRP_TYPE_MPATH) {
            // ip leaves the default type out, so that older output stays as it was.
            String name = type == NexthopCodec.NEXTHOP_GRP_TYPE_RES ? "resilient" : "<unknown type>";
            field(out, NexthopAttributes.GROUP_TYPE.display(), name, name);
        }
        AttributeValues resilient = v.get(NexthopAttributes.RES_GROUP);
        if (resilient != null) {
            resilientArgs(out, resilient);
        }
        if (nh.gateway() != null) {
            Display d = NexthopAttributes.GATEWAY.display();
            String text = InetFormat.ntop(nh.gateway());
            Palette.Kind kind = nh.gateway() instanceof Inet6Address ? Palette.Kind.INET6 : Palette.Kind.INET;
            out.field(d.text() + " " + options.palette().paint(kind, text + " "), d.json(), text);
        }
        if (nh.ifindex() != 0) {
            Display d = NexthopAttributes.OIF.display();
            String name = links.nameOf(nh.ifindex());
            out.field(d.text() + " " + options.palette().paint(Palette.Kind.IFNAME, name + " "), d.json(), name);
        }
        if (nh.scope() != RouteCodec.RT_SCOPE_UNIVERSE || options.details()) {
            String scope = Scopes.name(nh.scope());
            out.field("scope " + scope + " ", "scope", scope);
        }
        out.present(NexthopAttributes.BLACKHOLE.display().text(), NexthopAttributes.BLACKHOLE.display().json(),
                nh.isBlackhole());
        if (nh.protocol() != RouteCodec.RTPROT_UNSPEC || options.details()) {
            String protocol = NameTable.PROTOCOLS.name(nh.protocol());
            out.field("proto " + protocol + " ", "protocol", protocol);
        }
        RouteFormatter.flags(out, nh.flags());
        if (nh.isFdb()) {
            // The last field, and the one ip writes without a space after it.
            out.field(NexthopAttributes.FDB.display().text(), NexthopAttributes.FDB.display().json(), DetailSink.JSON_NULL);
        }
    }

    /**
     * One bucket of a resilient group as {@code ip nexthop bucket} prints it: the group's id, the
     * bucket's index, idle time and nexthop (JSON object {@code bucket}), and the flags.
     */
    void writeBucket(NexthopBucket bucket, DetailSink out) {
        if (bucket.values().has(NexthopAttributes.ID)) {
            field(out, NexthopAttributes.ID.display(), Long.toString(bucket.groupId()), bucket.groupId());
        }
        AttributeValues b = bucket.values().get(NexthopAttributes.RES_BUCKET);
        if (b != null) {
            out.object(NexthopAttributes.RES_BUCKET.display().json(), () -> {
                Integer index = b.get(NexthopBucketAttributes.INDEX);
                if (index != null) {
                    field(out, NexthopBucketAttributes.INDEX.display(), index.toString(), index);
                }
                if (b.has(NexthopBucketAttributes.IDLE_TIME)) {
                    seconds(out, NexthopBucketAttributes.IDLE_TIME.display(), b.get(NexthopBucketAttributes.IDLE_TIME));
                }
                Long nhid = b.get(NexthopBucketAttributes.NH_ID);
                if (nhid != null) {
                    field(out, NexthopBucketAttributes.NH_ID.display(), nhid.toString(), nhid);
                }
            });
        }
        RouteFormatter.flags(out, bucket.flags());
    }

    /** {@code group 1/2,3 }: each member's id, and its weight when not 1; JSON {@code "group":[{"id":..,"weight":..}]}. */
    private static void group(DetailSink out, List<NexthopGroupMember> members) {
        Display d = NexthopAttributes.GROUP.display();
        out.field(d.text() + " ", null, null);
        out.array(d.json(), () -> {
            for (int i = 0; i < members.size(); i++) {
                NexthopGroupMember member = members.get(i);
                String separator = i == 0 ? "" : "/";
                out.object(null, () -> {
                    out.field(separator + member.id(), "id", member.id());
                    if (member.weight() != 1) {
                        out.field("," + member.weight(), "weight", member.weight());
                    }
                });
            }
        });
        out.field(" ", null, null);
    }

    /** {@code buckets N idle_timer S unbalanced_timer S unbalanced_time S }: every one, 0 when absent; JSON {@code "resilient_args":{..}}. */
    private static void resilientArgs(DetailSink out, AttributeValues args) {
        out.object(NexthopAttributes.RES_GROUP.display().json(), () -> {
            Integer buckets = args.get(ResilientGroupAttributes.BUCKETS);
            int count = buckets == null ? 0 : buckets;
            field(out, ResilientGroupAttributes.BUCKETS.display(), Integer.toString(count), count);
            seconds(out, ResilientGroupAttributes.IDLE_TIMER.display(), args.get(ResilientGroupAttributes.IDLE_TIMER));
            seconds(out, ResilientGroupAttributes.UNBALANCED_TIMER.display(),
                    args.get(ResilientGroupAttributes.UNBALANCED_TIMER));
            seconds(out, ResilientGroupAttributes.UNBALANCED_TIME.display(),
                    args.get(ResilientGroupAttributes.UNBALANCED_TIME));
        });
    }

    /** Hundredths of a second as ip's {@code print_tv} writes seconds: C's {@code %g} in both forms. */
    static void seconds(DetailSink out, Display d, Long ticks) {
        long value = ticks == null ? 0 : ticks;
        String text = RouteFormatter.cG(value / (double) USER_HZ);
        out.field(d.text() + " " + text + " ", d.json(), new BigDecimal(text));
    }
}
