package io.jnetlink.examples.cli;

import java.util.List;

/** The arguments of one command, consumed left to right. */
public final class Args {
    private final List<String> values;
    private int position;

    /** Arguments to read from the first one on. */
    public Args(List<String> values) {
        this.values = List.copyOf(values);
    }

    /** True while arguments remain. */
    public boolean hasNext() {
        return position < values.size();
    }

    /** The next argument without consuming it, or null when none is left. */
    public String peek() {
        return hasNext() ? values.get(position) : null;
    }

    /** Consumes and returns the next argument, or null when none is left. */
    public String next() {
        return hasNext() ? values.get(position++) : null;
    }

    /** Consumes the value of the option just read; a missing value fails with iproute2's wording and status. */
    public String value() {
        if (!hasNext()) {
            throw new CommandFailure("Command line is not complete. Try option \"help\"", 255);
        }
        return next();
    }

    /** Consumes the next argument if it is an abbreviation of {@code keyword}, as ip accepts ({@code sh} for {@code show}). */
    public boolean nextMatches(String keyword) {
        if (hasNext() && matches(peek(), keyword)) {
            position++;
            return true;
        }
        return false;
    }

    /**
     * Consumes an optional {@code show} (or {@code list}, {@code lst}, abbreviated as ip allows);
     * any other command word fails as ip does: {@code Command "x" is unknown, try "TOOL help".}
     */
    public void skipShow(String tool) {
        if (hasNext() && !nextMatches("show") && !nextMatches("list") && !nextMatches("lst")) {
            throw new CommandFailure("Command \"" + peek() + "\" is unknown, try \"" + tool + " help\".", 255);
        }
    }

    /** True if the next argument asks for help ({@code -h}, {@code --help}, {@code help}). */
    public boolean nextIsHelp() {
        return isHelp(peek());
    }

    /** The arguments not consumed yet. */
    public List<String> rest() {
        return values.subList(position, values.size());
    }

    /** iproute2's rule: a non-empty prefix of the keyword names it. */
    public static boolean matches(String argument, String keyword) {
        return argument != null && !argument.isEmpty() && keyword.startsWith(argument);
    }

    /** True for {@code -h}, {@code --help}, {@code -help} and {@code help}. */
    public static boolean isHelp(String argument) {
        return "-h".equals(argument) || "--help".equals(argument) || "-help".equals(argument)
                || "help".equals(argument);
    }
}
