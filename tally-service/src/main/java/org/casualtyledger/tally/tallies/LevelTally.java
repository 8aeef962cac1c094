package org.casualtyledger.tally.tallies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A tally kept as one row per cell of a level (by group and outcome over all time, or by month and group): the events'
 * sums and how many reports and sources stand behind them, so that a tally at that level reads a row per cell
 * instead of summing every rollup cell and counting every member row. The sums change by the events' difference, the
 * counts by the member rows ({@link RollupDelta}'s member tables) a change adds or drops. Every writer upserts the
 * rows of every cell it touches first, in key order and in one statement, so the later statements of the same change
 * only touch rows it already holds and two writers never wait on each other in a circle.
 */
public record LevelTally(String table, List<String> keys, List<String> types, String reportTable, String sourceTable) {
    static final LevelTally GROUP_OUTCOME = new LevelTally("group_outcome_tally", List.of("grp", "outcome"),
            List.of("text", "text"), "group_outcome_report", "group_outcome_source");
    static final LevelTally MONTH_GROUP = new LevelTally("month_group_tally", List.of("month", "grp"),
            List.of("date", "text"), "month_group_report", "month_group_source");
    public static final List<LevelTally> ALL = List.of(GROUP_OUTCOME, MONTH_GROUP);

    private static final List<String> SUMS = List.of("events", "claims", "low", "best", "high");

    /** The cell of an event's group, outcome and month at this level. */
    List<Object> key(String grp, String outcome, LocalDate month) {
        return keys.stream().<Object>map(k -> switch (k) {
            case "grp" -> grp;
            case "outcome" -> outcome;
            case "month" -> month;
            default -> throw new IllegalStateException("no level key " + k);
        }).toList();
    }

    /** The sums' differences added to the cells ($1.. the keys, then the five sums), new cells counted with none. */
    String add() {
        String cols = String.join(", ", keys);
        String sums = SUMS.stream().map(s -> s + " = t." + s + " + EXCLUDED." + s).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " AS t (" + cols + ", " + String.join(", ", SUMS) + ", reports, sources) "
                + "SELECT *, 0, 0 FROM unnest(" + arrays(types) + ", " + sumArrays() + ") ORDER BY " + positions()
                + " ON CONFLICT (" + cols + ") DO UPDATE SET " + sums;
    }

    /** The cells left without events, among those of $1.. (the keys). */
    String dropEmpty() {
        return "DELETE FROM " + table + " WHERE events = 0 AND (" + String.join(", ", keys) + ") IN (SELECT * FROM unnest("
                + arrays(types) + "))";
    }

    /**
     * {@code change}, a statement on the member table {@code members} returning the key columns of the member rows
     * it added ({@code fresh}) or dropped, followed by the count of the members of their cells.
     */
    String counting(String members, String change, boolean added) {
        String column = members.equals(reportTable) ? "reports" : "sources";
        String cols = String.join(", ", keys);
        String match = keys.stream().map(k -> "t." + k + " = d." + k).collect(Collectors.joining(" AND "));
        return "WITH m AS (" + change + ") UPDATE " + table + " t SET " + column + " = t." + column + (added ? " + " : " - ")
                + "d.n FROM (SELECT " + cols + ", count(*) AS n FROM m" + (added ? " WHERE fresh" : "") + " GROUP BY " + cols
                + ") d WHERE " + match;
    }

    /** Every cell's row from the event rollup and the member tables. */
    public String build() {
        String cols = String.join(", ", keys);
        String match = keys.stream().map(k -> "r." + k + " = e." + k).collect(Collectors.joining(" AND "));
        return "INSERT INTO " + table + " (" + cols + ", " + String.join(", ", SUMS) + ", reports, sources) "
                + "SELECT " + keys.stream().map(k -> "e." + k).collect(Collectors.joining(", ")) + ", "
                + SUMS.stream().map(s -> "e." + s).collect(Collectors.joining(", ")) + ", "
                + "(SELECT count(*) FROM " + reportTable + " r WHERE " + match + "), "
                + "(SELECT count(*) FROM " + sourceTable + " r WHERE " + match + ") "
                + "FROM (SELECT " + cols + ", " + SUMS.stream().map(s -> "sum(" + s + ") AS " + s).collect(Collectors.joining(", "))
                + " FROM event_rollup GROUP BY " + cols + ") e";
    }

    /** "$1::type[], $2::type[], ..." for unnest, one array per column of {@code types}. */
    static String arrays(List<String> types) {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            params.add("$" + (i + 1) + "::" + types.get(i) + "[]");
        }
        return String.join(", ", params);
    }

    private String sumArrays() {
        return IntStream.range(0, SUMS.size()).mapToObj(i -> "$" + (keys.size() + i + 1) + "::bigint[]")
                .collect(Collectors.joining(", "));
    }

    private String positions() {
        return IntStream.rangeClosed(1, keys.size()).mapToObj(String::valueOf).collect(Collectors.joining(", "));
    }
}
