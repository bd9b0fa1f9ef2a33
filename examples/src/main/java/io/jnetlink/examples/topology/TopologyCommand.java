package io.jnetlink.examples.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.docker.DockerEngine;
import io.jnetlink.vxlan.topology.Topology;
import io.jnetlink.vxlan.topology.TopologyOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code topology}: the host's namespaces, links, bridges, veth pairs and VXLAN devices as a tree, JSON, DOT or SVG. */
public final class TopologyCommand implements Command {
    @Override
    public String name() {
        return "topology";
    }

    @Override
    public String summary() {
        return "[--format text|json|dot|svg] [--namespace NS | --network NET]  every namespace and how its links connect";
    }

    @Override
    public String usage() {
        return """
                Usage: topology [--format text|json|dot|svg] [--namespace NS | --network NET]
                                [--dir DIR]... [--netns-file PATH]... [--pid PID]...

                Discovers every network namespace of the host (named ones in /run/netns, Docker's
                in /var/run/docker/netns, each --dir, and those only processes hold, shown as
                pid:PID), each once, and prints its links, bridges and their ports, VXLAN devices
                with their VNI and FDB remotes, and which namespace and interface each veth leads to.

                  --format text   an indented tree per namespace, veth peers as ns:ifname (default)
                  --format json   {"namespaces":[{"name","path","inode","links":[...]}]}
                  --format dot    Graphviz text (dot -Tsvg)
                  --format svg    a picture drawn by this program: namespaces as boxes
                  --namespace NS  only namespace NS and the namespaces its veth pairs connect to
                  --network NET   only Docker network NET (a name, an id or a unique id prefix,
                                  asked from the daemon at $DOCKER_HOST): for an overlay network
                                  its namespace 1-<first 10 characters of the id> (br0, vxlan0, a
                                  veth per endpoint) and the namespaces its veths lead to (container
                                  sandboxes, lb_<id>, ingress_sbox); for a bridge network its bridge
                                  (br-<first 12 characters of the id>, or the name the network
                                  sets, e.g. docker_gwbridge) in this program's namespace, the
                                  bridge's ports, and the sandboxes they lead to
                  --dir DIR       also read the namespace files in DIR
                  --netns-file P, --pid PID
                                  read only these namespace files and processes, scan nothing else
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        String format = "text";
        String focus = null;
        String network = null;
        List<Path> dirs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--format" -> format = args.value();
                case "--namespace" -> focus = args.value();
                case "--network" -> network = args.value();
                case "--dir" -> dirs.add(Path.of(args.value()));
                case "--netns-file" -> files.add(Path.of(args.value()));
                case "--pid" -> pids.add(pid(args.value()));
                default -> throw new CommandFailure("Option \"" + option + "\" is unknown, try \"topology --help\".", 1);
            }
        }
        if (!List.of("text", "json", "dot", "svg").contains(format)) {
            throw new CommandFailure("Format \"" + format + "\" is unknown: text, json, dot or svg.", 1);
        }
        if (focus != null && network != null) {
            throw new CommandFailure("--namespace and --network cannot be combined.", 1);
        }
        JsonNode dockerNetwork = null;
        if (network != null) {
            String reference = network;
            dockerNetwork = DockerEngine.fromEnvironment(invocation.env()).network(reference)
                    .orElseThrow(() -> new CommandFailure("Error: No such network: " + reference, 1));
            if (!files.isEmpty() || !pids.isEmpty()) {
                // A bridge network lives in this program's namespace: keep it in a restricted graph too.
                pids.add((int) ProcessHandle.current().pid());
            }
        }
        TopologyOptions options = files.isEmpty() && pids.isEmpty()
                ? TopologyOptions.host(dirs)
                : new TopologyOptions(dirs, files, pids, false);
        Topology topology = Topology.discover(options);
        if (focus != null) {
            String name = focus;
            if (topology.namespace(name).isEmpty()) {
                throw new CommandFailure("No namespace named \"" + name + "\".", 1);
            }
            topology = topology.around(name);
        }
        if (dockerNetwork != null) {
            topology = DockerNetworkView.select(topology, dockerNetwork, NetNs.currentInode());
        }
        switch (format) {
            case "json" -> invocation.out().println(TopologyJson.render(topology));
            case "dot" -> TopologyDot.print(topology, invocation.out());
            case "svg" -> TopologySvg.print(topology, invocation.out());
            default -> TopologyText.print(topology, invocation.out());
        }
        return 0;
    }

    private static int pid(String value) {
        try {
            int pid = Integer.parseInt(value);
            if (pid > 0) {
                return pid;
            }
        } catch (NumberFormatException e) {
            // reported below like any other bad pid
        }
        throw new CommandFailure("\"" + value + "\" is not a process id.", 1);
    }
}
