package io.jnetlink.examples.cli;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one command runs with: the console, the global options ({@code --netns-dir},
 * {@code -n NETNS}) and the namespace it works in. {@code docker-netns} hands a copy pointing at
 * another namespace to the command it runs there.
 */
public final class Invocation {
    /** Dispatches a command line (used for the commands {@code docker-netns} runs in a namespace). */
    @FunctionalInterface
    public interface Dispatcher {
        /** Runs the command named by the first of {@code args}; returns its exit status. */
        int dispatch(Invocation invocation, Args args);
    }

    private final Console console;
    private final Dispatcher dispatcher;
    private final Path netnsDir;
    private final boolean netnsDirGiven;
    private final Path namespaceFile;
    private final String namespaceLabel;

    private Invocation(Console console, Dispatcher dispatcher, Path netnsDir, boolean netnsDirGiven,
                       Path namespaceFile, String namespaceLabel) {
        this.console = Objects.requireNonNull(console, "console");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.netnsDir = netnsDir;
        this.netnsDirGiven = netnsDirGiven;
        this.namespaceFile = namespaceFile;
        this.namespaceLabel = namespaceLabel;
    }

    /** An invocation in the caller's own namespace, with {@code /run/netns} as the namespace directory. */
    public static Invocation of(Console console, Dispatcher dispatcher) {
        return new Invocation(console, dispatcher, NetNs.DEFAULT_DIR, false, null, null);
    }

    /** This invocation with {@code dir} as the namespace directory ({@code --netns-dir}). */
    public Invocation withNetnsDir(Path dir) {
        return new Invocation(console, dispatcher, dir, true, namespaceFile, namespaceLabel);
    }

    /** This invocation inside the namespace named {@code name} in the namespace directory ({@code -n NAME}). */
    public Invocation inNamedNamespace(String name) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new CommandFailure("Invalid netns name \"" + name + "\"", 255);
        }
        return inNamespaceFile(netnsDir.resolve(name), name);
    }

    /** This invocation inside the namespace bound at {@code file}, called {@code label} in messages. */
    public Invocation inNamespaceFile(Path file, String label) {
        return new Invocation(console, dispatcher, netnsDir, netnsDirGiven, file, label);
    }

    /** Standard output. */
    public PrintStream out() {
        return console.out();
    }

    /** Standard error. */
    public PrintStream err() {
        return console.err();
    }

    /** The console this invocation writes to. */
    public Console console() {
        return console;
    }

    /** An environment variable, or null. */
    public String env(String name) {
        return console.env().get(name);
    }

    /** The environment. */
    public Map<String, String> env() {
        return console.env();
    }

    /** The namespace directory: {@code --netns-dir}, else {@code /run/netns}. */
    public Path netnsDir() {
        return netnsDir;
    }

    /** {@code --netns-dir} when given, else {@code fallback} (Docker's commands default to Docker's directory). */
    public Path netnsDirOr(Path fallback) {
        return netnsDirGiven ? netnsDir : fallback;
    }

    /** How the selected namespace was named ({@code -n NAME}, a docker-netns argument), or null for the caller's own. */
    public String namespaceLabel() {
        return namespaceLabel;
    }

    /** True when a namespace other than the caller's was selected. */
    public boolean hasNamespace() {
        return namespaceFile != null;
    }

    /**
     * Opens the selected namespace (the caller's own when none was selected). A namespace that
     * cannot be opened fails as {@code ip -n} does: {@code Cannot open network namespace "X": ...}, status 255.
     */
    public NetNs openNetNs() {
        if (namespaceFile == null) {
            return NetNs.current();
        }
        try {
            return NetNs.open(namespaceFile);
        } catch (NetlinkException e) {
            throw new CommandFailure("Cannot open network namespace \"" + namespaceLabel + "\": "
                    + Errno.strerror(e.errnoNumber()), 255);
        }
    }

    /** Runs another command line of this jar with this invocation's options and namespace. */
    public int dispatch(Args args) {
        return dispatcher.dispatch(this, args);
    }
}
