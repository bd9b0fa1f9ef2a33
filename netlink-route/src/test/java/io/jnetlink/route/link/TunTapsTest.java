package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.TunTaps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tun and tap devices made, listed and removed through {@link TunTaps} in a throwaway namespace, checked against ip. */
class TunTapsTest {
    @Test
    void addsListsAndDeletesAsIpTuntapDoes() {
        try (TestNamespace ns = TestNamespace.create("tuntap"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            TunTaps tunTaps = rtnl.tunTaps();
            assertEquals("t1", tunTaps.add(TunTapRequest.of("t1", TunTapMode.TUN)));
            assertEquals("t2", tunTaps.add(TunTapRequest.of("t2", TunTapMode.TAP).withPacketInfo(true)
                    .withVnetHeader(true).withMultiQueue(true).withOneQueue(true).withOwner(1234).withGroup(99)));
            assertEquals("tap0", tunTaps.add(TunTapRequest.of(TunTapMode.TAP)));
            assertEquals("tap1", tunTaps.add(TunTapRequest.of(TunTapMode.TAP)));

            Map<String, TunTapDevice> devices = tunTaps.list().stream()
                    .collect(Collectors.toMap(TunTapDevice::name, Function.identity()));
            assertEquals(List.of("t1", "t2", "tap0", "tap1"), tunTaps.list().stream().map(TunTapDevice::name).toList());
            TunTapDevice t1 = devices.get("t1");
            assertEquals(TunTapMode.TUN, t1.mode());
            assertEquals(TunData.IFF_TUN | TunData.IFF_NO_PI | TunData.IFF_PERSIST, t1.flags());
            assertEquals(TunTapRequest.ANY, t1.owner());
            assertEquals(TunTapRequest.ANY, t1.group());
            TunTapDevice t2 = devices.get("t2");
            assertEquals(TunTapMode.TAP, t2.mode());
            assertEquals(TunData.IFF_TAP | TunData.IFF_ONE_QUEUE | TunData.IFF_VNET_HDR | TunData.IFF_MULTI_QUEUE
                    | TunData.IFF_PERSIST, t2.flags());
            assertEquals(1234, t2.owner());
            assertEquals(99, t2.group());
            assertEquals(rtnl.links().get("t2").ifindex(), t2.ifindex());

            // ip's own reading of the same namespace agrees
            String ip = Shell.run("ip", "-n", ns.name(), "tuntap", "show");
            assertTrue(ip.contains("t2: tap pi one_queue multi_queue vnet_hdr persist filter user 1234 group 99"), ip);

            // the link's own options say the same, as far as they go
            TunData data = (TunData) rtnl.links().get("t2").info().data();
            assertEquals(TunData.IFF_TAP, data.get(TunAttributes.TYPE));
            assertEquals(true, data.get(TunAttributes.PI));
            assertEquals(true, data.get(TunAttributes.VNET_HDR));
            assertEquals(true, data.get(TunAttributes.MULTI_QUEUE));
            assertEquals(true, data.get(TunAttributes.PERSIST));
            assertEquals(1234, data.get(TunAttributes.OWNER));
            assertEquals(99, data.get(TunAttributes.GROUP));
            assertEquals(false, ((TunData) rtnl.links().get("t1").info().data()).get(TunAttributes.PI));

            NetlinkException taken = assertThrows(NetlinkException.class,
                    () -> tunTaps.add(TunTapRequest.of("t1", TunTapMode.TUN)));
            assertTrue(taken.is(Errno.EBUSY), taken.getMessage());
            assertEquals("ioctl(TUNSETIFF)", taken.operation());

            NetlinkException otherMode = assertThrows(NetlinkException.class,
                    () -> tunTaps.delete(TunTapRequest.of("t1", TunTapMode.TAP)));
            assertTrue(otherMode.is(Errno.EINVAL), otherMode.getMessage());

            tunTaps.delete(TunTapRequest.of("t1", TunTapMode.TUN));
            tunTaps.delete(TunTapRequest.of("t2", TunTapMode.TAP).withMultiQueue(true));
            rtnl.links().delete("tap0");
            assertEquals(List.of("tap1"), tunTaps.list().stream().map(TunTapDevice::name).toList());
            assertFalse(rtnl.links().find("t2").isPresent());
        }
    }

    @Test
    void findsNoProcessAttachedToADeviceNobodyHolds() {
        try (TestNamespace ns = TestNamespace.create("tuntap"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            rtnl.tunTaps().add(TunTapRequest.of("lonely0", TunTapMode.TAP));
            List<IOException> unreadable = new ArrayList<>();
            assertEquals(List.of(), rtnl.tunTaps().attachedProcesses("lonely0", unreadable::add));
        }
    }

    /** In the caller's own namespace (read only here) the devices come from /sys as mounted, as ip reads them. */
    @Test
    void listsTheCallersOwnNamespaceAsIpDoes() {
        try (Rtnl rtnl = Rtnl.open()) {
            List<String> ip = Shell.run("ip", "tuntap", "show").lines().map(l -> l.substring(0, l.indexOf(':'))).toList();
            assertEquals(ip, rtnl.tunTaps().list().stream().map(TunTapDevice::name).toList());
        }
    }

    /**
     * A client opened on a thread that entered the namespace: the ioctls run right there, and the
     * flags still come from the namespace's own sysfs, not the process's /sys.
     */
    @Test
    void worksFromAThreadInsideTheNamespace() {
        try (TestNamespace ns = TestNamespace.create("tuntap")) {
            List<TunTapDevice> devices = ns.netns().call(() -> {
                try (Rtnl rtnl = Rtnl.open()) {
                    rtnl.tunTaps().add(TunTapRequest.of("inner0", TunTapMode.TAP).withOneQueue(true));
                    return rtnl.tunTaps().list();
                }
            });
            assertEquals(List.of("inner0"), devices.stream().map(TunTapDevice::name).toList());
            assertEquals(TunData.IFF_TAP | TunData.IFF_NO_PI | TunData.IFF_ONE_QUEUE | TunData.IFF_PERSIST,
                    devices.get(0).flags());
        }
    }

    @Test
    void refusesBadArgumentsBeforeAnySystemCall() {
        assertThrows(IllegalArgumentException.class, () -> TunTapRequest.of("much-too-long-name", TunTapMode.TUN));
        assertThrows(IllegalArgumentException.class, () -> TunTapRequest.of("a/b", TunTapMode.TAP));
        assertThrows(IllegalArgumentException.class, () -> TunTapRequest.of(TunTapMode.TAP).withOwner(-2));
        assertThrows(IllegalArgumentException.class, () -> TunTapRequest.of(TunTapMode.TAP).withGroup(0xffffffffL));
        assertThrows(NullPointerException.class, () -> TunTapRequest.of("t0", null));
        TunTapRequest request = TunTapRequest.of("t0", TunTapMode.TAP).withPacketInfo(true).withNapi(true);
        assertEquals(TunData.IFF_TAP | TunData.IFF_NAPI, request.flags());
        assertEquals(TunData.IFF_TUN | TunData.IFF_NO_PI, TunTapRequest.of(TunTapMode.TUN).flags());
    }
}
