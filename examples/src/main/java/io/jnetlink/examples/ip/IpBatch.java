package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.Args;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ip [-force] -batch FILE} ({@code -} for standard input): each line is one {@code ip}
 * command line without the {@code ip}, run with the options given before {@code -batch}, as
 * iproute2 6.1 reads them: {@code #} starts a comment, a line ending in a backslash goes on with
 * the next, words are split at blanks and a word starting with a quote runs to the same quote.
 * A failed line prints {@code Command failed FILE:LINE} and ends the batch (exit status 1),
 * unless {@code -force} goes on to the next line. A failure that makes ip exit at once (status
 * 255: a bad argument, a usage) ends the batch with that status, as it ends ip. As in ip 6.1,
 * whose link listing leaves a flag set for the rest of the batch, {@code address show [dev] DEV}
 * after a {@code link} listing prints the link alone, as {@code link show DEV} does (other
 * address listings then print as they do on their own, where ip adds the links' {@code mode}).
 */
final class IpBatch {
    private final InputStream in;

    private IpBatch(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /**
     * Runs the batch {@code file} names.
     *
     * @param invocation  where the lines run (the namespace {@code -n} selected) and print
     * @param file        the file name, {@code -} for standard input
     * @param lineOptions the options each line runs with ({@code -d}, {@code -j}, {@code -force} ...)
     * @param force       whether a failed line lets the batch go on
     * @return the exit status: 0 when every line succeeded, else 1 (or 255, above)
     */
    static int run(Invocation invocation, String file, List<String> lineOptions, boolean force) {
        InputStream in;
        if (file.equals("-")) {
            in = invocation.console().in();
        } else {
            try {
                in = Files.newInputStream(Path.of(file));
            } catch (IOException e) {
                String reason = e instanceof NoSuchFileException ? "No such file or directory"
                        : e instanceof AccessDeniedException ? "Permission denied" : e.getMessage();
                throw new CommandFailure("Cannot open file \"" + file + "\" for reading: " + reason, 1);
            }
        }
        try {
            return new IpBatch(in).each(invocation, file, lineOptions, force);
        } finally {
            if (!file.equals("-")) {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private int each(Invocation invocation, String file, List<String> lineOptions, boolean force) {
        int status = 0;
        int lineNumber = 0;
        boolean linksListed = false;
        String line;
        while ((line = readLine()) != null) {
            lineNumber++;
            line = uncommented(line);
            int join;
            while ((join = line.indexOf("\\\n")) >= 0) {
                String next = readLine();
                if (next == null) {
                    invocation.err().println("Missing continuation line");
                    return status;
                }
                lineNumber++;
                line = line.substring(0, join) + uncommented(next);
            }
            List<String> words = words(line);
            if (words.isEmpty()) {
                continue;
            }
            boolean listing = words.size() == 1 || Args.matches(words.get(1), "show") || Args.matches(words.get(1), "list")
                    || Args.matches(words.get(1), "lst");
            List<String> selectors = words.subList(Math.min(2, words.size()), words.size());
            boolean oneDevice = selectors.size() == 1 || selectors.size() == 2 && selectors.get(0).equals("dev");
            if (linksListed && listing && oneDevice && Args.matches(words.get(0), "address")) {
                words.set(0, "link");
                if (words.size() > 1) {
                    words.set(1, "show"); // "s" would be link's "set"
                }
            }
            linksListed |= listing && Args.matches(words.get(0), "link");
            List<String> command = new ArrayList<>();
            command.add("ip");
            command.addAll(lineOptions);
            command.add("--"); // what follows is the object, whatever it looks like
            command.addAll(words);
            int result = invocation.dispatch(new Args(command));
            if (result == 255) {
                return result;
            }
            if (result != 0) {
                invocation.err().println("Command failed " + file + ":" + lineNumber);
                status = 1;
                if (!force) {
                    break;
                }
            }
        }
        return status;
    }

    /** {@code line} up to its first {@code #}. */
    private static String uncommented(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /**
     * The words of one line: split at spaces, tabs, carriage returns and line feeds; a word that
     * starts with {@code '} or {@code "} runs to the next of the same quote, blanks included.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && " \t\r\n".indexOf(line.charAt(i)) >= 0) {
                i++;
            }
            if (i == line.length()) {
                break;
            }
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    throw new CommandFailure("Unterminated quoted string", 1);
                }
                words.add(line.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && " \t\r\n".indexOf(line.charAt(end)) < 0) {
                    end++;
                }
                words.add(line.substring(i, end));
                i = end + 1;
            }
        }
        return words;
    }

    /** The next line with its line feed (none on a last line without one), or null at the end. */
    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            // As getline: a read error (a directory) ends the input.
            return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
