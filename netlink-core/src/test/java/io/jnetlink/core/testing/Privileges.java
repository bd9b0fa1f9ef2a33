package io.jnetlink.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gate for tests that need root with CAP_NET_ADMIN and CAP_SYS_ADMIN: they are skipped with the
 * reason when those are missing, except under {@code CI=true}, where a missing privilege fails.
 */
public final class Privileges {
    private static final long CAP_NET_ADMIN = 1L << 12;
    private static final long CAP_SYS_ADMIN = 1L << 21;

    private Privileges() {
    }

    /** Skips (or, in CI, fails) the calling test unless it may create namespaces and links. */
    public static void requireNetAdmin() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + missing + ": kernel integration tests must run in CI");
        }
        assumeTrue(false, "skipped: " + missing + " (run as root to include kernel integration tests)");
    }

    private static String missing() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    long caps = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    if ((caps & CAP_NET_ADMIN) == 0) {
                        return "CAP_NET_ADMIN is missing";
                    }
                    if ((caps & CAP_SYS_ADMIN) == 0) {
                        return "CAP_SYS_ADMIN is missing";
                    }
                    return null;
                }
            }
            return "no CapEff line in /proc/self/status";
        } catch (IOException e) {
            return "cannot read /proc/self/status: " + e.getMessage();
        }
    }
}
