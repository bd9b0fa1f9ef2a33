package io.jnetlink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.route.link.LinkFilter;
import io.jnetlink.route.link.LinkView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The cursor benchmarks must read what the C yardstick reads: the Java walk and
 * {@code c/dumploop.c -a} (an independent implementation in C) must visit the same links and
 * fold the same attributes into the same checksum, in a throwaway namespace of ifb devices.
 */
class LinkAttributeWalkTest {
    private static final Pattern LINKS = Pattern.compile("links=(\\d+)");
    private static final Pattern CHECKSUM = Pattern.compile("checksum=(\\d+)");

    @Test
    void javaWalkAndCLoopFoldTheSameAttributesOfTheSameLinks() throws IOException {
        Privileges.requireNetAdmin();
        boolean haveCc = Shell.exec("sh", "-c", "command -v cc").exitCode() == 0;
        // CI installs gcc (.ci/run); elsewhere a machine without a compiler cannot run the C side.
        Assumptions.assumeTrue(haveCc || "true".equals(System.getenv("CI")), "no C compiler (cc) on this machine");
        Path dir = Files.createTempDirectory("dumploop");
        try (LinkNamespace namespace = LinkNamespace.create(5)) {
            Path binary = dir.resolve("dumploop");
            Shell.run("cc", "-O2", "-o", binary.toString(), Path.of("c", "dumploop.c").toString());
            String c = Shell.run("ip", "netns", "exec", namespace.name(), binary.toString(), "-a", "1");

            long[] java = new long[2];
            try (MessageWriter writer = new MessageWriter()) {
                LinkFilter.all().writeDump(writer, 0);
                namespace.rtnl().socket().dump(writer, message -> {
                    if (message.type() == MessageType.RTM_NEWLINK) {
                        java[0]++;
                        java[1] += LinkAttributeWalk.walk(message);
                    }
                    return true;
                });
            }
            assertEquals(namespace.linkCount(), java[0]);
            assertEquals(java[0], Long.parseLong(group(LINKS, c)), c);
            assertEquals(Long.toUnsignedString(java[1]), group(CHECKSUM, c), c);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void visitorWalkReadsWhatTheMessageWalkReads() {
        try (LinkNamespace namespace = createPrivileged(3)) {
            long[] sums = new long[3];
            LinkView view = new LinkView();
            try (MessageWriter writer = new MessageWriter()) {
                LinkFilter.all().writeDump(writer, 0);
                namespace.rtnl().socket().dump(writer, message -> {
                    if (message.type() == MessageType.RTM_NEWLINK) {
                        sums[0] += LinkAttributeWalk.walk(message);
                        sums[1] += LinkAttributeWalk.walk(view.wrap(message));
                        sums[2]++;
                    }
                    return true;
                });
            }
            assertEquals(4, sums[2]);
            assertTrue(sums[0] != 0, "the walk read something");
            assertEquals(sums[0], sums[1]);
        }
    }

    private static LinkNamespace createPrivileged(int ifbCount) {
        Privileges.requireNetAdmin();
        return LinkNamespace.create(ifbCount);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), () -> pattern + " not in: " + text);
        return m.group(1);
    }
}
