package io.jnetlink.examples.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned as the docker CLI aligns its tables (Go's {@code tabwriter} with minimum width
 * 10, padding 3, blanks): each column but the last is as wide as its widest cell plus 3, at
 * least 10; the last column is not padded.
 */
final class TabTable {
    private static final int MIN_WIDTH = 10;
    private static final int PADDING = 3;

    private final List<String[]> rows = new ArrayList<>();

    void row(String... cells) {
        rows.add(cells);
    }

    String render() {
        List<Integer> widths = new ArrayList<>();
        for (String[] row : rows) {
            for (int column = 0; column < row.length - 1; column++) {
                int width = Math.max(MIN_WIDTH, row[column].codePointCount(0, row[column].length()) + PADDING);
                if (column == widths.size()) {
                    widths.add(width);
                } else {
                    widths.set(column, Math.max(widths.get(column), width));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                String cell = row[column];
                out.append(cell);
                if (column < row.length - 1) {
                    out.append(" ".repeat(widths.get(column) - cell.codePointCount(0, cell.length())));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
