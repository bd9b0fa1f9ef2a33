package io.jnetlink.bench;

import io.jnetlink.route.Links;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end: each invocation dumps every link of a throwaway namespace holding N ifb devices
 * from the kernel, with or without statistics ({@code IFLA_EXT_MASK} =
 * {@code RTEXT_FILTER_SKIP_STATS}). The score is dumps per second; {@code :links} is links per
 * second. The kernel's own work dominates; compare with {@code compare.sh}'s C loop. Records are
 * built into the list the API returns, so {@code -prof gc} shows what a caller keeps.
 */
public class DumpBenchmark extends LinkDumpBenchmark {
    /** Whether the kernel includes link statistics in each message. */
    @Param({"true", "false"})
    public boolean stats;

    private LinkNamespace namespace;
    private LinkDumps dumps;

    /** Creates the namespace and its links. */
    @Setup(Level.Trial)
    public void createNamespace() {
        namespace = LinkNamespace.create(n);
        Links links = namespace.rtnl().links();
        dumps = new LinkDumps(stats ? links : links.withoutStats());
    }

    /** Deletes the namespace. */
    @TearDown(Level.Trial)
    public void deleteNamespace() {
        namespace.close();
    }

    /** {@code rtnl.links().forEach(visitor)}, the visitor reading every attribute, building nothing. */
    @Benchmark
    public long cursor(LinkCounter counter) {
        counter.links += dumps.cursor();
        return dumps.checksum();
    }

    /** {@code rtnl.links().list()}: every link as a {@code Link} record. */
    @Benchmark
    public long records(LinkCounter counter) {
        counter.links += dumps.records();
        return dumps.checksum();
    }
}
