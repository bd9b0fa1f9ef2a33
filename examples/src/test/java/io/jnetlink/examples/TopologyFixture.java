package io.jnetlink.examples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A base for the output tests that share one {@link Topology} for the whole class: built before
 * the first test (a subclass's own {@code @BeforeAll} runs after, and may add to it) and removed
 * after the last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TopologyFixture {
    /** The topology; null until built. */
    Topology topology;
    /** The name of its main namespace, for {@code ip -n}. */
    String ns;

    @BeforeAll
    void buildTopology() {
        topology = Topology.build();
        ns = topology.main.name();
    }

    @AfterAll
    void removeTopology() {
        if (topology != null) {
            topology.close();
        }
    }
}
