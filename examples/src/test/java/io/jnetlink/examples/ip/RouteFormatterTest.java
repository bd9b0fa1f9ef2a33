package io.jnetlink.examples.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number forms of {@code print_rta_metrics} that C's printf gives and Java's does not. */
class RouteFormatterTest {
    @Test
    void secondsAreWrittenAsCsPercentG() {
        assertEquals("1", RouteFormatter.cG(1.0));
        assertEquals("2.5", RouteFormatter.cG(2.5));
        assertEquals("1234.57", RouteFormatter.cG(1234.567));
        assertEquals("123457", RouteFormatter.cG(123456.7));
        assertEquals("4.29497e+06", RouteFormatter.cG(4294967.295));
        assertEquals("0.0001", RouteFormatter.cG(0.0001));
        assertEquals("1e-05", RouteFormatter.cG(0.00001));
    }
}
