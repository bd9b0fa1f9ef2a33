package io.jnetlink.examples.cli;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;

/**
 * A command cannot go on: its message goes to standard error as one line (the text the real tool
 * prints in the same situation), unless it has none ({@link #silent(int)}), and the process exits
 * with {@link #exitCode()}.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A failure printing {@code message} and exiting with {@code exitCode}. */
    public CommandFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /**
     * A failure that prints nothing more: the tool has already said what it says, or says nothing,
     * and exits with {@code exitCode}.
     */
    public static CommandFailure silent(int exitCode) {
        return new CommandFailure(null, exitCode);
    }

    /**
     * A kernel refusal as iproute2 reports it: {@code Error: TEXT.} with the kernel's extended-ack
     * text when it sent one, else {@code RTNETLINK answers: STRERROR}.
     */
    public static CommandFailure kernelRefusal(NetlinkException e, int exitCode) {
        String text = e.kernelMessage();
        return new CommandFailure(text != null && !text.isEmpty() ? "Error: " + text + (text.endsWith(".") ? "" : ".")
                : "RTNETLINK answers: " + Errno.strerror(e.errnoNumber()), exitCode);
    }

    /** The process exit status the real tool uses for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
