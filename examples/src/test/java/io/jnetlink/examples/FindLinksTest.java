package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * find-links and docker-netns over a directory of namespace bind mounts (as Docker keeps them),
 * against what the article's scripts print with iproute2 on the same namespaces.
 */
class FindLinksTest {
    private static final String RED = "\033[1;31m";
    private static final String CLEAR = "\033[0m";

    @Test
    void findLinksPrintsEachNamespacesColouredOneLineLinksAsTheScriptDoes() throws IOException {
        try (Topology topology = Topology.build(); DockerStyleDirectory dir = new DockerStyleDirectory(topology)) {
            StringBuilder expected = new StringBuilder();
            for (String ns : dir.names) {
                expected.append(RED).append(ns).append(':').append(CLEAR)
                        .append(Shell.run("ip", "-n", ns, "-c", "-o", "link")).append(' ');
            }
            Jnl.Result all = Jnl.run("--netns-dir", dir.path.toString(), "find-links");
            assertEquals(0, all.exitCode(), all.stderr());
            assertEquals(Outputs.mask(expected.toString()), Outputs.mask(all.stdout()));

            // The far end of the veth eth0@ifN: only the peer namespace, only that line.
            String eth0 = Shell.run("ip", "-n", topology.main.name(), "-o", "link", "show", "eth0");
            String index = eth0.substring(eth0.indexOf("@if") + 3, eth0.indexOf(':', eth0.indexOf("@if")));
            String peerLine = Shell.run("ip", "-n", topology.peer.name(), "-c", "-o", "link", "show", "ceth0");
            Jnl.Result one = Jnl.run("--netns-dir", dir.path.toString(), "find-links", index);
            String onlyPeer = RED + topology.peer.name() + ":" + CLEAR + peerLine + " ";
            // The index may also exist in the other namespace; the script lists every holder.
            String mainLine = Shell.run("ip", "-n", topology.main.name(), "-c", "-o", "link").lines()
                    .filter(l -> l.startsWith(index + ": ")).findFirst().map(l -> RED + topology.main.name() + ":"
                            + CLEAR + l + "\n ").orElse("");
            List<String> ordered = dir.names;
            String expectedOne = ordered.indexOf(topology.main.name()) < ordered.indexOf(topology.peer.name())
                    ? mainLine + onlyPeer : onlyPeer + mainLine;
            assertEquals(expectedOne, one.stdout());
        }
    }

    @Test
    void dockerNetnsRunsTheJarsCommandsInsideANamespaceGivenByFileNameOrPath() throws IOException {
        try (Topology topology = Topology.build(); DockerStyleDirectory dir = new DockerStyleDirectory(topology)) {
            String ns = topology.main.name();
            for (List<String> command : List.of(List.of("ip", "addr"), List.of("ip", "r"), List.of("ip", "-d", "link"),
                    List.of("bridge", "fdb", "show"))) {
                List<String> real = new java.util.ArrayList<>(List.of(command.get(0), "-n", ns));
                real.addAll(command.subList(1, command.size()));
                String expected = Shell.run(real.toArray(String[]::new));
                for (String reference : List.of(ns, dir.path.resolve(ns).toString())) {
                    List<String> ours = new java.util.ArrayList<>(List.of("--netns-dir", dir.path.toString(),
                            "docker-netns", reference));
                    ours.addAll(command);
                    Jnl.Result actual = Jnl.run(ours.toArray(String[]::new));
                    assertEquals(0, actual.exitCode(), actual.stderr());
                    assertEquals(Outputs.mask(expected), Outputs.mask(actual.stdout()), reference + " " + command);
                }
            }
        }
    }

    /** A temporary directory holding bind mounts of the topology's named namespaces. */
    private static final class DockerStyleDirectory implements AutoCloseable {
        final Path path;
        final List<String> names;

        DockerStyleDirectory(Topology topology) throws IOException {
            path = Files.createTempDirectory("jnl-netns");
            names = List.of(topology.main.name(), topology.peer.name()).stream().sorted().toList();
            for (String name : names) {
                Files.createFile(path.resolve(name));
                Shell.run("mount", "--bind", "/run/netns/" + name, path.resolve(name).toString());
            }
        }

        @Override
        public void close() throws IOException {
            for (String name : names) {
                Shell.exec("umount", path.resolve(name).toString());
                Files.deleteIfExists(path.resolve(name));
            }
            Files.deleteIfExists(path);
        }
    }
}
