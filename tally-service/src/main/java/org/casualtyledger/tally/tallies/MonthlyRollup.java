package org.casualtyledger.tally.tallies;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;
import org.casualtyledger.tally.ledger.KeyLocks;
import org.casualtyledger.tally.series.TouchedSeries;

/**
 * The monthly tally over everything, kept as one row per month ({@code month_tally}: the events' sums and how many
 * reports and sources stand behind them) and one per month and source ({@code month_source_series}: the rise of the
 * source's running totals, the largest series' per group, outcome and subgroup summed, and the source's events in
 * the groups, outcomes and subgroups of its running totals), so that the answer reads a few rows per month; and,
 * under the same locks of the sources, the rows over all time per group, outcome and source ({@link GroupOutcomeSeries}).
 * Sums change by the events' difference; everything else is computed again for the months and sources a write
 * touched, under a lock of each, so that the last writer to compute a row saw every change committed before it.
 */
public final class MonthlyRollup {
    private static final String ADD_MONTHS = """
            INSERT INTO month_tally AS t (month, events, claims, low, best, high, reports, sources)
            SELECT u.m, u.events, u.claims, u.low, u.best, u.high,
                   (SELECT count(*) FROM month_report r WHERE r.month = u.m), (SELECT count(*) FROM month_source r WHERE r.month = u.m)
            FROM unnest($1::date[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[])
                 AS u(m, events, claims, low, best, high)
            ORDER BY u.m
            ON CONFLICT (month) DO UPDATE SET events = t.events + EXCLUDED.events, claims = t.claims + EXCLUDED.claims,
                low = t.low + EXCLUDED.low, best = t.best + EXCLUDED.best, high = t.high + EXCLUDED.high,
                reports = EXCLUDED.reports, sources = EXCLUDED.sources""";

    private static final String DROP_EMPTY_MONTHS = "DELETE FROM month_tally WHERE events = 0 AND month = ANY($1::date[])";

    /** Every month's row from the event rollup and the member tables. */
    public static final String BUILD_MONTHS = """
            INSERT INTO month_tally (month, events, claims, low, best, high, reports, sources)
            SELECT e.month, e.events, e.claims, e.low, e.best, e.high,
                   (SELECT count(*) FROM month_report r WHERE r.month = e.month), (SELECT count(*) FROM month_source r WHERE r.month = e.month)
            FROM (SELECT month, sum(events) AS events, sum(claims) AS claims, sum(low) AS low, sum(best) AS best,
                         sum(high) AS high FROM event_rollup GROUP BY month) e""";

    /**
     * The rows of the months and sources {@code %s} selects, computed from the series months and the per-source event
     * rollup: written where the source has running totals that month, dropped where it no longer has.
     */
    private static final String COMPUTE_SOURCES = """
            WITH a AS (SELECT DISTINCT month, source FROM (%s) p(month, source)),
            fresh AS (
                SELECT a.month, a.source, sum(g.value) AS value, max(g.published) AS published, count(*) AS figures,
                       array_agg(DISTINCT g.report_id ORDER BY g.report_id) AS report_ids
                FROM a JOIN LATERAL (
                    SELECT max(greatest(m.increment, 0)) AS value, max(m.last_published) AS published,
                           (array_agg(m.report_id ORDER BY greatest(m.increment, 0) DESC, m.report_id))[1] AS report_id
                    FROM series s JOIN series_month m ON m.series_id = s.id AND m.month = a.month
                    WHERE s.source = a.source AND NOT s.breakdown
                    GROUP BY s.grp, s.outcome, s.subgroup) g ON true
                GROUP BY a.month, a.source),
            gone AS (
                DELETE FROM month_source_series t USING a WHERE t.month = a.month AND t.source = a.source
                AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.month = a.month AND f.source = a.source))
            INSERT INTO month_source_series AS t (month, source, value, published, figures, report_ids, events, best)
            SELECT f.month, f.source, f.value, f.published, f.figures, f.report_ids, coalesce(e.events, 0), coalesce(e.best, 0)
            FROM fresh f LEFT JOIN LATERAL (
                SELECT sum(r.events) AS events, sum(r.best) AS best
                FROM (SELECT DISTINCT grp, outcome, subgroup FROM series s WHERE s.source = f.source AND NOT s.breakdown) k
                JOIN source_rollup r ON r.grp = k.grp AND r.outcome = k.outcome AND r.subgroup = k.subgroup
                     AND r.month = f.month AND r.source = f.source) e ON true
            ORDER BY f.month, f.source
            ON CONFLICT (month, source) DO UPDATE SET value = EXCLUDED.value, published = EXCLUDED.published,
                figures = EXCLUDED.figures, report_ids = EXCLUDED.report_ids, events = EXCLUDED.events, best = EXCLUDED.best""";

    /** Every month and source with running totals, from the whole tables at once. */
    public static final String BUILD_SOURCES = """
            INSERT INTO month_source_series (month, source, value, published, figures, report_ids, events, best)
            SELECT f.month, f.source, f.value, f.published, f.figures, f.report_ids, coalesce(e.events, 0), coalesce(e.best, 0)
            FROM (SELECT month, source, sum(value) AS value, max(published) AS published, count(*) AS figures,
                         array_agg(DISTINCT report_id ORDER BY report_id) AS report_ids
                  FROM (SELECT m.month, s.source, max(greatest(m.increment, 0)) AS value, max(m.last_published) AS published,
                               (array_agg(m.report_id ORDER BY greatest(m.increment, 0) DESC, m.report_id))[1] AS report_id
                        FROM series_month m JOIN series s ON s.id = m.series_id WHERE NOT s.breakdown
                        GROUP BY m.month, s.source, s.grp, s.outcome, s.subgroup) g
                  GROUP BY month, source) f
            LEFT JOIN (SELECT r.month, r.source, sum(r.events) AS events, sum(r.best) AS best FROM source_rollup r
                       WHERE (r.source, r.grp, r.outcome, r.subgroup) IN (SELECT source, grp, outcome, subgroup FROM series WHERE NOT breakdown)
                       GROUP BY r.month, r.source) e ON e.month = f.month AND e.source = f.source""";

    /**
     * The months and sources a write touched: those whose events per source changed; every month of a changed
     * series from the first it rewrote (those it has now, and those the source had, which it may have lost); and
     * where a group, outcome and subgroup gained its first running total of the source or lost its last, every
     * month of the source's events there.
     */
    private static final String UPDATE_SOURCES = COMPUTE_SOURCES.formatted("""
            SELECT * FROM unnest($1::date[], $2::text[])
            UNION SELECT m.month, u.src FROM unnest($3::text[], $4::text[], $5::date[]) AS u(id, src, fm)
                  JOIN series_month m ON m.series_id = u.id AND m.month >= u.fm
            UNION SELECT t.month, t.source FROM unnest($4::text[], $5::date[]) AS u(src, fm)
                  JOIN month_source_series t ON t.source = u.src AND t.month >= u.fm
            UNION SELECT r.month, r.source FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::int[]) AS u(src, g, o, s, d)
                  CROSS JOIN LATERAL (SELECT count(*) AS n FROM series x WHERE x.source = u.src AND x.grp = u.g
                                      AND x.outcome = u.o AND x.subgroup = u.s AND NOT x.breakdown) c
                  JOIN source_rollup r ON r.grp = u.g AND r.outcome = u.o AND r.subgroup = u.s AND r.source = u.src
                  WHERE (c.n > 0) <> (c.n - u.d > 0)""");

    private final RollupDelta delta;
    private final List<TouchedSeries> series;

    public MonthlyRollup(RollupDelta delta, List<TouchedSeries> series) {
        this.delta = delta;
        this.series = series.stream().filter(s -> !s.breakdown()).toList();
    }

    /** The statements, sent after the rollup delta's (whose tables they read). */
    public Uni<Void> apply(SqlConnection conn) {
        Map<LocalDate, long[]> months = delta.monthSums();
        var pairs = delta.sourceMonthsChanged();
        if (months.isEmpty() && pairs.isEmpty() && series.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> locks = new HashSet<>();
        months.keySet().forEach(m -> locks.add("month-tally|" + m));
        pairs.forEach(p -> locks.add("source-series|" + p.get(1)));
        series.forEach(s -> locks.add("source-series|" + s.source()));
        List<Uni<RowSet<Row>>> steps = new ArrayList<>();
        steps.add(KeyLocks.lock(conn, locks));
        if (!months.isEmpty()) {
            LocalDate[] m = months.keySet().toArray(new LocalDate[0]);
            Long[][] sums = new Long[5][m.length];
            for (int i = 0; i < m.length; i++) {
                long[] s = months.get(m[i]);
                for (int c = 0; c < 5; c++) {
                    sums[c][i] = s[c];
                }
            }
            steps.add(conn.preparedQuery(ADD_MONTHS).execute(Tuple.of(m, sums[0], sums[1], sums[2], sums[3], sums[4])));
            steps.add(conn.preparedQuery(DROP_EMPTY_MONTHS).execute(Tuple.of((Object) m)));
        }
        steps.add(conn.preparedQuery(UPDATE_SOURCES).execute(sourceParameters(pairs)));
        Set<List<String>> groupOutcomeSources = delta.sourceGroupOutcomesChanged();
        series.forEach(s -> groupOutcomeSources.add(List.of(s.grp(), s.outcome(), s.source())));
        if (!groupOutcomeSources.isEmpty()) {
            steps.add(GroupOutcomeSeries.update(conn, groupOutcomeSources));
        }
        return Uni.join().all(steps).andFailFast().replaceWithVoid();
    }

    private Tuple sourceParameters(Set<List<Object>> pairs) {
        LocalDate[] pairMonths = pairs.stream().map(p -> (LocalDate) p.get(0)).toArray(LocalDate[]::new);
        String[] pairSources = pairs.stream().map(p -> (String) p.get(1)).toArray(String[]::new);
        String[] ids = series.stream().map(TouchedSeries::id).toArray(String[]::new);
        String[] sources = series.stream().map(TouchedSeries::source).toArray(String[]::new);
        LocalDate[] from = series.stream().map(TouchedSeries::fromMonth).toArray(LocalDate[]::new);
        // Per group, outcome and subgroup of a source: how many running totals the write created, less those it retracted.
        Map<List<String>, Integer> created = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        series.stream().filter(s -> s.created() != 0).forEach(s ->
                created.merge(List.of(s.source(), s.grp(), s.outcome(), s.subgroup()), s.created(), Integer::sum));
        String[][] keys = new String[4][created.size()];
        Integer[] counts = new Integer[created.size()];
        int i = 0;
        for (Map.Entry<List<String>, Integer> e : created.entrySet()) {
            for (int c = 0; c < 4; c++) {
                keys[c][i] = e.getKey().get(c);
            }
            counts[i++] = e.getValue();
        }
        return Tuple.from(List.of(pairMonths, pairSources, ids, sources, from, keys[0], keys[1], keys[2], keys[3], counts));
    }
}
