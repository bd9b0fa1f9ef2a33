package io.jnetlink.examples.topology;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} in headless mode, taking screenshots of local files. Without it the
 * tests skip with the reason, except under {@code CI=true} (where {@code .ci/run} installs it),
 * where that is a failure. The flags keep it off the network (closed here) and, as root, out of
 * its sandbox.
 */
final class HeadlessChromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessChromium() {
    }

    /** Skips (or, in CI, fails) the calling test unless chromium is installed. */
    static void require() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String reason = BINARY + " is missing (apt-get install chromium)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + reason);
        }
        assumeTrue(false, "skipped: " + reason);
    }

    /**
     * Renders {@code page} in a {@code width} x {@code height} CSS-pixel window at scale 1 and
     * writes the screenshot to {@code png}; a fresh profile directory is used and removed.
     */
    static void screenshot(Path page, int width, int height, Path png) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("jnlt-chromium-");
        try {
            Files.deleteIfExists(png);
            Process chromium = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                    "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                    page.toAbsolutePath().toUri().toString()))
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            String log = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s:\n" + log);
            }
            if (chromium.exitValue() != 0 || !Files.isRegularFile(png)) {
                throw new AssertionError("chromium exit " + chromium.exitValue() + ", no " + png + ":\n" + log);
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
