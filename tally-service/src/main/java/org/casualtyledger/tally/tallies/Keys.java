package org.casualtyledger.tally.tallies;

import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The key columns of a tally's SQL: k0 a constant (so that joins always have a key), then one per groupBy dimension.
 * Rows are grouped by the columns themselves (a month by its date) and only the groups are written as text
 * ({@link #output}): formatting every row before grouping cost more than the grouping.
 */
final class Keys {
    private Keys() {
    }

    /** The expression of each dimension over event rows (and their rollups), which carry a place and a month. */
    static List<String> ofEvents(List<Dimension> dims) {
        List<String> keys = new ArrayList<>();
        keys.add("''::text");
        for (Dimension d : dims) {
            switch (d) {
                case GROUP -> keys.add("grp");
                case OUTCOME -> keys.add("outcome");
                case SUBGROUP -> keys.add("subgroup");
                case LOCATION -> keys.add("place");
                case PROVINCE -> keys.add("province");
                case SOURCE -> keys.add("unnest(sources)");
                case MONTH -> keys.add("month");
                default -> throw new IllegalStateException(d.name());
            }
        }
        return keys;
    }

    /** The expression of each dimension over running-total rows, which carry a source and a month but no place. */
    static List<String> ofSeries(List<Dimension> dims) {
        List<String> keys = new ArrayList<>();
        keys.add("''::text");
        for (Dimension d : dims) {
            switch (d) {
                case GROUP -> keys.add("grp");
                case OUTCOME -> keys.add("outcome");
                case SUBGROUP -> keys.add("subgroup");
                case SOURCE -> keys.add("source");
                case MONTH -> keys.add("month");
                default -> throw new IllegalStateException("series carry no " + d.parameter());
            }
        }
        return keys;
    }

    /** "expr AS k0, expr AS k1, ..." */
    static String select(List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(keys.get(i) + " AS k" + i);
        }
        return String.join(", ", parts);
    }

    /** "k0, k1, ..." */
    static String list(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("k" + i);
        }
        return String.join(", ", names);
    }

    /** The grouped key columns as the answer reads them: text, a month as YYYY-MM. */
    static String output(List<Dimension> dims) {
        List<String> parts = new ArrayList<>();
        parts.add("k0");
        for (int i = 0; i < dims.size(); i++) {
            String k = "k" + (i + 1);
            parts.add(dims.get(i) == Dimension.MONTH ? "to_char(" + k + ", 'YYYY-MM') AS " + k : k);
        }
        return String.join(", ", parts);
    }

    /** The key of a result row: its dimensions' values, without k0. */
    static List<String> of(Row row, int width) {
        List<String> key = new ArrayList<>();
        for (int i = 1; i < width; i++) {
            key.add(row.getString("k" + i));
        }
        return key;
    }
}
