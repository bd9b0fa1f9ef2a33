package io.jnetlink.examples.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void sortsDigitRunsByValueAndTextByBytes() {
        List<String> names = new ArrayList<>(List.of("net10", "none", "net2", "bridge", "Net1", "net02", "docker_gwbridge"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("Net1", "bridge", "docker_gwbridge", "net2", "net02", "net10", "none"), names);
    }
}
