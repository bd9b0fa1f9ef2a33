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
     * Runs the command.
     *
     * @return the process exit status
     * @throws CommandFailure when it cannot go on (message and status as the real tool)
     */
    int run(Invocation invocation, Args args);
}
