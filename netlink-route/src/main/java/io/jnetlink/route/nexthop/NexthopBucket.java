package io.jnetlink.route.nexthop;

import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.util.Objects;

/**
 * One bucket of a resilient nexthop group as the kernel reports it ({@code RTM_NEWNEXTHOPBUCKET},
 * {@code ip nexthop bucket}): the {@code nhmsg} header's family and flags, and the
 * {@link NexthopAttributes}: the group's {@link NexthopAttributes#ID} and the bucket itself,
 * {@link NexthopAttributes#RES_BUCKET} ({@link NexthopBucketAttributes}).
 *
 * @param family {@code nh_family}
 * @param flags  {@code nh_flags}: {@code RTNH_F_*} bits ({@code offload}, {@code trap})
 * @param values the attributes, of {@link NexthopAttributes#SET}
 */
public record NexthopBucket(int family, int flags, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are nexthop attributes.
     *
     * @param family {@code nh_family}
     * @param flags  {@code nh_flags}
     * @param values the attributes, of {@link NexthopAttributes#SET}; not null
     */
    public NexthopBucket {
        if (Objects.requireNonNull(values, "values").set() != NexthopAttributes.SET) {
            throw new IllegalArgumentException("a nexthop bucket holds NHA attributes, not " + values.set());
        }
    }

    /** {@return the id of the group the bucket belongs to; 0 when absent} */
    public long groupId() {
        Long id = values.get(NexthopAttributes.ID);
        return id == null ? 0 : id;
    }

    /** {@return the bucket's attributes, of {@link NexthopBucketAttributes#SET}; empty when absent} */
    public AttributeValues bucket() {
        AttributeValues bucket = values.get(NexthopAttributes.RES_BUCKET);
        return bucket == null ? NexthopBucketAttributes.SET.empty() : bucket;
    }

    /** {@return the bucket's index in its group, {@link NexthopBucketAttributes#INDEX}; -1 when absent} */
    public int index() {
        Integer index = bucket().get(NexthopBucketAttributes.INDEX);
        return index == null ? -1 : index;
    }

    /** {@return the id of the nexthop the bucket sends to, {@link NexthopBucketAttributes#NH_ID}; 0 when absent} */
    public long nexthopId() {
        Long id = bucket().get(NexthopBucketAttributes.NH_ID);
        return id == null ? 0 : id;
    }
}
