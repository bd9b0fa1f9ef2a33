package io.jnetlink.examples.cli;

/**
 * A command cannot go on: its message goes to standard error as one line (the text the real tool
 * prints in the same situation) and the process exits with {@link #exitCode()}.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A failure printing {@code message} and exiting with {@code exitCode}. */
    public CommandFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The process exit status the real tool uses for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
