package io.jnetlink.bench;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The library's side of {@code compare.sh}: dumps every link of an existing named namespace,
 * repeatedly, and prints links per second for each way of reading them. The script owns the
 * namespace and interleaves rounds of this with {@code ip} and the C loop, so all of them see
 * the same links in the same run.
 *
 * <pre>java -cp benchmarks.jar io.jnetlink.bench.CompareMain [--serve] NETNS REPEATS [MODE...]</pre>
 *
 * <p>Without {@code --serve} it warms up and runs one round. With it, it warms up, prints
 * {@code ready}, and then runs one round for every line read from standard input, each followed
 * by a line {@code end}, until end of input: one warmed-up JVM serves every round of a run, so
 * no round pays for JIT compilation.
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
    private static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(5);
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

        void reset() {
            links = 0;
            userNanos = 0;
            cpuNanos = 0;
            processNanos = 0;
            bytes = 0;
        }
    }

    private CompareMain() {
    }

    /** Runs one round; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        boolean serve = args.length > 0 && args[0].equals("--serve");
        if (serve) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length < 2) {
            System.err.println("usage: CompareMain [--serve] NETNS REPEATS [records|cursor]...");
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
            CompareMain compare = new CompareMain();
            compare.warmUp(modes);
            if (serve) {
                System.out.println("ready");
                BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (commands.readLine() != null) {
                    compare.round(modes, repeats);
                    System.out.println("end");
                }
            } else {
                compare.round(modes, repeats);
            }
            if (linkDumps.checksum() == 42) {
                System.err.println(); // keeps the checksum, and so every read, alive
            }
        }
    }

    private void warmUp(List<Mode> modes) {
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < MIN_WARMUP_DUMPS || System.nanoTime() < warmupEnd; i++) {
            modes.forEach(mode -> mode.dump.getAsInt());
        }
    }

    private void round(List<Mode> modes, int repeats) {
        for (Mode mode : modes) {
            mode.reset();
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
