package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor} against {@code ip monitor}, both watching the same namespace while it changes. */
class MonitorOutputTest {
    private static final String[] OBJECTS = {"link", "address", "route", "neigh"};

    @Test
    void printsTheSameLinesAsIpMonitorForLinkAddressRouteAndNeighbourChanges(@TempDir Path dir) throws Exception {
        try (TestNamespace ns = TestNamespace.create("mon")) {
            String n = ns.name();
            Path realOut = dir.resolve("ip.txt");
            Path oursOut = dir.resolve("jnl.txt");
            Process real = start(List.of("ip", "-n", n, "monitor", OBJECTS[0], OBJECTS[1], OBJECTS[2], OBJECTS[3]), realOut);
            Process ours = start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "-n", n, "monitor",
                    OBJECTS[0], OBJECTS[1], OBJECTS[2], OBJECTS[3]), oursOut);
            try {
                // Toggle lo until both monitors have printed something: then both are subscribed.
                int warmUp = 0;
                while (lines(realOut) == 0 || lines(oursOut) == 0) {
                    Shell.run("ip", "-n", n, "link", "set", "lo", warmUp++ % 2 == 0 ? "up" : "down");
                    Thread.sleep(200);
                    if (warmUp > 100) {
                        throw new AssertionError("monitors did not start: " + read(oursOut));
                    }
                }
                Shell.run("ip", "-n", n, "link", "set", "lo", "up");
                waitUntilSettled(realOut, oursOut);
                int skipReal = lines(realOut);
                int skipOurs = lines(oursOut);
                change(n);
                waitUntilSettled(realOut, oursOut);
                List<String> expected = Files.readAllLines(realOut).subList(skipReal, lines(realOut));
                List<String> actual = Files.readAllLines(oursOut).subList(skipOurs, lines(oursOut));
                assertFalse(expected.isEmpty());
                assertEquals(String.join("\n", expected), String.join("\n", actual));
            } finally {
                real.destroy();
                ours.destroy();
                real.waitFor();
                ours.waitFor();
            }
        }
    }

    private static void change(String n) {
        String[][] steps = {
            {"ip", "-n", n, "link", "add", "br9", "type", "bridge"},
            {"ip", "-n", n, "link", "add", "v1", "type", "veth", "peer", "name", "v2"},
            {"ip", "-n", n, "link", "set", "v1", "master", "br9"},
            {"ip", "-n", n, "link", "set", "br9", "up"},
            {"ip", "-n", n, "link", "set", "v1", "up"},
            {"ip", "-n", n, "addr", "add", "10.9.0.1/24", "dev", "br9"},
            {"ip", "-n", n, "addr", "add", "2001:db8::9/64", "dev", "br9", "nodad"},
            {"ip", "-n", n, "route", "add", "10.8.0.0/16", "via", "10.9.0.2"},
            {"ip", "-n", n, "neigh", "add", "10.9.0.7", "lladdr", "02:00:00:00:00:07", "dev", "br9"},
            {"ip", "-n", n, "link", "set", "v1", "nomaster"}, // the bridge's AF_BRIDGE RTM_DELLINK for its port
            {"ip", "-n", n, "addr", "add", "10.7.0.1/24", "dev", "v1"}, // still named v1 after that
            {"ip", "-n", n, "route", "del", "10.8.0.0/16"},
            {"ip", "-n", n, "addr", "del", "10.9.0.1/24", "dev", "br9"},
            {"ip", "-n", n, "link", "del", "v1"},
        };
        for (String[] step : steps) {
            Shell.run(step);
        }
    }

    private static Process start(List<String> command, Path output) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(new File("/dev/null")).start();
    }

    /** Waits until both files stop growing (at most 20 s). */
    private static void waitUntilSettled(Path a, Path b) throws Exception {
        int stable = 0;
        int lastA = -1;
        int lastB = -1;
        for (int round = 0; round < 100 && stable < 3; round++) {
            Thread.sleep(200);
            int la = lines(a);
            int lb = lines(b);
            stable = la == lastA && lb == lastB ? stable + 1 : 0;
            lastA = la;
            lastB = lb;
        }
    }

    private static int lines(Path file) throws IOException {
        return Files.readAllLines(file).size();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
