package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.nexthop.Nexthop;
import io.jnetlink.route.nexthop.NexthopBucket;
import io.jnetlink.route.nexthop.NexthopBucketFilter;
import io.jnetlink.route.nexthop.NexthopCodec;
import io.jnetlink.route.nexthop.NexthopFilter;
import io.jnetlink.route.nexthop.NexthopRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Nexthop objects of one namespace: what {@code ip nexthop} shows and changes. Routes use them by
 * id ({@code RouteRequest.with(RouteAttributes.NH_ID, id)}). Obtained from {@link Rtnl#nexthops()};
 * safe to use from any thread.
 */
public final class Nexthops {
    private static final long MAX_ID = 0xffffffffL;

    private final Rtnl rtnl;

    Nexthops(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every nexthop, groups included ({@code ip nexthop}).
     *
     * @return the nexthops in id order; empty when there are none
     */
    public List<Nexthop> list() {
        return list(NexthopFilter.all());
    }

    /**
     * The nexthops {@code filter} selects; the kernel filters by device, master, family and groups,
     * the same filter is applied here to what comes back (and by protocol and FDB here alone).
     *
     * @param filter which nexthops; not null
     * @return the nexthops in id order; empty when none match
     */
    public List<Nexthop> list(NexthopFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<Nexthop> nexthops = new ArrayList<>();
        rtnl.dump(w -> NexthopCodec.writeDump(w, filter), DumpHandlers.only(MessageType.RTM_NEWNEXTHOP,
                DumpHandlers.collecting(NexthopCodec::decode, filter::test, nexthops)));
        return nexthops;
    }

    /**
     * The nexthop of id {@code id} ({@code ip nexthop get id ID}).
     *
     * @param id 1 to 2^32-1
     * @return the nexthop
     * @throws NetlinkException with {@code ENOENT} when there is none
     * @throws IllegalArgumentException for an id outside 1..2^32-1
     */
    public Nexthop get(long id) {
        Arguments.inRange(id, 1, MAX_ID, "nexthop id");
        Nexthop[] found = new Nexthop[1];
        rtnl.execute(w -> NexthopCodec.writeById(w, MessageType.RTM_GETNEXTHOP, id), message -> {
            if (message.type() == MessageType.RTM_NEWNEXTHOP) {
                found[0] = NexthopCodec.decode(message);
            }
            return true;
        });
        if (found[0] == null) {
            throw new IllegalStateException("the kernel acknowledged RTM_GETNEXTHOP without a nexthop");
        }
        return found[0];
    }

    /**
     * The nexthop of id {@code id}, when there is one.
     *
     * @param id 1 to 2^32-1
     * @return the nexthop, or empty when there is none
     */
    public Optional<Nexthop> find(long id) {
        try {
            return Optional.of(get(id));
        } catch (NetlinkException e) {
            if (e.is(Errno.ENOENT)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Adds a nexthop ({@code ip nexthop add}).
     *
     * @param request the nexthop; not null
     * @throws NetlinkException with {@code EEXIST} when the id is taken, {@code EINVAL} for an
     *                          incomplete or contradictory request (the kernel's message says which)
     */
    public void add(NexthopRequest request) {
        send(MessageType.RTM_NEWNEXTHOP, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Adds the nexthop or replaces the one with the same id ({@code ip nexthop replace}); routes
     * and groups using it follow.
     *
     * @param request the nexthop; not null
     */
    public void replace(NexthopRequest request) {
        send(MessageType.RTM_NEWNEXTHOP, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Deletes the nexthop of id {@code id} ({@code ip nexthop del id ID}); routes using it go with it,
     * and it leaves the groups it is in.
     *
     * @param id 1 to 2^32-1
     * @throws NetlinkException with {@code ENOENT} when there is none
     */
    public void delete(long id) {
        Arguments.inRange(id, 1, MAX_ID, "nexthop id");
        rtnl.execute(w -> NexthopCodec.writeById(w, MessageType.RTM_DELNEXTHOP, id), message -> true);
    }

    /**
     * Deletes {@code nexthop} as listed, by its id.
     *
     * @param nexthop a nexthop as {@link #list(NexthopFilter)} returned it; not null
     * @throws NetlinkException with {@code ENOENT} when it is gone
     */
    public void delete(Nexthop nexthop) {
        delete(Objects.requireNonNull(nexthop, "nexthop").id());
    }

    /**
     * Sends {@code request} as an {@code RTM_DELNEXTHOP}, header and attributes as they are (the
     * kernel wants the id alone): what {@code ip nexthop del ...} sends for its whole command line.
     *
     * @param request the request; not null
     * @throws NetlinkException with {@code ENOENT} when there is no such nexthop, {@code EINVAL}
     *                          for attributes beside the id
     */
    public void delete(NexthopRequest request) {
        send(MessageType.RTM_DELNEXTHOP, 0, request);
    }

    /**
     * Deletes every nexthop {@code filter} selects ({@code ip nexthop flush SELECTOR}); those the
     * kernel removed meanwhile (a group whose last member went, or by someone else) are skipped.
     *
     * @param filter which nexthops; not null, narrower than {@code NexthopFilter.all()} (as the other
     *               facets' flush needs a selector; flush groups, then each family, to remove all)
     * @return how many nexthops this call deleted, 0 or more
     * @throws IllegalArgumentException for {@code NexthopFilter.all()}
     */
    public int flush(NexthopFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): groups, a family, device, master or protocol");
        }
        return Deletions.deleteEach(list(filter), this::delete, Errno.ENOENT);
    }

    /**
     * The buckets of resilient groups {@code filter} selects ({@code ip nexthop bucket list}).
     *
     * @param filter which buckets; not null
     * @return the buckets, group by group in index order; empty when none match
     * @throws NetlinkException with {@code ENOENT} for a group id that does not exist, {@code EINVAL}
     *                          for one that is not a resilient group
     */
    public List<NexthopBucket> buckets(NexthopBucketFilter filter) {
        Objects.requireNonNull(filter, "filter");
        List<NexthopBucket> buckets = new ArrayList<>();
        rtnl.dump(w -> NexthopCodec.writeBucketDump(w, filter), DumpHandlers.only(MessageType.RTM_NEWNEXTHOPBUCKET,
                DumpHandlers.collecting(NexthopCodec::decodeBucket, filter::test, buckets)));
        return buckets;
    }

    /**
     * Bucket {@code index} of resilient group {@code id} ({@code ip nexthop bucket get id ID index N}).
     *
     * @param id    the group's id, 1 to 2^32-1
     * @param index the bucket's index, 0 to 65535
     * @return the bucket
     * @throws NetlinkException with {@code ENOENT} when there is no such group or bucket, {@code EINVAL}
     *                          for a nexthop that is not a resilient group
     */
    public NexthopBucket bucket(long id, int index) {
        Arguments.inRange(id, 1, MAX_ID, "nexthop id");
        Arguments.u16(index, "bucket index");
        NexthopBucket[] found = new NexthopBucket[1];
        rtnl.execute(w -> NexthopCodec.writeBucketGet(w, id, index), message -> {
            if (message.type() == MessageType.RTM_NEWNEXTHOPBUCKET) {
                found[0] = NexthopCodec.decodeBucket(message);
            }
            return true;
        });
        if (found[0] == null) {
            throw new IllegalStateException("the kernel acknowledged RTM_GETNEXTHOPBUCKET without a bucket");
        }
        return found[0];
    }

    private void send(int type, int flags, NexthopRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> NexthopCodec.write(w, type, flags, request), message -> true);
    }
}
