package io.jnetlink.examples;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.Command;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Console;
import io.jnetlink.examples.cli.Invocation;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar jnl.jar [--netns-dir DIR] [-n NETNS] COMMAND ...}: the article's commands
 * ({@code ip}, {@code bridge}, {@code brctl}, {@code docker}, {@code docker-netns},
 * {@code find-links}, {@code monitor}) built on this project's library alone.
 */
public final class Main {
    private static final String USAGE = """
            Usage: java -jar jnl.jar [GLOBAL OPTIONS] COMMAND [ARGS...]
                   java -jar jnl.jar COMMAND --help
                   java -jar jnl.jar help [COMMAND]

            Global options:
              -n NETNS          run in the network namespace NETNS (a name in the namespace directory)
              --netns-dir DIR   namespace directory (default /run/netns; docker-netns and find-links
                                default to /var/run/docker/netns)
              -h, --help        this text

            Commands:
            """;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    private Main(List<Command> all) {
        for (Command command : all) {
            commands.put(command.name(), command);
        }
    }

    /** From this Java release on, {@code sun.misc.Unsafe}'s memory access prints a warning (JEP 498). */
    private static final int UNSAFE_WARNING_RELEASE = 24;

    /** Runs the jar and exits with the command's status. */
    public static void main(String[] args) {
        if (Runtime.version().feature() >= UNSAFE_WARNING_RELEASE) {
            // jnr-ffi's jffi and netty then reach native memory through JNI and NIO instead: nothing on stderr.
            quietDefault("jffi.unsafe.disabled");
            quietDefault("io.netty.noUnsafe");
        }
        Console console = Console.system();
        int status = run(List.of(args), console);
        console.out().flush();
        System.exit(status);
    }

    /** Sets the system property {@code name} to true unless the user set it. */
    private static void quietDefault(String name) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, "true");
        }
    }

    /**
     * Runs one command line and returns its exit status; everything is written to
     * {@code console}. Tests call this in-process.
     */
    public static int run(List<String> args, Console console) {
        Main main = new Main(Commands.all());
        return main.dispatch(Invocation.of(console, main::dispatch), new Args(args));
    }

    private int dispatch(Invocation invocation, Args args) {
        try {
            Invocation current = invocation;
            while (args.hasNext() && args.peek().startsWith("-")) {
                String option = args.next();
                if (Args.isHelp(option)) {
                    printUsage(current);
                    return 0;
                } else if (option.equals("--netns-dir")) {
                    current = current.withNetnsDir(Path.of(args.value()));
                } else if (option.equals("-n") || option.equals("-netns") || option.equals("--netns")) {
                    current = current.inNamedNamespace(args.value());
                } else {
                    throw new CommandFailure("Option \"" + option + "\" is unknown, try \"jnl --help\".", 1);
                }
            }
            if (!args.hasNext()) {
                printUsage(current);
                return 1;
            }
            String name = args.next();
            if (name.equals("help")) {
                // jnl help: this usage; jnl help COMMAND: that command's, as COMMAND --help prints it.
                if (!args.hasNext()) {
                    printUsage(current);
                    return 0;
                }
                name = args.next();
                if (args.hasNext()) {
                    throw new CommandFailure("Usage: jnl help [COMMAND]", 1);
                }
                args = new Args(List.of("--help"));
            }
            Command command = commands.get(name);
            if (command == null) {
                throw new CommandFailure("Command \"" + name + "\" is unknown, try \"jnl --help\".", 1);
            }
            if (args.nextIsHelp()) {
                if (command.helpIsUsageError()) {
                    current.err().print(command.usage());
                    return 255;
                }
                current.out().print(command.usage());
                return 0;
            }
            return command.run(current, args);
        } catch (CommandFailure e) {
            if (e.getMessage() != null) {
                invocation.err().println(e.getMessage());
            }
            return e.exitCode();
        } catch (NetlinkException e) {
            // ip reports a kernel refusal this way and exits 2: the kernel's own text when it sent one.
            CommandFailure failure = CommandFailure.kernelRefusal(e, 2);
            invocation.err().println(failure.getMessage());
            return failure.exitCode();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            invocation.err().println("Error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // Anything else (a malformed kernel reply, a failed namespace task): one line, no trace.
            invocation.err().println("jnl: " + e);
            return 1;
        }
    }

    private void printUsage(Invocation invocation) {
        StringBuilder text = new StringBuilder(USAGE);
        for (Command command : commands.values()) {
            text.append(String.format("  %-14s %s%n", command.name(), command.summary()));
        }
        invocation.out().print(text);
    }
}
