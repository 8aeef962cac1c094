package org.casualtyledger.tally.tallies;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.casualtyledger.claim.Page;
import org.casualtyledger.tally.corrections.Corrected;
import org.casualtyledger.tally.corrections.CorrectionBook;
import org.casualtyledger.tally.query.SqlFilter;

/**
 * Answers tallies from events (or their monthly rollup) and from running totals, side by side.
 * Events: low, best and high are sums over events. Series: each source's figure is, per group/outcome/subgroup,
 * its running total's rise over the period (the largest where several series of the source start on different
 * dates), summed over groups; across sources low is the smallest figure, high the largest, best the most recent.
 */
@jakarta.enterprise.context.ApplicationScoped
public class TallyReader {
    private final CorrectionBook corrections;

    public TallyReader(CorrectionBook corrections) {
        this.corrections = corrections;
    }

    /**
     * Every cell of the tally in key order, before paging, read through {@code db}: the ledger's pool, or a connection
     * holding the ledger as of a past time. With {@code eventsOnly} from the events alone, without
     * running totals and their disagreements (a chart of events over time needs neither, and is spared two of the
     * three queries and most of the answer).
     */
    public Uni<List<Tally>> cells(SqlClient db, TallyQuery q, boolean eventsOnly) {
        // The three queries are independent: they run at once on separate connections, then fill the cells in order.
        List<Uni<Consumer<Map<List<String>, Cell>>>> parts = new ArrayList<>();
        parts.add(eventCells(db, q));
        if (!eventsOnly && q.seriesApply() && bySourceAndMonth(q)) {
            parts.add(monthlySeries(db, q));
        } else if (!eventsOnly && q.seriesApply() && GroupOutcomeSeries.answers(q)) {
            parts.add(GroupOutcomeSeries.read(db, q));
        } else if (!eventsOnly && q.seriesApply()) {
            parts.add(seriesCells(db, q));
            parts.add(disagreements(db, q));
        }
        if (!corrections.isEmpty()) {
            parts.add(correctedCells(db, q));
        }
        return Uni.join().all(parts).andFailFast().map(fillers -> {
            Map<List<String>, Cell> cells = new TreeMap<>(TallyReader::compareKeys);
            fillers.forEach(f -> f.accept(cells));
            List<Tally> all = new ArrayList<>();
            cells.forEach((key, cell) -> all.add(cell.toTally(namedKey(q.groupBy(), key))));
            return List.copyOf(all);
        });
    }

    // ---- events ----

    private Uni<Consumer<Map<List<String>, Cell>>> eventCells(SqlClient db, TallyQuery q) {
        List<String> keys = Keys.ofEvents(q.groupBy());
        MemberCounts.Sql members = MemberCounts.sql(q, keys);
        if (members != null) {
            return estimates(db, members.text(), members.filter(), q.groupBy().size() + 1);
        }
        boolean rollup = !q.has(Dimension.SOURCE) && !q.has(Dimension.LOCATION) && q.source() == null && q.monthAligned();
        SqlFilter f = eventFilter(q, rollup);
        String base = rollup ? ROLLUP_ROWS + f.where() : EVENT_ROWS + f.where();
        if (rollup && q.location() != null) {
            // The rollup holds provinces; a place of that name outside a province of that name comes from the events.
            SqlFilter places = f.sub().add("grp = ?", q.group())
                    .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                    .add("subgroup = ?", q.subgroup())
                    .add("lower(place) = lower(?) AND lower(province) <> lower(?)", q.location())
                    .add("first_date >= ?", q.from()).add("first_date <= ?", q.to());
            base = base + " UNION ALL " + EVENT_ROWS + places.where();
        }
        String keyList = Keys.list(keys.size());
        String sql = "WITH b AS (" + base + "), "
                + "e AS (SELECT " + Keys.select(keys) + ", n, claims, low, best, high, sources, report_ids FROM b), "
                + "s AS (SELECT " + keyList + ", sum(n) AS events, sum(claims) AS claims, sum(low) AS low, sum(best) AS best, sum(high) AS high FROM e GROUP BY " + keyList + "), "
                + "r AS (SELECT " + keyList + ", count(*) AS reports FROM (SELECT DISTINCT " + keyList + ", x FROM e, unnest(report_ids) x) d GROUP BY " + keyList + "), "
                + "o AS (SELECT " + keyList + ", count(*) AS sources FROM (SELECT DISTINCT " + keyList + ", x FROM e, unnest(sources) x) d GROUP BY " + keyList + ") "
                + "SELECT " + Keys.output(q.groupBy()) + ", events, claims, low, best, high, reports, sources "
                + "FROM s JOIN r USING (" + keyList + ") JOIN o USING (" + keyList + ")";
        return estimates(db, sql, f, keys.size());
    }

    private Uni<Consumer<Map<List<String>, Cell>>> estimates(SqlClient db, String sql, SqlFilter f, int width) {
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> cells -> {
            for (Row row : rows) {
                Cell cell = cells.computeIfAbsent(Keys.of(row, width), k -> new Cell());
                cell.events = new Estimate(row.getLong("low"), row.getLong("best"), row.getLong("high"),
                        row.getLong("events"), row.getLong("claims"), row.getLong("reports"), row.getLong("sources"));
            }
        });
    }

    private static final String ROLLUP_ROWS = "SELECT grp, outcome, subgroup, province, ''::text AS place, month, "
            + "events AS n, claims, low, best, high, sources, report_ids FROM event_rollup";
    private static final String EVENT_ROWS = "SELECT grp, outcome, subgroup, province, place, "
            + "date_trunc('month', first_date)::date AS month, 1 AS n, claims, low, best, high, sources, report_ids FROM event";

    private static SqlFilter eventFilter(TallyQuery q, boolean rollup) {
        return eventFilter(q, rollup, new SqlFilter());
    }

    private static SqlFilter eventFilter(TallyQuery q, boolean rollup, SqlFilter f) {
        f.add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("subgroup = ?", q.subgroup());
        if (rollup) {
            f.add("lower(province) = lower(?)", q.location()).add("month >= ?", q.from()).add("month <= ?", q.to());
        } else {
            f.add("(lower(place) = lower(?) OR lower(province) = lower(?))", q.location())
                    .add("first_date >= ?", q.from()).add("first_date <= ?", q.to()).add("? = ANY(sources)", q.source());
        }
        return f;
    }

    // ---- series ----

    /**
     * Per cell and source: the source's running totals, each group's largest where several start on different dates,
     * summed over groups. Aggregated in the database so a month-by-month tally of everything stays small.
     */
    private Uni<Consumer<Map<List<String>, Cell>>> seriesCells(SqlClient db, TallyQuery q) {
        SqlFilter f = seriesFilter(q);
        List<String> keys = Keys.ofSeries(q.groupBy());
        String base;
        if (q.has(Dimension.MONTH)) {
            f.add("m.month >= date_trunc('month', ?::date)::date", q.from()).add("m.month <= ?", q.to());
            base = "SELECT s.source, s.grp, s.outcome, s.subgroup, m.month, greatest(m.increment, 0) AS value, "
                    + "m.last_published AS published, m.report_id FROM series_month m JOIN series s ON s.id = m.series_id" + f.where();
        } else if (q.from() == null && q.to() == null) {
            // Over all time: each series' latest point, kept on the series row.
            base = "SELECT s.source, s.grp, s.outcome, s.subgroup, NULL::date AS month, greatest(s.latest_value, 0) AS value, "
                    + "s.last_published AS published, s.latest_report_id AS report_id FROM series s" + f.where();
        } else {
            String to = q.to() == null ? "" : " AND p.published_at <= " + f.param(q.to());
            String before = q.from() == null ? "NULL::bigint"
                    : "(SELECT p.value FROM series_point p WHERE p.series_id = s.id AND p.published_at < " + f.param(q.from())
                    + " ORDER BY p.published_at DESC, p.report_id DESC, p.claim_id DESC LIMIT 1)";
            if (q.from() != null) {
                f.always("t.published_at >= " + f.param(q.from()));
            }
            base = "SELECT s.source, s.grp, s.outcome, s.subgroup, NULL::date AS month, "
                    + "greatest(t.value - coalesce(" + before + ", 0), 0) AS value, t.published_at AS published, t.report_id "
                    + "FROM series s JOIN LATERAL (SELECT p.value, p.published_at, p.report_id FROM series_point p "
                    + "WHERE p.series_id = s.id" + to + " ORDER BY p.published_at DESC, p.report_id DESC, p.claim_id DESC LIMIT 1) t ON true" + f.where();
        }
        String keyList = Keys.list(keys.size());
        String sql = "WITH b AS (" + base + "), "
                + "g AS (SELECT " + Keys.select(keys) + ", source, max(value) AS value, max(published) AS published, "
                + "(array_agg(report_id ORDER BY value DESC, report_id))[1] AS report_id FROM b "
                + "GROUP BY " + keyList + ", source, grp, outcome, subgroup) "
                + "SELECT " + Keys.output(q.groupBy()) + ", source, sum(value) AS value, max(published) AS published, count(*) AS figures, "
                + "count(DISTINCT report_id) AS report_count FROM g GROUP BY " + keyList + ", source";
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> cells -> {
            for (Row row : rows) {
                seriesCell(cells, row, keys.size()).add(row);
            }
        });
    }

    private static SeriesCell seriesCell(Map<List<String>, Cell> cells, Row row, int width) {
        return seriesCell(cells, Keys.of(row, width));
    }

    static SeriesCell seriesCell(Map<List<String>, Cell> cells, List<String> key) {
        Cell cell = cells.computeIfAbsent(key, k -> new Cell());
        if (cell.series == null) {
            cell.series = new SeriesCell();
        }
        return cell.series;
    }

    /**
     * A tally by month (and perhaps source) of every group, outcome and subgroup, over whole months: its running
     * totals and their disagreements are read from the row per month and source that {@link MonthlyRollup} keeps.
     */
    private static boolean bySourceAndMonth(TallyQuery q) {
        return q.has(Dimension.MONTH) && q.groupBy().stream().allMatch(d -> d == Dimension.MONTH || d == Dimension.SOURCE)
                && q.group() == null && q.outcome() == null && q.subgroup() == null && q.location() == null
                && q.monthAligned();
    }

    /** The rows of month_source_series the question asks for, read once for the running totals and their disagreements. */
    private static Uni<Consumer<Map<List<String>, Cell>>> monthlySeries(SqlClient db, TallyQuery q) {
        int width = q.groupBy().size() + 1;
        SqlFilter f = new SqlFilter().add("source = ?", q.source()).add("month >= ?", q.from()).add("month <= ?", q.to());
        String sql = "SELECT " + Keys.output(q.groupBy()) + ", source, value, published, figures, cardinality(report_ids) AS report_count, "
                + "best, events FROM (SELECT " + Keys.select(Keys.ofSeries(q.groupBy()))
                + ", source, value, published, figures, report_ids, events, best FROM month_source_series" + f.where() + ") t";
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> cells -> {
            List<SourceEvents> withEvents = new ArrayList<>();
            for (Row row : rows) {
                seriesCell(cells, row, width).add(row);
                if (row.getLong("events") > 0) {
                    withEvents.add(SourceEvents.of(row, width));
                }
            }
            compare(cells, withEvents);
        });
    }

    private static SqlFilter seriesFilter(TallyQuery q) {
        return seriesFilter(q, new SqlFilter());
    }

    private static SqlFilter seriesFilter(TallyQuery q, SqlFilter f) {
        f.add("s.grp = ?", q.group())
                .add("s.outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("s.source = ?", q.source());
        if (q.subgroup() != null) {
            f.add("s.subgroup = ?", q.subgroup());
        } else if (!q.has(Dimension.SUBGROUP)) {
            f.always("NOT s.breakdown");
        }
        return f;
    }

    /**
     * The series figures of one cell, one per source. A report belongs to one source, so the reports behind a cell
     * are the sum of each source's distinct reports: a source's whole figure comes with their count
     * ({@code report_count}), and only the parts of a source's figure (one group and outcome each) bring their reports,
     * which may repeat from part to part.
     */
    static final class SeriesCell {
        final Map<String, Long> valueBySource = new TreeMap<>();
        final Map<String, LocalDate> publishedBySource = new HashMap<>();
        final Map<String, Set<String>> partReportsBySource = new HashMap<>();
        long reports;
        long figures;

        void add(Row row) {
            String source = row.getString("source");
            valueBySource.put(source, row.getLong("value"));
            publishedBySource.put(source, row.getLocalDate("published"));
            figures += row.getLong("figures");
            reports += row.getLong("report_count");
        }

        /** A part of a source's figure (one group and outcome of a coarser cell): added to the parts before it. */
        void addPart(Row row) {
            String source = row.getString("source");
            valueBySource.merge(source, row.getLong("value"), Long::sum);
            publishedBySource.merge(source, row.getLocalDate("published"), (a, b) -> a.isAfter(b) ? a : b);
            figures += row.getLong("figures");
            Set<String> seen = partReportsBySource.computeIfAbsent(source, s -> new HashSet<>());
            for (String report : row.getArrayOfStrings("report_ids")) {
                if (seen.add(report)) {
                    reports++;
                }
            }
        }

        /** low: the smallest source's figure; high: the largest; best: the most recently published. */
        Estimate estimate() {
            long low = Long.MAX_VALUE;
            long high = 0;
            long best = 0;
            LocalDate bestDate = null;
            for (Map.Entry<String, Long> e : valueBySource.entrySet()) {
                long value = e.getValue();
                low = Math.min(low, value);
                high = Math.max(high, value);
                LocalDate date = publishedBySource.get(e.getKey());
                if (bestDate == null || date.isAfter(bestDate) || (date.equals(bestDate) && value > best)) {
                    bestDate = date;
                    best = value;
                }
            }
            return new Estimate(low, best, high, 0, figures, reports, valueBySource.size());
        }
    }

    // ---- disagreements between a source's series and its events ----

    /**
     * For every cell and source with a running total: the events that source reported in the same groups, outcomes
     * and subgroups as its running totals, from the per-source monthly rollup when whole months are asked for.
     */
    private Uni<Consumer<Map<List<String>, Cell>>> disagreements(SqlClient db, TallyQuery q) {
        int width = q.groupBy().size() + 1;
        boolean rollup = q.monthAligned();
        SqlFilter f = new SqlFilter()
                .add("r.grp = ?", q.group())
                .add("r.outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("r.subgroup = ?", q.subgroup())
                .add("r.source = ?", q.source());
        String base;
        if (rollup && q.from() == null && q.to() == null && !q.has(Dimension.MONTH)) {
            base = "SELECT grp, outcome, subgroup, source, NULL::date AS month, events, best FROM source_total";
        } else if (rollup) {
            f.add("r.month >= ?", q.from()).add("r.month <= ?", q.to());
            base = "SELECT grp, outcome, subgroup, source, month, events, best FROM source_rollup";
        } else {
            f.add("r.day >= ?", q.from()).add("r.day <= ?", q.to());
            base = "SELECT grp, outcome, subgroup, src AS source, date_trunc('month', first_date)::date AS month, "
                    + "first_date AS day, 1 AS events, best FROM event, unnest(sources) src";
        }
        List<String> keys = Keys.ofSeries(q.groupBy());
        String keyList = Keys.list(keys.size());
        String seriesWhere = seriesFilter(q, f.sub()).where();
        f.always("(r.source, r.grp, r.outcome, r.subgroup) IN (SELECT s.source, s.grp, s.outcome, s.subgroup FROM series s"
                + seriesWhere + ")");
        String sql = "SELECT " + Keys.output(q.groupBy()) + ", source, best, events FROM (SELECT " + Keys.select(keys)
                + ", source, sum(best) AS best, sum(events) AS events FROM (" + base + ") r"
                + f.where() + " GROUP BY " + keyList + ", source) t";
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> cells -> {
            List<SourceEvents> found = new ArrayList<>();
            rows.forEach(row -> found.add(SourceEvents.of(row, width)));
            compare(cells, found);
        });
    }

    /** The events a source reported in a cell, in the groups, outcomes and subgroups of its running totals. */
    record SourceEvents(List<String> key, String source, long events, long best) {
        static SourceEvents of(Row row, int width) {
            return new SourceEvents(Keys.of(row, width), row.getString("source"), row.getLong("events"), row.getLong("best"));
        }
    }

    /** Each source's running total in a cell against the best figures of the events it reported there. */
    static void compare(Map<List<String>, Cell> cells, List<SourceEvents> found) {
        for (SourceEvents e : found) {
            Cell cell = cells.get(e.key());
            if (cell == null || cell.series == null) {
                continue;
            }
            Long seriesValue = cell.series.valueBySource.get(e.source());
            if (seriesValue != null && seriesValue != e.best()) {
                cell.disagreements.add(new SeriesDisagreement(e.source(), seriesValue, e.best(), e.events(), seriesValue - e.best()));
            }
        }
    }

    // ---- corrections ----

    /**
     * Marks the cells that stand on a corrected claim: through its event, or through its running total. Found from
     * the corrections (few) towards the events and series, never by looking at every event for a correction.
     */
    private Uni<Consumer<Map<List<String>, Cell>>> correctedCells(SqlClient db, TallyQuery q) {
        int width = q.groupBy().size() + 1;
        // The marked events (a partial index), then the few a split or join names: two scans, not one over every event.
        SqlFilter events = eventFilter(q, false, new SqlFilter()).always("event.corrected");
        SqlFilter named = eventFilter(q, false, events.sub()).always("event.id IN " + Corrected.NAMED_EVENT_IDS);
        String fromEvents = "WITH b AS (" + EVENT_ROWS + events.where() + " UNION ALL " + EVENT_ROWS + named.where()
                + ") SELECT " + Keys.output(q.groupBy())
                + " FROM (SELECT DISTINCT " + Keys.select(Keys.ofEvents(q.groupBy())) + " FROM b) d";
        Uni<List<List<String>>> keys = keysOf(db, fromEvents, events, width);
        if (q.seriesApply()) {
            SqlFilter series = seriesFilter(q).add("k.published_at >= ?", q.from()).add("k.published_at <= ?", q.to());
            String fromSeries = "WITH k AS MATERIALIZED (" + Corrected.SERIES_CLAIMS + "), "
                    + "b AS (SELECT s.source, s.grp, s.outcome, s.subgroup, date_trunc('month', k.published_at)::date AS month "
                    + "FROM k JOIN series s ON s.id = k.series_id" + series.where() + ") SELECT " + Keys.output(q.groupBy())
                    + " FROM (SELECT DISTINCT " + Keys.select(Keys.ofSeries(q.groupBy())) + " FROM b) d";
            Uni<List<List<String>>> more = keysOf(db, fromSeries, series, width);
            keys = Uni.combine().all().unis(keys, more).with((a, b) -> {
                List<List<String>> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        return keys.map(found -> cells -> found.forEach(key -> {
            Cell cell = cells.get(key);
            if (cell != null) {
                cell.corrected = true;
            }
        }));
    }

    private Uni<List<List<String>>> keysOf(SqlClient db, String sql, SqlFilter filter, int width) {
        return db.preparedQuery(sql).execute(filter.tuple()).map(rows -> {
            List<List<String>> keys = new ArrayList<>();
            rows.forEach(row -> keys.add(Keys.of(row, width)));
            return keys;
        });
    }

    // ---- assembling the answer ----

    /** The query's page of all the cells. */
    public static Page<Tally> page(TallyQuery q, List<Tally> all) {
        int from = (int) Math.min((long) q.page() * q.size(), all.size());
        int to = Math.min(from + q.size(), all.size());
        return new Page<>(all.subList(from, to), q.page(), q.size(), all.size());
    }

    private static Map<String, String> namedKey(List<Dimension> dims, List<String> key) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            String value = key.get(i);
            named.put(dims.get(i).parameter(), value == null || value.isEmpty() ? null : value);
        }
        return named;
    }

    static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i) == null ? "" : a.get(i);
            String y = b.get(i) == null ? "" : b.get(i);
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static final class Cell {
        Estimate events;
        SeriesCell series;
        final List<SeriesDisagreement> disagreements = new ArrayList<>();
        boolean corrected;

        Tally toTally(Map<String, String> key) {
            Estimate fromSeries = series == null ? null : series.estimate();
            String method = events != null && fromSeries != null ? "both" : events != null ? "events" : "series";
            Estimate e = events == null ? new Estimate(0, 0, 0, 0, 0, 0, 0) : events;
            Estimate s = fromSeries == null ? new Estimate(0, 0, 0, 0, 0, 0, 0) : fromSeries;
            long sources = Math.max(e.sources(), s.sources());
            return new Tally(key, Math.max(e.low(), s.low()), Math.max(e.best(), s.best()), Math.max(e.high(), s.high()),
                    method, e.events(), e.claims() + s.claims(), e.reports() + s.reports(), sources,
                    events, fromSeries, disagreements.stream()
                            .sorted(java.util.Comparator.comparing(SeriesDisagreement::source)).toList(), corrected);
        }
    }
}
