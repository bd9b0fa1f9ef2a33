package io.jnetlink.bench;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * One round of {@code compare.sh}: dumps every link of an existing named namespace with this
 * library, repeatedly, and prints links per second for each way of reading them. The script
 * owns the namespace and interleaves these rounds with {@code ip} and the C loop, so all of them
 * see the same links in the same run.
 *
 * <pre>java -cp benchmarks.jar io.jnetlink.bench.CompareMain NETNS REPEATS [MODE...]</pre>
 *
 * <p>Modes: {@code records} ({@code rtnl.links().list()}) and {@code cursor}
 * ({@code rtnl.links().forEach}, every attribute read through the view, no objects); statistics
 * are included, as {@code ip -o link show} gets them. Each mode is warmed up first, then the
 * modes take turns, one dump each, {@code REPEATS} times. One line per mode:
 * <pre>MODE links_per_sec=MEDIAN links=PER_DUMP user_ns_per_link=U sys_ns_per_link=S
 *      process_cpu_ns_per_link=P bytes_per_link=B</pre>
 * where U and S are the dumping thread's CPU time (the kernel builds the dump inside its
 * receive calls, so S is the kernel's share), P also counts the JVM's other threads (GC, JIT),
 * and B is what the dumping thread allocated.
 */
public final class CompareMain {
    private static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final int MIN_WARMUP_DUMPS = 20;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Running totals for one mode. */
    private static final class Mode {
        final String name;
        final IntSupplier dump;
        final double[] rates;
        long links;
        int linksPerDump;
        long userNanos;
        long cpuNanos;
        long processNanos;
        long bytes;

        Mode(String name, IntSupplier dump, int repeats) {
            this.name = name;
            this.dump = dump;
            this.rates = new double[repeats];
        }
    }

    private CompareMain() {
    }

    /** Runs one round; see the class comment for the arguments. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CompareMain NETNS REPEATS [records|cursor]...");
            System.exit(2);
        }
        int repeats = Integer.parseInt(args[1]);
        if (repeats <= 0) {
            throw new IllegalArgumentException("repeats must be positive: " + repeats);
        }
        List<String> names = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("records", "cursor");
        try (NetNs netns = NetNs.named(args[0]); Rtnl rtnl = Rtnl.open(netns)) {
            LinkDumps linkDumps = new LinkDumps(rtnl.links());
            List<Mode> modes = new ArrayList<>();
            for (String name : names) {
                switch (name) {
                    case "records" -> modes.add(new Mode(name, linkDumps::records, repeats));
                    case "cursor" -> modes.add(new Mode(name, linkDumps::cursor, repeats));
                    default -> throw new IllegalArgumentException("unknown mode: " + name);
                }
            }
            new CompareMain().run(modes, repeats);
            if (linkDumps.checksum() == 42) {
                System.err.println(); // keeps the checksum, and so every read, alive
            }
        }
    }

    private void run(List<Mode> modes, int repeats) {
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < MIN_WARMUP_DUMPS || System.nanoTime() < warmupEnd; i++) {
            modes.forEach(mode -> mode.dump.getAsInt());
        }
        for (int r = 0; r < repeats; r++) {
            for (Mode mode : modes) {
                measure(mode, r);
            }
        }
        for (Mode mode : modes) {
            double[] sorted = mode.rates.clone();
            Arrays.sort(sorted);
            double links = mode.links;
            System.out.printf("%s links_per_sec=%.0f links=%d user_ns_per_link=%.0f sys_ns_per_link=%.0f"
                            + " process_cpu_ns_per_link=%.0f bytes_per_link=%.1f%n",
                    mode.name, sorted[repeats / 2], mode.linksPerDump, mode.userNanos / links,
                    (mode.cpuNanos - mode.userNanos) / links, mode.processNanos / links, mode.bytes / links);
        }
    }

    private void measure(Mode mode, int repeat) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long user = threads.getCurrentThreadUserTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long process = os.getProcessCpuTime();
        long start = System.nanoTime();
        int links = mode.dump.getAsInt();
        long nanos = System.nanoTime() - start;
        mode.processNanos += os.getProcessCpuTime() - process;
        mode.cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        mode.userNanos += threads.getCurrentThreadUserTime() - user;
        mode.bytes += threads.getCurrentThreadAllocatedBytes() - bytes;
        mode.rates[repeat] = links * 1e9 / nanos;
        mode.links += links;
        mode.linksPerDump = links;
    }
}
