package io.jnetlink.examples.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TabTableTest {
    @Test
    void padsColumnsToWidestCellPlusThreeAtLeastTenAndLeavesTheLastAlone() {
        TabTable table = new TabTable();
        table.row("NETWORK ID", "NAME", "DRIVER", "SCOPE");
        table.row("acfc4ea8acb4", "docker_gwbridge", "bridge", "local");
        table.row("86reru4xdv3y", "ingress", "overlay", "swarm");
        assertEquals("""
                NETWORK ID     NAME              DRIVER    SCOPE
                acfc4ea8acb4   docker_gwbridge   bridge    local
                86reru4xdv3y   ingress           overlay   swarm
                """, table.render());
    }
}
