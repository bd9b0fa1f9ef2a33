package io.jnetlink.examples.docker;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article's {@code docker_netns.sh}, doing what it meant: with no argument, Docker's network
 * namespaces one per line; with a namespace (file name in Docker's directory, path, pid, or
 * container name or id) and a command of this jar, that command run natively inside it.
 * {@code --exec PROGRAM ARGS} starts an external program there, without a shell.
 *
 * <p>The script's two bugs are not reproduced: it never appended the name to the directory
 * ({@code NAMESPACE_FILE=/var/run/docker/netns/}), and {@code nsenter --net= $@} dropped the file.
 */
public final class DockerNetnsCommand implements Command {
    /** Where Docker binds its namespaces. */
    public static final Path DOCKER_NETNS_DIR = Path.of("/var/run/docker/netns");

    @Override
    public String name() {
        return "docker-netns";
    }

    @Override
    public String summary() {
        return "[NS [COMMAND ...]]  list Docker's namespaces, or run a command in one (docker_netns.sh)";
    }

    @Override
    public String usage() {
        return """
                Usage: docker-netns
                       docker-netns NS COMMAND [ARGS...]
                       docker-netns NS --exec PROGRAM [ARGS...]

                Without arguments: the network namespaces in /var/run/docker/netns (or --netns-dir),
                one per line, sorted.
                NS is a file name in that directory, a namespace file path, a pid, or a container
                name or id (its NetworkSettings.SandboxKey, asked from the Docker daemon at $DOCKER_HOST).
                COMMAND is a command of this jar (ip r, ip addr, brctl show, bridge fdb show, ...),
                run inside NS. --exec runs an external program inside NS, without a shell.
                """;
    }

    @Override
    public int run(Invocation invocation, Args args) {
        Path dir = invocation.netnsDirOr(DOCKER_NETNS_DIR);
        if (!args.hasNext()) {
            for (String name : namespaces(dir)) {
                invocation.out().println(name);
            }
            return 0;
        }
        String namespace = args.next();
        Path file = resolve(invocation, dir, namespace)
                .orElseThrow(() -> new CommandFailure("Cannot open network namespace '" + namespace
                        + "': No such file or directory", 1));
        if (!args.hasNext()) {
            throw new CommandFailure("No command specified", 1);
        }
        if ("--exec".equals(args.peek())) {
            args.next();
            return exec(invocation, file, namespace, args.rest());
        }
        return invocation.inNamespaceFile(file, namespace).dispatch(args);
    }

    /** The namespace files in {@code dir}, sorted as {@code LC_ALL=C ls -1} sorts them. */
    public static List<String> namespaces(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandFailure("Cannot list network namespaces: " + dir + ": No such file or directory", 1);
        }
        List<String> names = new ArrayList<>(NetNs.list(dir));
        names.sort(null);
        return names;
    }

    /**
     * The namespace file {@code namespace} names: a file in {@code dir}, a path, a pid, or
     * (asked from the daemon last, as the script did) a container.
     */
    static Optional<Path> resolve(Invocation invocation, Path dir, String namespace) {
        if (!namespace.isEmpty() && !namespace.contains("/") && !namespace.equals(".") && !namespace.equals("..")
                && Files.isRegularFile(dir.resolve(namespace))) {
            return Optional.of(dir.resolve(namespace));
        }
        if (namespace.contains("/") && Files.isRegularFile(Path.of(namespace))) {
            return Optional.of(Path.of(namespace));
        }
        if (namespace.matches("[1-9][0-9]{0,9}") && Files.exists(Path.of("/proc", namespace, "ns", "net"))) {
            return Optional.of(Path.of("/proc", namespace, "ns", "net"));
        }
        if (namespace.isEmpty() || namespace.contains("/")) {
            return Optional.empty();
        }
        try {
            return DockerEngine.fromEnvironment(invocation.env()).sandboxKey(namespace)
                    .map(Path::of)
                    .filter(Files::exists);
        } catch (CommandFailure noDaemon) {
            // As the script (docker inspect 2>/dev/null): no daemon means no such container.
            return Optional.empty();
        }
    }

    private static int exec(Invocation invocation, Path file, String label, List<String> command) {
        if (command.isEmpty()) {
            throw new CommandFailure("No command specified", 1);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        boolean inherit = invocation.console().processStreams();
        if (inherit) {
            builder.inheritIO();
        } else {
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        Process process;
        try (NetNs netns = invocation.inNamespaceFile(file, label).openNetNs()) {
            // A child takes the namespace of the thread that forks it: fork from a thread inside.
            process = netns.call(builder::start);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                // The JDK says 'Cannot run program "x": error=2, No such file or directory'.
                String reason = io.getMessage();
                throw new CommandFailure("docker-netns: failed to execute " + command.get(0) + ": "
                        + reason.substring(reason.lastIndexOf(", ") + 1).trim(), 127);
            }
            throw e;
        }
        Thread stdout = inherit ? null : copy(process.getInputStream(), invocation.out());
        Thread stderr = inherit ? null : copy(process.getErrorStream(), invocation.err());
        try {
            int status = process.waitFor();
            if (stdout != null) {
                stdout.join();
                stderr.join();
            }
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return 130;
        }
    }

    private static Thread copy(InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> {
            try (from) {
                from.transferTo(to);
                to.flush();
            } catch (IOException e) {
                // The child's stream broke: nothing left to forward.
            }
        }, "docker-netns-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
