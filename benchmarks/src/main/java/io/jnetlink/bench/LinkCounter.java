package io.jnetlink.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the links a benchmark processed, which JMH reports beside the main score as a rate
 * ({@code :links}, in links per second). The main score counts whole dumps; {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} is per dump, so bytes per link is that figure divided by the links
 * in one dump (N + 1, counting {@code lo}).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class LinkCounter {
    /** Links processed in the current iteration. */
    public long links;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
        links = 0;
    }
}
