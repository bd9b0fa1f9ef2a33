package io.jnetlink.route.address;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which addresses {@code Addresses.list(filter)}, {@code forEach} and {@code flush} select: start
 * from {@link #all()} and narrow with the {@code withX} copies,
 * {@code AddressFilter.all().withFamily(AF_INET).withIfindex(3)}. The kernel filters by family
 * and interface (under strict checking, the client's default); the library checks every
 * criterion again, so the result is the same either way.
 *
 * @param family  {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
 * @param ifindex the interface, or 0 for every interface
 * @param scope   an {@code RT_SCOPE_*} value, or -1 for every scope
 */
public record AddressFilter(int family, int ifindex, int scope) {
    private static final AddressFilter ALL = new AddressFilter(AddressFamily.AF_UNSPEC, 0, -1);

    /**
     * Checks the criteria.
     *
     * @param family  {@code AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC}
     * @param ifindex an interface index, or 0 for every interface
     * @param scope   0 to 255, or -1 for every scope
     * @throws IllegalArgumentException for another family, a negative index or a scope out of range
     */
    public AddressFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("address family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.ifindexFilter(ifindex);
        if (scope != -1) {
            Arguments.u8(scope, "scope");
        }
    }

    /** {@return the filter that selects every address} */
    public static AddressFilter all() {
        return ALL;
    }

    /**
     * Only addresses of {@code family} ({@code ip -4 addr}, {@code ip -6 addr}).
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @return a copy with that criterion
     */
    public AddressFilter withFamily(int family) {
        return new AddressFilter(family, ifindex, scope);
    }

    /**
     * Only addresses on interface {@code ifindex} ({@code ip addr show dev D}).
     *
     * @param ifindex the interface's index, greater than 0, or 0 for every interface
     * @return a copy with that criterion
     */
    public AddressFilter withIfindex(int ifindex) {
        return new AddressFilter(family, ifindex, scope);
    }

    /**
     * Only addresses of scope {@code scope} ({@code ip addr show scope link}).
     *
     * @param scope an {@code RT_SCOPE_*} value, 0 to 255, or -1 for every scope
     * @return a copy with that criterion
     */
    public AddressFilter withScope(int scope) {
        return new AddressFilter(family, ifindex, scope);
    }

    /** {@return true when this filter selects every address} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Whether the filter selects {@code address}.
     *
     * @param address an address as the kernel reported it; not null
     * @return true when every criterion holds
     */
    public boolean test(Address address) {
        return test(address.family(), address.ifindex(), address.scope());
    }

    /**
     * Whether the filter selects an address with these header fields (for views, without a record).
     *
     * @param family  {@code ifa_family}
     * @param ifindex {@code ifa_index}
     * @param scope   {@code ifa_scope}
     * @return true when every criterion holds
     */
    public boolean test(int family, int ifindex, int scope) {
        return (this.family == AddressFamily.AF_UNSPEC || this.family == family)
                && (this.ifindex == 0 || this.ifindex == ifindex) && (this.scope == -1 || this.scope == scope);
    }
}
