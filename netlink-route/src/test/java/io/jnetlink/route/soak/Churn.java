package io.jnetlink.route.soak;

import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.IfbData;
import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.routing.RouteRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Changes one namespace at random until a deadline: six link slots ({@code s0}..{@code s5}:
 * ifb, veth with peer {@code pN}, bridge, twice over) created, deleted, set up and down,
 * enslaved and released, given new MTUs; IPv4 addresses on them added and deleted; device,
 * gateway and blackhole routes added and deleted. It keeps no book of what exists, so a change
 * that does not apply (adding what is there, deleting what a cascade already removed, a route
 * over a link that is down) is refused by the kernel with one of {@link #NOT_APPLICABLE}: those
 * are counted, any other refusal fails the soak.
 */
final class Churn implements Runnable {
    /** Refusals that only say the change did not apply to the namespace as it was. */
    static final Set<Errno> NOT_APPLICABLE = EnumSet.of(Errno.EEXIST, Errno.ENODEV, Errno.ESRCH,
            Errno.EADDRNOTAVAIL, Errno.ENETDOWN, Errno.ENETUNREACH);

    private static final int SLOTS = 6;
    private static final int METRICS = 4;

    private final Rtnl rtnl;
    private final Random random;
    private final long deadlineNanos;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong notApplicable = new AtomicLong();

    Churn(Rtnl rtnl, long seed, long deadlineNanos) {
        this.rtnl = rtnl;
        this.random = new Random(seed);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
        while (System.nanoTime() - deadlineNanos < 0) {
            try {
                change(random.nextInt(SLOTS), random.nextInt(100));
                applied.incrementAndGet();
            } catch (NetlinkException e) {
                if (!NOT_APPLICABLE.contains(e.errno())) {
                    throw e;
                }
                notApplicable.incrementAndGet();
            }
        }
    }

    /** Changes the kernel accepted. */
    long applied() {
        return applied.get();
    }

    /** Changes refused as not applicable. */
    long notApplicable() {
        return notApplicable.get();
    }

    private void change(int slot, int choice) {
        String name = "s" + slot;
        if (choice < 12) {
            addLink(slot, name);
        } else if (choice < 20) {
            rtnl.links().delete(name);
        } else if (choice < 35) {
            rtnl.links().change(LinkRequest.of(name).withUp());
            if (isVeth(slot)) {
                rtnl.links().change(LinkRequest.of("p" + slot).withUp());
            }
        } else if (choice < 42) {
            rtnl.links().change(LinkRequest.of(name).withDown());
        } else if (choice < 58) {
            rtnl.addresses().add(address(slot, name));
        } else if (choice < 68) {
            rtnl.addresses().delete(address(slot, name));
        } else if (choice < 78) {
            rtnl.routes().add(deviceRoute(slot, name));
        } else if (choice < 84) {
            rtnl.routes().delete(deviceRoute(slot, name));
        } else if (choice < 88) {
            gatewayRoute(slot, choice % 2 == 0);
        } else if (choice < 93) {
            enslave(slot, name, choice % 2 == 0);
        } else if (choice < 96) {
            rtnl.links().change(LinkRequest.of(name).withMtu(1280 + random.nextInt(221)));
        } else {
            blackholeRoute(choice % 2 == 0);
        }
    }

    private static boolean isVeth(int slot) {
        return slot % 3 == 1;
    }

    private static boolean isBridge(int slot) {
        return slot % 3 == 2;
    }

    private void addLink(int slot, String name) {
        if (isVeth(slot)) {
            rtnl.links().add(LinkRequest.of(name).withData(VethData.of("p" + slot, null)));
        } else if (isBridge(slot)) {
            rtnl.links().add(LinkRequest.of(name).withData(BridgeData.of()));
        } else {
            rtnl.links().add(LinkRequest.of(name).withData(IfbData.INSTANCE));
        }
    }

    /** One of four addresses in 10.(slot+1).0.0/24. */
    private AddressRequest address(int slot, String name) {
        return AddressRequest.of(rtnl.links().get(name).ifindex(), ip(10, slot + 1, 0, 1 + random.nextInt(4)), 24);
    }

    private RouteRequest deviceRoute(int slot, String name) {
        int metric = random.nextInt(METRICS);
        return RouteRequest.to(ip(10, 200, slot * METRICS + metric, 0), 24)
                .withIfindex(rtnl.links().get(name).ifindex()).withPriority(metric);
    }

    /** 10.210.slot.0/24 via 10.(slot+1).0.254: only while an address of that subnet is on a link that is up. */
    private void gatewayRoute(int slot, boolean add) {
        RouteRequest route = RouteRequest.to(ip(10, 210, slot, 0), 24);
        if (add) {
            rtnl.routes().add(route.withGateway(ip(10, slot + 1, 0, 254)));
        } else {
            rtnl.routes().delete(route);
        }
    }

    private void enslave(int slot, String name, boolean toBridge) {
        if (isBridge(slot)) {
            return;
        }
        if (toBridge) {
            rtnl.links().change(LinkRequest.of(name).withMasterIfindex(rtnl.links().get("s" + (random.nextBoolean() ? 2 : 5)).ifindex()));
        } else {
            rtnl.links().change(LinkRequest.of(name).withNoMaster());
        }
    }

    private void blackholeRoute(boolean add) {
        RouteRequest route = RouteRequest.to(ip(10, 220, random.nextInt(4), 0), 24).withType(RouteCodec.RTN_BLACKHOLE);
        if (add) {
            rtnl.routes().add(route);
        } else {
            rtnl.routes().delete(route);
        }
    }

    private static InetAddress ip(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
