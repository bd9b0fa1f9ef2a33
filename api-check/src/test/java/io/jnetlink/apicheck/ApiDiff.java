package io.jnetlink.apicheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a current API (lines from {@link ApiDump}) lost against its baseline. A baseline line the
 * current API lacks is incompatible: <em>changed</em> when the current API has an element of the
 * same identity (the same type; a field of the same name; a method or constructor of the same
 * name and erased parameter types), <em>removed</em> otherwise. A current line the baseline lacks
 * is an addition, which is allowed.
 */
final class ApiDiff {
    private ApiDiff() {
    }

    /**
     * An incompatible difference.
     *
     * @param baseline the baseline's line
     * @param current  the current line for the same element, or null when it was removed
     */
    record Change(String baseline, String current) {
        boolean removed() {
            return current == null;
        }

        @Override
        public String toString() {
            return removed() ? "  removed: " + baseline : "  changed: " + baseline + "\n      now: " + current;
        }
    }

    /** The baseline's elements that the current API removed or changed, in baseline order. */
    static List<Change> incompatible(List<String> baseline, List<String> current) {
        Set<String> now = new HashSet<>(current);
        Map<String, String> byKey = new HashMap<>();
        for (String line : current) {
            byKey.putIfAbsent(key(line), line);
        }
        List<Change> changes = new ArrayList<>();
        for (String line : baseline) {
            if (!now.contains(line)) {
                changes.add(new Change(line, byKey.get(key(line))));
            }
        }
        return changes;
    }

    /** The current lines the baseline lacks: additions, or the new side of a change. */
    static List<String> added(List<String> baseline, List<String> current) {
        Set<String> before = new HashSet<>(baseline);
        return current.stream().filter(line -> !before.contains(line)).toList();
    }

    /**
     * The identity of the element a line describes, without what may change about it:
     * {@code OWNER type}, {@code OWNER field NAME}, {@code OWNER method NAME(ERASED, PARAMETERS)};
     * a module line is its own identity.
     */
    static String key(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 3) {
            return line;
        }
        String owner = parts[0];
        String kind = parts[1];
        String declaration = parts[2];
        switch (kind) {
            case "type":
                return owner + " type";
            case "field": {
                int value = declaration.indexOf(" = ");
                String head = value < 0 ? declaration : declaration.substring(0, value);
                return owner + " field " + head.substring(head.lastIndexOf(' ') + 1);
            }
            case "method":
            case "constructor": {
                int open = declaration.indexOf('(');
                int close = declaration.indexOf(')', open);
                if (open < 0 || close < 0) {
                    return line;
                }
                String head = declaration.substring(0, open);
                String name = head.substring(head.lastIndexOf(' ') + 1);
                return owner + " " + kind + " " + name + "(" + eraseGenerics(declaration.substring(open + 1, close)) + ")";
            }
            default:
                return line;
        }
    }

    /** {@code java.util.Map<K, java.util.List<V>>} -> {@code java.util.Map}. */
    private static String eraseGenerics(String types) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char ch : types.toCharArray()) {
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * The failure message for {@code changes} of {@code module} against {@code baselineFile}.
     *
     * @param updateCommand the command that regenerates the baselines
     */
    static String report(String module, String baselineFile, List<Change> changes, String updateCommand) {
        StringBuilder out = new StringBuilder();
        out.append("The public API of ").append(module).append(" is incompatible with ").append(baselineFile)
                .append(": ").append(changes.size()).append(changes.size() == 1 ? " element" : " elements")
                .append(" removed or changed (additions are fine)\n");
        for (Change change : changes) {
            out.append(change).append('\n');
        }
        out.append("If that is intended, regenerate the baselines and commit them with the change:\n  ")
                .append(updateCommand).append('\n');
        return out.toString();
    }
}
