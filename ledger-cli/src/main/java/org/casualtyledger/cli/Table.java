package org.casualtyledger.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with columns as wide as their widest cell (capped). */
final class Table {
    private static final int MAX_WIDTH = 60;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> headers) {
        this.headers = headers;
    }

    void add(List<String> row) {
        rows.add(row.stream().map(Table::clip).toList());
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            out.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", cells.get(c)));
        }
        out.append(System.lineSeparator());
    }

    private static String clip(String cell) {
        String flat = cell == null ? "" : cell.replaceAll("\\s+", " ");
        return flat.length() <= MAX_WIDTH ? flat : flat.substring(0, MAX_WIDTH - 1) + "…";
    }
}
