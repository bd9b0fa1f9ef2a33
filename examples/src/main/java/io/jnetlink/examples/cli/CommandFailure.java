package io.jnetlink.examples.cli;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;

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
