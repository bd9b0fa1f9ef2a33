package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Links;
import io.jnetlink.route.Rtnl;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The source addresses of a macvlan in mode source, managed with {@link MacvlanData#withSources},
 * {@code withSourceAdded}, {@code withSourceDeleted} and {@code withSourcesFlushed}, read back with
 * {@link MacvlanData#sources()} and with ip.
 */
class MacvlanSourcesTest {
    private static final MacAddress A = MacAddress.parse("02:00:00:00:00:0a");
    private static final MacAddress B = MacAddress.parse("02:00:00:00:00:0b");
    private static final MacAddress C = MacAddress.parse("02:00:00:00:00:0c");

    @Test
    void sourceAddressesAreSetAddedDeletedAndFlushed() {
        try (TestNamespace ns = TestNamespace.create("mvsrc"); Rtnl rtnl = Rtnl.open(ns.netns())) {
            Links links = rtnl.links();
            links.add(LinkRequest.of("low").withData(VethData.of("lowp", null)));
            int low = links.get("low").ifindex();
            links.add(LinkRequest.of("src0").withLinkIfindex(low)
                    .withData(MacvlanData.of(MacvlanData.MACVLAN_MODE_SOURCE).withSources(List.of(A, B))));
            assertEquals(Set.of(A, B), Set.copyOf(sources(links)));
            String ip = Shell.run("ip", "-n", ns.name(), "-d", "link", "show", "src0");
            assertTrue(ip.contains("remotes (2)") && ip.contains("02:00:00:00:00:0a") && ip.contains("02:00:00:00:00:0b"), ip);

            links.change(LinkRequest.of("src0").withData(MacvlanData.of().withSourceAdded(C)));
            assertEquals(Set.of(A, B, C), Set.copyOf(sources(links)));
            links.change(LinkRequest.of("src0").withData(MacvlanData.of().withSourceDeleted(A)));
            assertEquals(Set.of(B, C), Set.copyOf(sources(links)));
            links.change(LinkRequest.of("src0").withData(MacvlanData.of().withSources(List.of(A))));
            assertEquals(List.of(A), sources(links));
            links.change(LinkRequest.of("src0").withData(MacvlanData.of().withSourcesFlushed()));
            assertEquals(List.of(), sources(links));

            links.add(LinkRequest.of("br0").withLinkIfindex(low).withData(MacvlanData.of(MacvlanData.MACVLAN_MODE_BRIDGE)));
            NetlinkException e = assertThrows(NetlinkException.class,
                    () -> links.change(LinkRequest.of("br0").withData(MacvlanData.of().withSourceAdded(A))));
            assertTrue(e.is(Errno.EINVAL), e.getMessage());
        }
    }

    @Test
    void addressesOfAnotherLengthAreRefusedBeforeAnythingIsSent() {
        MacAddress shortAddress = MacAddress.of(new byte[] {2, 0, 0, 0});
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.of().withSourceAdded(shortAddress));
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.of().withSourceDeleted(shortAddress));
        assertThrows(IllegalArgumentException.class, () -> MacvlanData.of().withSources(List.of(A, shortAddress)));
    }

    @Test
    void theCommandsEncodeAsIpOrdersThem() {
        assertEquals(MacvlanData.of().with(MacvlanAttributes.MACADDR_MODE, MacvlanData.MACVLAN_MACADDR_SET)
                .with(MacvlanAttributes.MACADDR_DATA, List.of(A, B)), MacvlanData.of().withSources(List.of(A, B)));
        assertEquals(MacvlanData.of().with(MacvlanAttributes.MACADDR_MODE, MacvlanData.MACVLAN_MACADDR_DEL)
                .with(MacvlanAttributes.MACADDR, C), MacvlanData.of().withSourceDeleted(C));
        assertEquals(List.of(), MacvlanData.of().sources());
    }

    private static List<MacAddress> sources(Links links) {
        return ((MacvlanData) links.get("src0").info().data()).sources();
    }
}
