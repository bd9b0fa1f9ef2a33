package io.jnetlink.route.nexthop;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which buckets of resilient groups {@code Nexthops.buckets(filter)} selects ({@code ip nexthop
 * bucket list}): {@code NexthopBucketFilter.all().withGroupId(10)}. The kernel filters; the
 * library applies the group and nexthop ids to what comes back as well. Family, device and master
 * are those of the nexthop a bucket sends to, which a {@link NexthopBucket} does not say: the
 * kernel alone checks them.
 *
 * @param family        {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for any
 * @param ifindex       the device of the bucket's nexthop, or 0 for any
 * @param masterIfindex the master of that device, or 0 for any
 * @param groupId       the group, or 0 for every resilient group ({@code id ID}; the kernel refuses
 *                      an id that is not a resilient group)
 * @param nexthopId     the nexthop the buckets send to, or 0 for any ({@code nhid ID})
 */
public record NexthopBucketFilter(int family, int ifindex, int masterIfindex, long groupId, long nexthopId) {
    private static final NexthopBucketFilter ALL = new NexthopBucketFilter(AddressFamily.AF_UNSPEC, 0, 0, 0, 0);

    /**
     * Checks the fields.
     *
     * @param family        {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC}
     * @param ifindex       an interface index, or 0
     * @param masterIfindex an interface index, or 0
     * @param groupId       0 to 2^32-1
     * @param nexthopId     0 to 2^32-1
     * @throws IllegalArgumentException when a field is out of range
     */
    public NexthopBucketFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("nexthop family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.ifindexFilter(ifindex);
        Arguments.ifindexFilter(masterIfindex);
        Arguments.u32(groupId, "group id");
        Arguments.u32(nexthopId, "nexthop id");
    }

    /** {@return the filter that selects every bucket of every resilient group} */
    public static NexthopBucketFilter all() {
        return ALL;
    }

    /**
     * Only buckets sending to nexthops of {@code family}.
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for any
     * @return the narrowed filter
     */
    public NexthopBucketFilter withFamily(int family) {
        return new NexthopBucketFilter(family, ifindex, masterIfindex, groupId, nexthopId);
    }

    /**
     * Only buckets sending through device {@code ifindex} ({@code dev D}).
     *
     * @param ifindex an interface index, or 0 for any
     * @return the narrowed filter
     */
    public NexthopBucketFilter withIfindex(int ifindex) {
        return new NexthopBucketFilter(family, ifindex, masterIfindex, groupId, nexthopId);
    }

    /**
     * Only buckets sending through a device enslaved to {@code masterIfindex} ({@code master D}).
     *
     * @param masterIfindex an interface index, or 0 for any
     * @return the narrowed filter
     */
    public NexthopBucketFilter withMasterIfindex(int masterIfindex) {
        return new NexthopBucketFilter(family, ifindex, masterIfindex, groupId, nexthopId);
    }

    /**
     * Only the buckets of group {@code groupId} ({@code id ID}).
     *
     * @param groupId a resilient group's id, or 0 for every group
     * @return the narrowed filter
     */
    public NexthopBucketFilter withGroupId(long groupId) {
        return new NexthopBucketFilter(family, ifindex, masterIfindex, groupId, nexthopId);
    }

    /**
     * Only the buckets sending to nexthop {@code nexthopId} ({@code nhid ID}).
     *
     * @param nexthopId a nexthop's id, or 0 for any
     * @return the narrowed filter
     */
    public NexthopBucketFilter withNexthopId(long nexthopId) {
        return new NexthopBucketFilter(family, ifindex, masterIfindex, groupId, nexthopId);
    }

    /**
     * Whether {@code bucket} passes the group and nexthop ids (the rest is the kernel's).
     *
     * @param bucket a bucket; not null
     * @return true when the ids the filter sets match
     */
    public boolean test(NexthopBucket bucket) {
        return (groupId == 0 || bucket.groupId() == groupId) && (nexthopId == 0 || bucket.nexthopId() == nexthopId);
    }
}
