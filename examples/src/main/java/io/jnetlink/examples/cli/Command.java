package io.jnetlink.examples.cli;

/** One subcommand of the jar ({@code ip}, {@code docker-netns}, ...). */
public interface Command {
    /** The word that selects this command. */
    String name();

    /** One line for the jar's command list. */
    String summary();

    /** The full text printed by {@code COMMAND --help}. */
    String usage();

    /**
     * Whether {@code COMMAND --help} is a usage error, as for iproute2's tools (the text on standard
     * error, status 255), rather than help asked for (standard output, status 0).
     */
    default boolean helpIsUsageError() {
        return false;
    }

    /**
     * Runs the command.
     *
     * @return the process exit status
     * @throws CommandFailure when it cannot go on (message and status as the real tool)
     */
    int run(Invocation invocation, Args args);
}
