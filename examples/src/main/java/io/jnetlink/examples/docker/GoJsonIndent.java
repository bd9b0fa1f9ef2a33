package io.jnetlink.examples.docker;

/**
 * Re-indents JSON text the way Go's {@code json.Indent(dst, src, "", "    ")} does, which is how
 * the docker CLI prints {@code inspect} results: every value copied byte for byte (string escapes
 * and number spellings untouched), whitespace between tokens dropped, one member per line,
 * {@code ": "} after keys, and empty objects and arrays kept as {@code {}} and {@code []}.
 */
final class GoJsonIndent {
    private static final String INDENT = "    ";

    private GoJsonIndent() {
    }

    /** {@code json} (assumed well-formed, as the daemon sends it) re-indented. */
    static String indent(String json) {
        StringBuilder out = new StringBuilder(json.length() * 2);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean openPending = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            boolean closing = c == '}' || c == ']';
            if (openPending && !closing) {
                // The bracket before this token opened a non-empty value: break the line now.
                openPending = false;
                depth++;
                newline(out, depth);
            }
            switch (c) {
                case '{', '[' -> {
                    openPending = true;
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                case '}', ']' -> {
                    if (openPending) {
                        openPending = false;
                    } else {
                        depth--;
                        newline(out, depth);
                    }
                    out.append(c);
                }
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append(INDENT.repeat(Math.max(depth, 0)));
    }
}
