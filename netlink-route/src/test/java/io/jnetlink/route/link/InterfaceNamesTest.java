package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceNamesTest {
    @Test
    void acceptsNamesTheKernelAccepts() {
        for (String name : List.of("a", "eth0", "br-1.100", "fifteen-bytes-x", "veth_peer@x", "ümlaut")) {
            assertEquals(name, InterfaceNames.check(name));
        }
    }

    @Test
    void refusesEmptyLongSlashedSpacedAndDotNames() {
        for (String name : java.util.Arrays.asList(null, "", "sixteen-bytes-xx", "a/b", "a b", "a\tb", "a\nb", ".",
                "..", "eth0:1", "ümlaut-ümlaut-x")) {
            assertThrows(IllegalArgumentException.class, () -> InterfaceNames.check(name), String.valueOf(name));
        }
    }

    @Test
    void countsBytesNotCharacters() {
        assertEquals("ü".repeat(7) + "x", InterfaceNames.check("ü".repeat(7) + "x"));
        assertThrows(IllegalArgumentException.class, () -> InterfaceNames.check("ü".repeat(8)));
    }
}
