package io.jnetlink.bench;

import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.netns.NetNs;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * One round of {@code compare.sh}: dumps every link of an existing named namespace with this
 * library, repeatedly, and prints links per second for each way of reading them. The script
 * owns the namespace and interleaves these rounds with {@code ip} and the C loop, so all three
 * see the same links in the same run.
 *
 * <pre>java -cp benchmarks.jar io.jnetlink.bench.CompareMain NETNS REPEATS [MODE...]</pre>
 *
 * <p>Modes: {@code cursor} (every attribute through the cursors, no objects). Each mode is warmed
 * up first, then the modes take turns, one dump each, {@code REPEATS} times. Output, one line per
 * mode: {@code MODE links_per_sec=<median> links=<per dump> bytes_per_link=<allocated>}.
 */
public final class CompareMain {
    private static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final int MIN_WARMUP_DUMPS = 20;

    private CompareMain() {
    }

    /** Runs one round; see the class comment for the arguments. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CompareMain NETNS REPEATS [cursor]...");
            System.exit(2);
        }
        int repeats = Integer.parseInt(args[1]);
        if (repeats <= 0) {
            throw new IllegalArgumentException("repeats must be positive: " + repeats);
        }
        List<String> modes = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("cursor");
        try (NetNs netns = NetNs.named(args[0]);
             NetlinkSocket socket = netns.openSocket(NetlinkProtocol.ROUTE, LinkNamespace.socketConfig());
             CursorLinkDump cursor = new CursorLinkDump(socket, 0)) {
            Map<String, IntSupplier> dumps = new LinkedHashMap<>();
            for (String mode : modes) {
                switch (mode) {
                    case "cursor" -> dumps.put(mode, cursor::run);
                    default -> throw new IllegalArgumentException("unknown mode: " + mode);
                }
            }
            run(dumps, repeats);
            if (cursor.checksum() == 42) {
                System.err.println(); // keeps the checksum, and so every read, alive
            }
        }
    }

    private static void run(Map<String, IntSupplier> dumps, int repeats) {
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < MIN_WARMUP_DUMPS || System.nanoTime() < warmupEnd; i++) {
            dumps.values().forEach(IntSupplier::getAsInt);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, double[]> rates = new LinkedHashMap<>();
        Map<String, long[]> allocated = new LinkedHashMap<>();
        Map<String, Integer> links = new LinkedHashMap<>();
        dumps.keySet().forEach(mode -> {
            rates.put(mode, new double[repeats]);
            allocated.put(mode, new long[1]);
        });
        for (int r = 0; r < repeats; r++) {
            for (Map.Entry<String, IntSupplier> dump : dumps.entrySet()) {
                long bytesBefore = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                int count = dump.getValue().getAsInt();
                long nanos = System.nanoTime() - start;
                allocated.get(dump.getKey())[0] += threads.getCurrentThreadAllocatedBytes() - bytesBefore;
                rates.get(dump.getKey())[r] = count * 1e9 / nanos;
                links.put(dump.getKey(), count);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String mode : dumps.keySet()) {
            double[] sorted = rates.get(mode).clone();
            Arrays.sort(sorted);
            int perDump = links.get(mode);
            double bytesPerLink = (double) allocated.get(mode)[0] / ((long) perDump * repeats);
            lines.add(String.format("%s links_per_sec=%.0f links=%d bytes_per_link=%.1f",
                    mode, sorted[repeats / 2], perDump, bytesPerLink));
        }
        lines.forEach(System.out::println);
    }
}
