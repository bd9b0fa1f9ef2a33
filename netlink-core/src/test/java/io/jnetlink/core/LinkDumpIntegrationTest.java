package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.TestNamespace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 1,000-link dump from a fresh namespace, read with cursors only, against {@code ip -o link show}. */
class LinkDumpIntegrationTest {
    private static final int LINKS = 1000;
    private static final int REPEATS = 7;

    @Test
    void cursorDumpOfAThousandLinksMatchesIpAndReportsThroughput() {
        try (TestNamespace ns = TestNamespace.create("dump1k");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter request = new MessageWriter()) {
            Links.addIfbs(ns.name(), "ifb", 0, LINKS);

            List<String> ours = Links.dumpNames(socket);
            assertEquals(LINKS + 1, ours.size(), "lo and the ifbs");
            assertEquals(Links.ipNames(ns.name()), ours);

            // Throughput: the handler touches every attribute and reads name and mtu in place,
            // allocating nothing per link.
            long best = Long.MAX_VALUE;
            int[] seen = new int[1];
            long[] mtuSum = new long[1];
            for (int r = 0; r < REPEATS; r++) {
                seen[0] = 0;
                mtuSum[0] = 0;
                long start = System.nanoTime();
                socket.dump(Links.dumpRequest(request), message -> {
                    if (message.type() == MessageType.RTM_NEWLINK) {
                        AttributeCursor attrs = message.attributes(IFINFOMSG_SIZE);
                        while (attrs.next()) {
                            if (attrs.type() == IFLA_MTU) {
                                mtuSum[0] += attrs.u32();
                            } else if (attrs.type() == IFLA_IFNAME && attrs.stringEquals("lo")) {
                                mtuSum[0] -= 65536; // lo's mtu is not part of the sum below
                            }
                        }
                        seen[0]++;
                    }
                    return true;
                });
                best = Math.min(best, System.nanoTime() - start);
                assertEquals(LINKS + 1, seen[0]);
                assertEquals(1500L * LINKS, mtuSum[0], "every ifb has mtu 1500");
            }
            long ipStart = System.nanoTime();
            Links.ipNames(ns.name());
            long ip = System.nanoTime() - ipStart;
            System.out.printf("cursor dump of %d links: best of %d %.2f ms = %.0f links/s "
                            + "(ip -o link show, process start included: %.2f ms)%n",
                    LINKS + 1, REPEATS, best / 1e6, (LINKS + 1) / (best / 1e9), ip / 1e6);
        }
    }
}
