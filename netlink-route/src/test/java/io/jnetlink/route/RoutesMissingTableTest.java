package io.jnetlink.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.routing.RouteCodec;
import org.junit.jupiter.api.Test;

/**
 * Which dump refusals a route listing takes for "no routes": only {@code ENOENT} on a dump
 * filtered by table (the kernel's "FIB table does not exist"); everything else is thrown.
 */
class RoutesMissingTableTest {
    private static NetlinkException refusal(int errno, String text) {
        return new NetlinkException("RTM_GETROUTE", errno, text, -1, -1, -1);
    }

    @Test
    void enoentOnATableFilteredDumpIsAMissingTable() {
        NetlinkException enoent = refusal(2, "ipv4: FIB table does not exist");
        assertTrue(Routes.isMissingTable(enoent, RouteCodec.RT_TABLE_MAIN));
        assertTrue(Routes.isMissingTable(enoent, RouteCodec.RT_TABLE_LOCAL));
        assertTrue(Routes.isMissingTable(refusal(2, "ipv6: FIB table does not exist"), 100));
        assertTrue(Routes.isMissingTable(refusal(2, null), 70000), "the extack text is not required");
    }

    @Test
    void nothingElseIsSwallowed() {
        assertFalse(Routes.isMissingTable(refusal(2, null), RouteCodec.RT_TABLE_UNSPEC),
                "ENOENT on a dump of every table is not a missing table");
        assertFalse(Routes.isMissingTable(refusal(22, "Invalid values in header for FIB dump request"),
                RouteCodec.RT_TABLE_MAIN));
        assertFalse(Routes.isMissingTable(refusal(1, null), RouteCodec.RT_TABLE_MAIN));
        assertFalse(Routes.isMissingTable(refusal(105, null), RouteCodec.RT_TABLE_MAIN));
    }
}
