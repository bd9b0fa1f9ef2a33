package io.jnetlink.route.soak;

import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.internal.PlatformDependent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the process holds at one moment: open descriptors ({@code /proc/self/fd}, number to
 * target), live threads (id to name) and native memory: what netty has handed out (the unpooled
 * allocator's count, which every library buffer goes through, and netty's process-wide count,
 * -1 when netty does not track it on this JVM) and the JVM's direct buffer pool.
 *
 * <p>Threads of the JDK's process-reaper pool are set aside when comparing: they wait for the
 * {@code ip} processes the test runs and linger up to a minute after the last one ends, so
 * whether one is alive says nothing about the library.
 */
record ResourceUsage(Map<Integer, String> descriptors, Map<Long, String> threads, long directMemory,
                     long platformDirectMemory, long jvmDirectMemory) {
    private static final Path FD_DIR = Path.of("/proc/self/fd");
    private static final String PROCESS_REAPER = "process reaper";

    static ResourceUsage capture() {
        Map<Long, String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .collect(Collectors.toMap(Thread::getId, Thread::getName, (a, b) -> a, TreeMap::new));
        return new ResourceUsage(openDescriptors(), threads,
                UnpooledByteBufAllocator.DEFAULT.metric().usedDirectMemory(), PlatformDependent.usedDirectMemory(),
                readJvmDirectMemory());
    }

    /** Bytes of the JVM's direct buffers, where netty's buffers live when it does not count them itself. */
    private static long readJvmDirectMemory() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    private static Map<Integer, String> openDescriptors() {
        Map<Integer, String> fds = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(FD_DIR)) {
            for (Path entry : entries) {
                fds.put(Integer.parseInt(entry.getFileName().toString()), target(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The directory stream's own descriptor was open while listing; it is closed now.
        fds.keySet().removeIf(fd -> !Files.exists(FD_DIR.resolve(Integer.toString(fd)), LinkOption.NOFOLLOW_LINKS));
        return fds;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "(gone)";
        }
    }

    int descriptorCount() {
        return descriptors.size();
    }

    int threadCount() {
        return threads.size();
    }

    /** Live threads other than process reapers. */
    long threadCountWithoutReapers() {
        return threads.values().stream().filter(name -> !name.equals(PROCESS_REAPER)).count();
    }

    /** Descriptors open now that were not open {@code before} (by number and target), or were reopened as something else. */
    String newDescriptors(ResourceUsage before) {
        return descriptors.entrySet().stream().filter(e -> !e.getValue().equals(before.descriptors.get(e.getKey())))
                .map(e -> e.getKey() + " -> " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Threads alive now that were not {@code before}, process reapers aside. */
    String newThreads(ResourceUsage before) {
        return new TreeSet<>(threads.entrySet().stream()
                .filter(e -> !before.threads.containsKey(e.getKey()) && !e.getValue().equals(PROCESS_REAPER))
                .map(e -> e.getValue() + "#" + e.getKey()).collect(Collectors.toList())).toString();
    }

    /** True when no descriptor, thread (process reapers aside) or native memory was added since {@code before}. */
    boolean holdsNothingMoreThan(ResourceUsage before) {
        return newDescriptors(before).isEmpty() && newThreads(before).equals("[]") && directMemory == before.directMemory
                && platformDirectMemory == before.platformDirectMemory && jvmDirectMemory == before.jvmDirectMemory;
    }
}
