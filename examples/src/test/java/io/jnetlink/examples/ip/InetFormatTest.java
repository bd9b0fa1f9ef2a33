package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.route.AddressFamily;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class InetFormatTest {
    private static String v6(String text) throws UnknownHostException {
        return InetFormat.ntop(AddressFamily.AF_INET6, InetAddress.getByName(text));
    }

    @Test
    void compressesTheFirstLongestZeroRunAsGlibcDoes() throws UnknownHostException {
        // Expected values are glibc inet_ntop's (checked with Python's socket.inet_ntop on this machine).
        assertEquals("2001:db8::1", v6("2001:db8:0:0:0:0:0:1"));
        assertEquals("::1", v6("0:0:0:0:0:0:0:1"));
        assertEquals("::", v6("0:0:0:0:0:0:0:0"));
        assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1"));
        assertEquals("1:0:0:2::3", v6("1:0:0:2:0:0:0:3"));
        assertEquals("1::", v6("1:0:0:0:0:0:0:0"));
        assertEquals("0:0:1::", v6("0:0:1:0:0:0:0:0"));
        assertEquals("1:0:2:3:4:5:6:7", v6("1:0:2:3:4:5:6:7"));
        assertEquals("fe80::405c:cff:fea3:75b0", v6("fe80:0:0:0:405c:cff:fea3:75b0"));
    }

    @Test
    void writesEmbeddedIpv4Dotted() throws UnknownHostException {
        assertEquals("::ffff:1.2.3.4", v6("::ffff:1.2.3.4"));
        assertEquals("::1.2.3.4", v6("::1.2.3.4"));
        assertEquals("10.0.0.1", InetFormat.ntop(AddressFamily.AF_INET, InetAddress.getByName("10.0.0.1")));
    }

    @Test
    void takesTheFamilyFromTheAddressWhenNoneIsGiven() throws UnknownHostException {
        assertEquals("192.168.246.195", InetFormat.ntop(InetAddress.getByName("192.168.246.195")));
        assertEquals("fd00::2", InetFormat.ntop(InetAddress.getByName("fd00:0:0:0:0:0:0:2")));
    }
}
