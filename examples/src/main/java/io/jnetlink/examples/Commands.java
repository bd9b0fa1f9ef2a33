package io.jnetlink.examples;

import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.docker.DockerCommand;
import io.jnetlink.examples.docker.DockerNetnsCommand;
import io.jnetlink.examples.ip.BrctlCommand;
import io.jnetlink.examples.ip.BridgeCommand;
import io.jnetlink.examples.ip.FindLinksCommand;
import io.jnetlink.examples.ip.IpCommand;
import io.jnetlink.examples.ip.MonitorCommand;
import io.jnetlink.examples.overlay.OverlayLabCommand;
import io.jnetlink.examples.topology.TopologyCommand;
import java.util.List;

/** The jar's commands, in the order {@code --help} lists them. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(new IpCommand(), new BridgeCommand(), new BrctlCommand(), new DockerCommand(),
                new DockerNetnsCommand(), new FindLinksCommand(), new MonitorCommand(), new OverlayLabCommand(),
                new TopologyCommand());
    }
}
