package org.casualtyledger.tally.tallies;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What replacing some events does to the monthly rollups, applied as a difference instead of recomputing the
 * rollup cells: counts and sums are added and subtracted; the sorted sets of sources and reports of a cell grow by
 * union. A set can only shrink when an event that cited a report or source goes and no replacement in the same cell
 * cites it; only then is that cell's set computed again from its events (another event may still cite it).
 */
public final class RollupDelta {
    private static final String SEP = "\u001f";

    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing((Cell c) -> c.grp)
            .thenComparing(c -> c.outcome).thenComparing(c -> c.province).thenComparing(c -> c.month)
            .thenComparing(c -> c.subgroup);

    private static final String ROWS = "unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[])";

    /** Writers of one cell take its lock (in sorted order, after their clusters'), so deltas never interleave. */
    private static final String LOCK = """
            SELECT pg_advisory_xact_lock(hashtext(k)) FROM (
                SELECT concat_ws('|', 'rollup', g, o, p, m::text, s) AS k FROM %1$s AS u(g, o, p, m, s)
                UNION
                SELECT concat_ws('|', 'by-source', g, o, m::text, s) FROM %1$s AS u(g, o, p, m, s)
                ORDER BY 1) keys""".formatted(ROWS);

    private static final String ADD = """
            INSERT INTO event_rollup AS r (grp, outcome, province, month, subgroup, events, claims, low, best, high,
                                           sources, report_ids)
            SELECT u.g, u.o, u.p, u.m, u.s, u.events, u.claims, u.low, u.best, u.high,
                   ARRAY(SELECT DISTINCT x FROM unnest(string_to_array(u.srcs, E'\\x1f')) x ORDER BY x),
                   ARRAY(SELECT DISTINCT x FROM unnest(string_to_array(u.reps, E'\\x1f')) x ORDER BY x)
            FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::bigint[], $7::bigint[],
                        $8::bigint[], $9::bigint[], $10::bigint[], $11::text[], $12::text[])
                 AS u(g, o, p, m, s, events, claims, low, best, high, srcs, reps)
            ORDER BY u.g, u.o, u.p, u.m, u.s
            ON CONFLICT (grp, outcome, province, month, subgroup) DO UPDATE SET
                events = r.events + EXCLUDED.events, claims = r.claims + EXCLUDED.claims, low = r.low + EXCLUDED.low,
                best = r.best + EXCLUDED.best, high = r.high + EXCLUDED.high,
                sources = ARRAY(SELECT DISTINCT x FROM unnest(r.sources || EXCLUDED.sources) x ORDER BY x),
                report_ids = ARRAY(SELECT DISTINCT x FROM unnest(r.report_ids || EXCLUDED.report_ids) x ORDER BY x)""";

    private static final String DROP_EMPTY = "DELETE FROM event_rollup WHERE events = 0 AND "
            + "(grp, outcome, province, month, subgroup) IN (SELECT * FROM " + ROWS + ")";

    /** A cell whose set may have shrunk: its sources and reports again from its events. */
    private static final String RECOUNT = """
            UPDATE event_rollup r SET
                sources = ARRAY(SELECT DISTINCT s FROM event e, unnest(e.sources) s WHERE e.grp = r.grp
                    AND e.outcome = r.outcome AND e.province = r.province AND e.subgroup = r.subgroup
                    AND e.first_date >= r.month AND e.first_date < r.month + interval '1 month' ORDER BY s),
                report_ids = ARRAY(SELECT DISTINCT x FROM event e, unnest(e.report_ids) x WHERE e.grp = r.grp
                    AND e.outcome = r.outcome AND e.province = r.province AND e.subgroup = r.subgroup
                    AND e.first_date >= r.month AND e.first_date < r.month + interval '1 month' ORDER BY x)
            WHERE (r.grp, r.outcome, r.province, r.month, r.subgroup) IN (SELECT * FROM %s)""".formatted(ROWS);

    private static final String ADD_BY_SOURCE = """
            INSERT INTO source_rollup AS r (grp, outcome, subgroup, month, source, events, best)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::bigint[], $7::bigint[])
                 AS u(g, o, s, m, src, events, best)
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (grp, outcome, subgroup, month, source) DO UPDATE SET
                events = r.events + EXCLUDED.events, best = r.best + EXCLUDED.best""";

    private static final String DROP_EMPTY_BY_SOURCE = """
            DELETE FROM source_rollup WHERE events = 0
            AND (grp, outcome, subgroup, month, source) IN
                (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[]))""";

    /** The same over all months: source_rollup summed by month, for tallies over all time. */
    private static final String ADD_SOURCE_TOTAL = """
            INSERT INTO source_total AS r (grp, outcome, subgroup, source, events, best)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[])
                 AS u(g, o, s, src, events, best)
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (grp, outcome, subgroup, source) DO UPDATE SET
                events = r.events + EXCLUDED.events, best = r.best + EXCLUDED.best""";

    private static final String DROP_EMPTY_SOURCE_TOTAL = """
            DELETE FROM source_total WHERE events = 0
            AND (grp, outcome, subgroup, source) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]))""";

    /** The event columns a delta needs, as selected or returned by the event statements. */
    public static final String EVENT_COLUMNS = "grp, outcome, province, subgroup, date_trunc('month', first_date)::date AS month, "
            + "claims, low, best, high, sources, report_ids";

    private final Map<List<Object>, Cell> byKey = new HashMap<>();
    private final Map<List<Object>, long[]> bySource = new HashMap<>();
    private final Map<List<Object>, Long> reportMonths = new HashMap<>();
    private final Map<List<Object>, Long> sourceMonths = new HashMap<>();
    private final Map<List<Object>, Long> reportGroupOutcomes = new HashMap<>();
    private final Map<List<Object>, Long> sourceGroupOutcomes = new HashMap<>();
    private final Map<List<Object>, Long> reportMonthGroups = new HashMap<>();
    private final Map<List<Object>, Long> sourceMonthGroups = new HashMap<>();

    public void remove(Row event) {
        apply(event, -1);
    }

    public void add(Row event) {
        apply(event, 1);
    }

    private void apply(Row e, int sign) {
        String grp = e.getString("grp");
        String outcome = e.getString("outcome");
        String subgroup = e.getString("subgroup");
        LocalDate month = e.getLocalDate("month");
        List<Object> key = List.of(grp, outcome, e.getString("province"), month, subgroup);
        Cell cell = byKey.computeIfAbsent(key, k -> new Cell(grp, outcome, e.getString("province"), month, subgroup));
        cell.events += sign;
        cell.claims += sign * e.getLong("claims");
        cell.low += sign * e.getLong("low");
        cell.best += sign * e.getLong("best");
        cell.high += sign * e.getLong("high");
        String[] sources = e.getArrayOfStrings("sources");
        String[] reports = e.getArrayOfStrings("report_ids");
        (sign > 0 ? cell.newSources : cell.oldSources).addAll(List.of(sources));
        (sign > 0 ? cell.newReports : cell.oldReports).addAll(List.of(reports));
        for (String source : sources) {
            long[] d = bySource.computeIfAbsent(List.of(grp, outcome, subgroup, month, source), k -> new long[2]);
            d[0] += sign;
            d[1] += sign * e.getLong("best");
        }
        for (String report : reports) {
            reportMonths.merge(List.of(month, report), (long) sign, Long::sum);
            reportGroupOutcomes.merge(List.of(grp, outcome, report), (long) sign, Long::sum);
            reportMonthGroups.merge(List.of(month, grp, report), (long) sign, Long::sum);
        }
        for (String source : sources) {
            sourceMonths.merge(List.of(month, source), (long) sign, Long::sum);
            sourceGroupOutcomes.merge(List.of(grp, outcome, source), (long) sign, Long::sum);
            sourceMonthGroups.merge(List.of(month, grp, source), (long) sign, Long::sum);
        }
    }

    public Uni<Void> apply(SqlConnection conn) {
        List<Cell> changed = new ArrayList<>();
        for (Cell c : byKey.values()) {
            if (!c.unchanged()) {
                changed.add(c);
            }
        }
        changed.sort(CELL_ORDER);
        List<Map.Entry<List<Object>, long[]>> sourceChanges = new ArrayList<>();
        bySource.entrySet().stream().filter(en -> en.getValue()[0] != 0 || en.getValue()[1] != 0).forEach(sourceChanges::add);
        List<Map<List<Object>, Long>> members = List.of(reportMonths, sourceMonths, reportGroupOutcomes,
                sourceGroupOutcomes, reportMonthGroups, sourceMonthGroups);
        members.forEach(m -> m.values().removeIf(d -> d == 0));
        if (changed.isEmpty() && sourceChanges.isEmpty() && members.stream().allMatch(Map::isEmpty)) {
            return Uni.createFrom().voidItem();
        }
        List<Cell> shrunk = changed.stream().filter(Cell::mayHaveShrunk).toList();
        List<Uni<RowSet<Row>>> steps = new ArrayList<>();
        steps.add(conn.preparedQuery(LOCK).execute(keys(new ArrayList<>(byKey.values()))));
        Map<LevelTally, Map<List<Object>, long[]>> levels = levelSums();
        levels.forEach((level, sums) -> steps.add(conn.preparedQuery(level.add()).execute(levelRows(level, sums, true))));
        if (!changed.isEmpty()) {
            steps.add(conn.preparedQuery(ADD).execute(additions(changed)));
            List<Cell> fallen = changed.stream().filter(c -> c.events < 0).toList();
            if (!fallen.isEmpty()) {
                steps.add(conn.preparedQuery(DROP_EMPTY).execute(keys(fallen)));
            }
        }
        if (!shrunk.isEmpty()) {
            steps.add(conn.preparedQuery(RECOUNT).execute(keys(shrunk)));
        }
        if (!sourceChanges.isEmpty()) {
            steps.add(conn.preparedQuery(ADD_BY_SOURCE).execute(sourceAdditions(sourceChanges, true)));
            List<Map.Entry<List<Object>, long[]>> fallen = sourceChanges.stream().filter(en -> en.getValue()[0] < 0).toList();
            if (!fallen.isEmpty()) {
                steps.add(conn.preparedQuery(DROP_EMPTY_BY_SOURCE).execute(sourceAdditions(fallen, false)));
            }
            addSourceTotals(conn, steps, sourceChanges);
        }
        addMembers(conn, steps, MONTH_REPORT, reportMonths);
        addMembers(conn, steps, MONTH_SOURCE, sourceMonths);
        addMembers(conn, steps, GROUP_OUTCOME_REPORT, reportGroupOutcomes);
        addMembers(conn, steps, GROUP_OUTCOME_SOURCE, sourceGroupOutcomes);
        addMembers(conn, steps, MONTH_GROUP_REPORT, reportMonthGroups);
        addMembers(conn, steps, MONTH_GROUP_SOURCE, sourceMonthGroups);
        levels.forEach((level, sums) -> {
            Map<List<Object>, long[]> fallen = new HashMap<>(sums);
            fallen.values().removeIf(d -> d[0] >= 0);
            if (!fallen.isEmpty()) {
                steps.add(conn.preparedQuery(level.dropEmpty()).execute(levelRows(level, fallen, false)));
            }
        });
        return Uni.join().all(steps).andFailFast().replaceWithVoid();
    }

    /**
     * Per level tally, the change of the sums (events, claims, low, best, high) of every cell holding an event that
     * changed, unchanged sums too: the first statement takes every row the change will touch.
     */
    private Map<LevelTally, Map<List<Object>, long[]>> levelSums() {
        Map<LevelTally, Map<List<Object>, long[]>> levels = new LinkedHashMap<>();
        for (LevelTally level : LevelTally.ALL) {
            Map<List<Object>, long[]> sums = new HashMap<>();
            for (Cell c : byKey.values()) {
                c.addSumsTo(sums.computeIfAbsent(level.key(c.grp, c.outcome, c.month), k -> new long[5]));
            }
            levels.put(level, sums);
        }
        return levels;
    }

    /** The level's cells as one array per key column, then with {@code withSums} one per sum. */
    private static Tuple levelRows(LevelTally level, Map<List<Object>, long[]> sums, boolean withSums) {
        List<Map.Entry<List<Object>, long[]>> rows = new ArrayList<>(sums.entrySet());
        List<Object> columns = new ArrayList<>(keyColumns(level.types(), rows.stream().map(Map.Entry::getKey).toList()));
        for (int s = 0; withSums && s < 5; s++) {
            Long[] column = new Long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                column[i] = rows.get(i).getValue()[s];
            }
            columns.add(column);
        }
        return Tuple.tuple(columns);
    }

    /**
     * The change of each month's event sums (events, claims, low, best, high), with every month whose events or
     * members changed (the counts of its reports and sources may have changed with sums that did not).
     */
    Map<LocalDate, long[]> monthSums() {
        Map<LocalDate, long[]> months = new java.util.TreeMap<>();
        for (Cell c : byKey.values()) {
            if (!c.unchanged()) {
                c.addSumsTo(months.computeIfAbsent(c.month, k -> new long[5]));
            }
        }
        for (Map<List<Object>, Long> members : List.of(reportMonths, sourceMonths)) {
            members.forEach((k, d) -> {
                if (d != 0) {
                    months.computeIfAbsent((LocalDate) k.get(0), m -> new long[5]);
                }
            });
        }
        return months;
    }

    /** The months and sources whose events per source changed. */
    /** The groups, outcomes and sources (in that order) whose events per source changed, in a set open to more. */
    Set<List<String>> sourceGroupOutcomesChanged() {
        Set<List<String>> keys = new java.util.TreeSet<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        bySource.forEach((k, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                keys.add(List.of((String) k.get(0), (String) k.get(1), (String) k.get(4)));
            }
        });
        return keys;
    }

    Set<List<Object>> sourceMonthsChanged() {
        Set<List<Object>> pairs = new java.util.TreeSet<>(Comparator.comparing((List<Object> k) -> (LocalDate) k.get(0))
                .thenComparing(k -> (String) k.get(1)));
        bySource.forEach((k, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                pairs.add(List.of(k.get(3), k.get(4)));
            }
        });
        return pairs;
    }

    /**
     * A table counting the events that cite each member (report or source) of a cell: its name and key columns, and
     * the level tally counting its rows per cell, if one does.
     */
    private record MemberTable(String table, List<String> columns, List<String> types, LevelTally level) {
        String add() {
            String cols = String.join(", ", columns);
            String order = String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns.size()).mapToObj(String::valueOf).toList());
            String add = "INSERT INTO " + table + " AS t (" + cols + ", events) SELECT * FROM unnest(" + LevelTally.arrays(types)
                    + ", $" + (types.size() + 1) + "::bigint[]) ORDER BY " + order + " ON CONFLICT (" + cols
                    + ") DO UPDATE SET events = t.events + EXCLUDED.events";
            // A row inserted (not updated) has no xmax yet.
            return level == null ? add : level.counting(table, add + " RETURNING " + String.join(", ", level.keys())
                    + ", xmax = 0 AS fresh", true);
        }

        String dropEmpty() {
            String drop = "DELETE FROM " + table + " WHERE events = 0 AND (" + String.join(", ", columns)
                    + ") IN (SELECT * FROM unnest(" + LevelTally.arrays(types) + "))";
            return level == null ? drop : level.counting(table, drop + " RETURNING " + String.join(", ", level.keys()), false);
        }
    }

    private static final MemberTable MONTH_REPORT = new MemberTable("month_report", List.of("month", "report_id"), List.of("date", "text"), null);
    private static final MemberTable MONTH_SOURCE = new MemberTable("month_source", List.of("month", "source"), List.of("date", "text"), null);
    private static final MemberTable GROUP_OUTCOME_REPORT = new MemberTable("group_outcome_report",
            List.of("grp", "outcome", "report_id"), List.of("text", "text", "text"), LevelTally.GROUP_OUTCOME);
    private static final MemberTable GROUP_OUTCOME_SOURCE = new MemberTable("group_outcome_source",
            List.of("grp", "outcome", "source"), List.of("text", "text", "text"), LevelTally.GROUP_OUTCOME);
    private static final MemberTable MONTH_GROUP_REPORT = new MemberTable("month_group_report",
            List.of("month", "grp", "report_id"), List.of("date", "text", "text"), LevelTally.MONTH_GROUP);
    private static final MemberTable MONTH_GROUP_SOURCE = new MemberTable("month_group_source",
            List.of("month", "grp", "source"), List.of("date", "text", "text"), LevelTally.MONTH_GROUP);

    /**
     * Rows of a member table are written in key order by every writer, in one statement, so two writers never wait on
     * each other in a circle; rows down to no event are then dropped (only a row whose count fell can reach none).
     */
    private static void addMembers(SqlConnection conn, List<Uni<RowSet<Row>>> steps, MemberTable table,
                                   Map<List<Object>, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<List<Object>, Long>> all = new ArrayList<>(deltas.entrySet());
        Long[] events = all.stream().map(Map.Entry::getValue).toArray(Long[]::new);
        steps.add(conn.preparedQuery(table.add()).execute(Tuple.tuple(appended(memberKeys(table, all), events))));
        List<Map.Entry<List<Object>, Long>> fallen = all.stream().filter(d -> d.getValue() < 0).toList();
        if (!fallen.isEmpty()) {
            steps.add(conn.preparedQuery(table.dropEmpty()).execute(Tuple.tuple(memberKeys(table, fallen))));
        }
    }

    /** The key columns of a member table's rows, one array per column. */
    private static List<Object> memberKeys(MemberTable table, List<Map.Entry<List<Object>, Long>> rows) {
        return keyColumns(table.types(), rows.stream().map(Map.Entry::getKey).toList());
    }

    /** Keys as one array per column, of the column's SQL type (date or text). */
    private static List<Object> keyColumns(List<String> types, List<List<Object>> keys) {
        int n = keys.size();
        List<Object> columns = new ArrayList<>();
        for (int c = 0; c < types.size(); c++) {
            Object[] column = types.get(c).equals("date") ? new LocalDate[n] : new String[n];
            for (int i = 0; i < n; i++) {
                column[i] = keys.get(i).get(c);
            }
            columns.add(column);
        }
        return columns;
    }

    private static List<Object> appended(List<Object> values, Object last) {
        List<Object> all = new ArrayList<>(values);
        all.add(last);
        return all;
    }

    /** The month-by-month changes per source summed over months, written in key order. */
    private static void addSourceTotals(SqlConnection conn, List<Uni<RowSet<Row>>> steps,
                                        List<Map.Entry<List<Object>, long[]>> sourceChanges) {
        Map<List<Object>, long[]> totals = new HashMap<>();
        for (Map.Entry<List<Object>, long[]> e : sourceChanges) {
            List<Object> k = e.getKey();
            long[] t = totals.computeIfAbsent(List.of(k.get(0), k.get(1), k.get(2), k.get(4)), x -> new long[2]);
            t[0] += e.getValue()[0];
            t[1] += e.getValue()[1];
        }
        totals.values().removeIf(t -> t[0] == 0 && t[1] == 0);
        if (totals.isEmpty()) {
            return;
        }
        int n = totals.size();
        String[][] keys = new String[4][n];
        Long[] events = new Long[n];
        Long[] best = new Long[n];
        int i = 0;
        for (Map.Entry<List<Object>, long[]> e : totals.entrySet()) {
            for (int c = 0; c < 4; c++) {
                keys[c][i] = (String) e.getKey().get(c);
            }
            events[i] = e.getValue()[0];
            best[i] = e.getValue()[1];
            i++;
        }
        steps.add(conn.preparedQuery(ADD_SOURCE_TOTAL).execute(Tuple.tuple(List.of(keys[0], keys[1], keys[2], keys[3], events, best))));
        if (totals.values().stream().anyMatch(t -> t[0] < 0)) {
            steps.add(conn.preparedQuery(DROP_EMPTY_SOURCE_TOTAL).execute(Tuple.tuple(List.of(keys[0], keys[1], keys[2], keys[3]))));
        }
    }

    private static Tuple keys(List<Cell> list) {
        int n = list.size();
        String[] g = new String[n];
        String[] o = new String[n];
        String[] p = new String[n];
        LocalDate[] m = new LocalDate[n];
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            Cell c = list.get(i);
            g[i] = c.grp;
            o[i] = c.outcome;
            p[i] = c.province;
            m[i] = c.month;
            s[i] = c.subgroup;
        }
        return Tuple.tuple(List.of(g, o, p, m, s));
    }

    private static Tuple additions(List<Cell> list) {
        int n = list.size();
        Long[][] sums = new Long[5][n];
        String[] srcs = new String[n];
        String[] reps = new String[n];
        for (int i = 0; i < n; i++) {
            Cell c = list.get(i);
            sums[0][i] = c.events;
            sums[1][i] = c.claims;
            sums[2][i] = c.low;
            sums[3][i] = c.best;
            sums[4][i] = c.high;
            srcs[i] = String.join(SEP, c.newSources);
            reps[i] = String.join(SEP, c.newReports);
        }
        List<Object> values = new ArrayList<>(keys(list).size() + 7);
        Tuple k = keys(list);
        for (int i = 0; i < k.size(); i++) {
            values.add(k.getValue(i));
        }
        for (Long[] column : sums) {
            values.add(column);
        }
        values.add(srcs);
        values.add(reps);
        return Tuple.tuple(values);
    }

    private static Tuple sourceAdditions(List<Map.Entry<List<Object>, long[]>> list, boolean withSums) {
        int n = list.size();
        String[] g = new String[n];
        String[] o = new String[n];
        String[] s = new String[n];
        LocalDate[] m = new LocalDate[n];
        String[] src = new String[n];
        Long[] events = new Long[n];
        Long[] best = new Long[n];
        for (int i = 0; i < n; i++) {
            List<Object> key = list.get(i).getKey();
            g[i] = (String) key.get(0);
            o[i] = (String) key.get(1);
            s[i] = (String) key.get(2);
            m[i] = (LocalDate) key.get(3);
            src[i] = (String) key.get(4);
            events[i] = list.get(i).getValue()[0];
            best[i] = list.get(i).getValue()[1];
        }
        return withSums ? Tuple.tuple(List.of(g, o, s, m, src, events, best)) : Tuple.tuple(List.of(g, o, s, m, src));
    }

    private static final class Cell {
        final String grp;
        final String outcome;
        final String province;
        final LocalDate month;
        final String subgroup;
        long events;
        long claims;
        long low;
        long best;
        long high;
        final Set<String> oldSources = new HashSet<>();
        final Set<String> newSources = new HashSet<>();
        final Set<String> oldReports = new HashSet<>();
        final Set<String> newReports = new HashSet<>();

        Cell(String grp, String outcome, String province, LocalDate month, String subgroup) {
            this.grp = grp;
            this.outcome = outcome;
            this.province = province;
            this.month = month;
            this.subgroup = subgroup;
        }

        /** Adds this cell's change of events, claims, low, best and high to {@code sums}, in that order. */
        void addSumsTo(long[] sums) {
            sums[0] += events;
            sums[1] += claims;
            sums[2] += low;
            sums[3] += best;
            sums[4] += high;
        }

        boolean mayHaveShrunk() {
            return !newSources.containsAll(oldSources) || !newReports.containsAll(oldReports);
        }

        /** Events replaced by identical ones: nothing to write. */
        boolean unchanged() {
            return events == 0 && claims == 0 && low == 0 && best == 0 && high == 0
                    && oldSources.equals(newSources) && oldReports.equals(newReports);
        }
    }
}
