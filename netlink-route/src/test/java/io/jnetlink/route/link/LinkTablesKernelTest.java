package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.route.testing.KernelHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The link tables against the kernel's own header: every row the installed if_link.h names has
 * the header's number, every attribute of the header is a row (or one of those the tables skip on
 * purpose), and rows the header lacks come from newer kernels (numbers past its last one).
 */
class LinkTablesKernelTest {

    private static void assertTableMatches(AttributeSet set, String first, Set<String> skipped) {
        Map<String, Integer> header = KernelHeaders.enumValues("if_link.h", first);
        int last = Collections.max(header.values());
        for (Attribute<?> row : set.attributes()) {
            Integer number = header.get(row.name());
            if (number != null) {
                assertEquals(number, row.type(), row.name());
            } else {
                assertTrue(row.type() > last, row.name() + " is not in the header, yet numbered inside its range");
            }
        }
        List<String> missing = header.keySet().stream()
                .filter(name -> !name.equals(first) && !name.startsWith("__") && !skipped.contains(name))
                .filter(name -> set.attributes().stream().noneMatch(row -> row.name().equals(name)))
                .toList();
        assertEquals(List.of(), missing, "attributes of if_link.h without a row");
    }

    @Test
    void linkAttributesCoverIfLinkH() {
        // IFLA_IF_NETNSID is the header's old name of IFLA_TARGET_NETNSID; STATS and PAD are skipped.
        assertTableMatches(LinkAttributes.SET, "IFLA_UNSPEC", Set.of("IFLA_STATS", "IFLA_PAD", "IFLA_IF_NETNSID"));
    }

    @Test
    void linkInfoAttributesCoverIfLinkH() {
        assertTableMatches(LinkInfoAttributes.SET, "IFLA_INFO_UNSPEC", Set.of());
    }

    @Test
    void bridgeAttributesCoverIfLinkH() {
        assertTableMatches(BridgeAttributes.SET, "IFLA_BR_UNSPEC", Set.of("IFLA_BR_PAD"));
    }

    @Test
    void bridgePortAttributesCoverIfLinkH() {
        assertTableMatches(BridgePortAttributes.SET, "IFLA_BRPORT_UNSPEC", Set.of("IFLA_BRPORT_PAD"));
    }

    @Test
    void missingKindTablesCoverIfLinkH() {
        assertTableMatches(IpvlanAttributes.SET, "IFLA_IPVLAN_UNSPEC", Set.of());
        assertTableMatches(VrfAttributes.SET, "IFLA_VRF_UNSPEC", Set.of());
        assertTableMatches(VrfPortAttributes.SET, "IFLA_VRF_PORT_UNSPEC", Set.of());
        assertTableMatches(BondAttributes.SET, "IFLA_BOND_UNSPEC", Set.of());
        assertTableMatches(BondSlaveAttributes.SET, "IFLA_BOND_SLAVE_UNSPEC", Set.of());
        assertTableMatches(BondAdInfoAttributes.SET, "IFLA_BOND_AD_INFO_UNSPEC", Set.of());
        assertTableMatches(VlanAttributes.SET, "IFLA_VLAN_UNSPEC", Set.of());
    }
}
