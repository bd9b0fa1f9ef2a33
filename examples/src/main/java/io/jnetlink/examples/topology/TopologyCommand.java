package io.jnetlink.examples.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.docker.DockerEngine;
import io.jnetlink.route.Rtnl;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import io.jnetlink.vxlan.topology.TopologyOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code topology}: the host's namespaces, links, bridges, veth pairs and VXLAN devices as a tree, JSON, DOT or SVG. */
public final class TopologyCommand implements Command {
    private static final Path PROC = Path.of("/proc");
    /** How many unreadable processes the skip report names before it just counts. */
    private static final int LISTED_PROCESSES = 5;

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
                Namespaces it finds but cannot read (entering one needs CAP_SYS_ADMIN) are named on
                standard error. jnl -n NS topology is topology --namespace NS.

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
        Long focusInode = null;
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
        if (invocation.hasNamespace()) {
            // jnl -n NS topology: the graph around NS, as --namespace NS; NS must exist.
            if (focus != null || network != null) {
                throw new CommandFailure("-n cannot be combined with --namespace or --network.", 1);
            }
            try (NetNs ns = invocation.openNetNs()) {
                focusInode = ns.inode();
            }
            if (!dirs.contains(invocation.netnsDir())) {
                dirs.add(invocation.netnsDir());
            }
        }
        checkSources(dirs, files, pids);
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
        reportSkipped(invocation, options, topology);
        if (focusInode != null) {
            long inode = focusInode;
            focus = topology.namespace(inode).map(NamespaceNode::name)
                    .orElseThrow(() -> new CommandFailure("Namespace \"" + invocation.namespaceLabel()
                            + "\" could not be read.", 1));
        }
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

    /**
     * Fails, before anything is read, when a source named on the command line is not there: a
     * missing --dir, --netns-file or --pid would otherwise just leave an empty graph.
     */
    private static void checkSources(List<Path> dirs, List<Path> files, List<Integer> pids) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new CommandFailure("Cannot read namespace directory \"" + dir + "\": "
                        + (Files.exists(dir) ? "Not a directory" : "No such file or directory"), 1);
            }
        }
        for (Path file : files) {
            try (NetNs ignored = NetNs.open(file)) {
                // It opens: discovery will read it.
            } catch (NetlinkException e) {
                throw new CommandFailure("Cannot open namespace file \"" + file + "\": "
                        + Errno.strerror(e.errnoNumber()), 1);
            }
        }
        for (int pid : pids) {
            if (!Files.isDirectory(PROC.resolve(Integer.toString(pid)))) {
                throw new CommandFailure("No process with id " + pid + ".", 1);
            }
        }
    }

    /**
     * Tells on standard error which namespaces discovery found but could not read (without
     * CAP_SYS_ADMIN a namespace cannot be entered; without CAP_SYS_PTRACE other users' processes'
     * namespace links cannot even be looked at), so a partial graph never passes for the whole.
     */
    private static void reportSkipped(Invocation invocation, TopologyOptions options, Topology topology) {
        Set<Long> shown = new HashSet<>();
        topology.namespaces().forEach(ns -> shown.add(ns.inode()));
        Map<Long, Path> candidates = new LinkedHashMap<>();
        for (Path dir : options.directories()) {
            for (String name : NetNs.list(dir)) {
                candidate(candidates, dir.resolve(name));
            }
        }
        options.files().forEach(file -> candidate(candidates, file));
        options.pids().forEach(pid -> candidate(candidates, netOf(pid)));
        List<String> hiddenProcesses = new ArrayList<>();
        if (options.allProcesses()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
                for (Path entry : entries) {
                    if (!candidate(candidates, entry.resolve("ns").resolve("net")) && Files.exists(entry)) {
                        hiddenProcesses.add(entry.getFileName().toString());
                    }
                }
            } catch (IOException e) {
                invocation.err().println("topology: cannot list " + PROC + ": " + e.getMessage());
            }
        }
        for (Map.Entry<Long, Path> candidate : candidates.entrySet()) {
            if (!shown.contains(candidate.getKey())) {
                unreadableBecause(candidate.getValue()).ifPresent(reason -> invocation.err().println(
                        "topology: skipped namespace " + candidate.getValue() + ": " + reason));
            }
        }
        if (!hiddenProcesses.isEmpty()) {
            hiddenProcesses.sort(Comparator.comparingInt(Integer::parseInt));
            int listed = Math.min(hiddenProcesses.size(), LISTED_PROCESSES);
            String more = hiddenProcesses.size() > listed ? " and " + (hiddenProcesses.size() - listed) + " more" : "";
            invocation.err().println("topology: skipped the namespaces of process" + (listed > 1 ? "es " : " ")
                    + String.join(", ", hiddenProcesses.subList(0, listed)) + more
                    + ": /proc/PID/ns/net: Permission denied (other users' processes need CAP_SYS_PTRACE)");
        }
    }

    /** Adds {@code file} under its inode unless that namespace is known; false when it cannot be looked at. */
    private static boolean candidate(Map<Long, Path> candidates, Path file) {
        try {
            candidates.putIfAbsent(NetNs.inodeOf(file), file);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static Path netOf(int pid) {
        return PROC.resolve(Integer.toString(pid)).resolve("ns").resolve("net");
    }

    /**
     * Why a namespace that was found is not in the graph: the error of opening and entering it;
     * empty when it can be read now (it appeared after discovery) or is gone (a process exited).
     */
    private static Optional<String> unreadableBecause(Path file) {
        try (NetNs ns = NetNs.open(file); Rtnl ignored = Rtnl.open(ns)) {
            return Optional.empty();
        } catch (NetlinkException e) {
            int errno = e.errnoNumber();
            if (errno == Errno.ENOENT.number() || errno == Errno.ESRCH.number()) {
                return Optional.empty();
            }
            String reason = Errno.strerror(errno);
            return Optional.of(errno == Errno.EPERM.number()
                    ? reason + " (entering a network namespace needs CAP_SYS_ADMIN)" : reason);
        }
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
