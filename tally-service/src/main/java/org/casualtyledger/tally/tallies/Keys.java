package org.casualtyledger.tally.tallies;

import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The key columns of a tally's SQL: k0 a constant (so that joins always have a key), then one per groupBy dimension.
 * Rows are grouped by the columns themselves (a month by its date) and only the groups are written as text
 * ({@link #output}): formatting every row before grouping cost more than the grouping.
 */
final class Keys {
    private Keys() {
    }

    /** The column of each dimension over event rows (and their rollups), which carry a place and a month. */
    private static final Map<Dimension, String> EVENT_COLUMNS = new EnumMap<>(Map.of(Dimension.GROUP, "grp",
            Dimension.OUTCOME, "outcome", Dimension.SUBGROUP, "subgroup", Dimension.LOCATION, "place",
            Dimension.PROVINCE, "province", Dimension.SOURCE, "unnest(sources)", Dimension.MONTH, "month"));
    /** The column of each dimension over running-total rows, which carry a source and a month but no place. */
    private static final Map<Dimension, String> SERIES_COLUMNS = new EnumMap<>(Map.of(Dimension.GROUP, "grp",
            Dimension.OUTCOME, "outcome", Dimension.SUBGROUP, "subgroup", Dimension.SOURCE, "source", Dimension.MONTH, "month"));

    static List<String> ofEvents(List<Dimension> dims) {
        return of(dims, EVENT_COLUMNS, "events");
    }

    static List<String> ofSeries(List<Dimension> dims) {
        return of(dims, SERIES_COLUMNS, "series");
    }

    private static List<String> of(List<Dimension> dims, Map<Dimension, String> columns, String rows) {
        List<String> keys = new ArrayList<>();
        keys.add("''::text");
        for (Dimension d : dims) {
            String column = columns.get(d);
            if (column == null) {
                throw new IllegalStateException(rows + " carry no " + d.parameter());
            }
            keys.add(column);
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
