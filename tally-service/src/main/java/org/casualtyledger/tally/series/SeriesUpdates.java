package org.casualtyledger.tally.series;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casualtyledger.tally.changes.ChangeKind;
import org.casualtyledger.tally.changes.ChangeSet;
import org.casualtyledger.tally.changes.Entity;
import org.casualtyledger.tally.ledger.Derivations;

/**
 * Brings running totals up to date incrementally. A series is a list of points in publication order (published date,
 * report, claim): a changed claim's point is deleted and written again where it now stands, and the falls that can
 * change with it are derived again, its own and that of the point after each changed place, whose predecessor it
 * was or now is. So a figure published out of order (an archive read newest first, a late bulletin) writes one
 * point and at most three falls, like one published after the last. Months from the first changed one on are derived
 * again from the points and written only where a figure changed.
 * The same derivation over every claim is {@link Derivations#rebuildAll}.
 */
public final class SeriesUpdates {
    /** The changed places: each claim's point as it stood before the change and as it stands after, per series. */
    private static final String CHANGED = """
            WITH u AS (SELECT DISTINCT s, p, r, c FROM unnest($1::text[], $2::date[], $3::text[], $4::text[]) AS u(s, p, r, c))
            """;

    /** Changes each series' count of points by the rows a statement's CTE (the second argument) returned. */
    private static final String COUNT_POINTS = """
            UPDATE series s SET points = s.points %s n.points
            FROM (SELECT series_id, count(*) AS points FROM %s GROUP BY series_id) n WHERE s.id = n.series_id""";

    /**
     * The places whose fall may have changed: the changed places, and the first point after each of them (its
     * predecessor was the changed point, or is now). Places, not claims: a point is then found by its whole key, where
     * a claim id alone walks every point of its series.
     */
    private static final String UNSETTLED = CHANGED + """
            , a AS (SELECT u.s AS series_id, u.p AS published_at, u.r AS report_id, u.c AS claim_id FROM u
                    UNION
                    SELECT u.s, n.published_at, n.report_id, n.claim_id FROM u CROSS JOIN LATERAL (
                        SELECT n.published_at, n.report_id, n.claim_id FROM series_point n
                        WHERE n.series_id = u.s AND (n.published_at, n.report_id, n.claim_id) > (u.p, u.r, u.c)
                        ORDER BY n.published_at, n.report_id, n.claim_id LIMIT 1) n)
            """;

    private static final String DROP_EMPTY = """
            DELETE FROM series s WHERE s.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.series_id = s.id)
            RETURNING s.id, s.source, s.grp, s.outcome, s.subgroup, s.breakdown""";

    /** A new series gets its row first (points refer to it); its figures are filled in once the points are written. */
    private static final String OPEN_NEW = """
            INSERT INTO series (id, source, outcome, grp, subgroup, period_start, breakdown, points, first_published,
                                last_published, latest_value, latest_claim_id, latest_report_id)
            SELECT c.series_id, c.source, c.outcome, c.grp, c.subgroup, (c.body->>'periodStart')::date, c.breakdown,
                   0, c.published_at, c.published_at, c.best, c.id, c.report_id
            FROM unnest($1::text[]) AS u(id)
            JOIN LATERAL (SELECT * FROM claim c WHERE c.series_id = u.id LIMIT 1) c ON true
            WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = u.id)
            RETURNING id, source, grp, outcome, subgroup, breakdown""";

    /**
     * The changed places' points, each series' count of points lowered by those it lost (counted as they go: counting
     * a series' points at every write walked all of them).
     */
    private static final String DROP_POINTS = CHANGED + """
            , d AS (DELETE FROM series_point t USING u
                    WHERE (t.series_id, t.published_at, t.report_id, t.claim_id) = (u.s, u.p, u.r, u.c)
                    RETURNING t.series_id)
            """ + COUNT_POINTS.formatted("-", "d");

    /** The changed claims' points where they now stand, each series' count raised by those it gained. */
    private static final String ADD_POINTS = CHANGED + """
            , i AS (INSERT INTO series_point (series_id, published_at, value, claim_id, report_id)
                    SELECT DISTINCT c.series_id, c.published_at, c.best, c.id, c.report_id
                    FROM u JOIN claim c ON c.id = u.c AND c.series_id = u.s
                    RETURNING series_id)
            """ + COUNT_POINTS.formatted("+", "i");

    /** Sent after the points are written: the places after the changed ones are those of the ledger as it now is. */
    private static final String DROP_FALLS = UNSETTLED + "DELETE FROM discrepancy d USING a WHERE d.id = " + fallId("a");

    /** A point lower than the point before it is a fall. */
    private static final String ADD_FALLS = UNSETTLED + """
            INSERT INTO discrepancy (id, kind, series_id, source, outcome, grp, subgroup, period_start, previous_claim_id,
                                     previous_value, previous_published, claim_id, value, published_at)
            SELECT %s, 'SERIES_FALL', p.series_id,
                   s.source, s.outcome, s.grp, s.subgroup, s.period_start,
                   q.claim_id, q.value, q.published_at, p.claim_id, p.value, p.published_at
            FROM a JOIN series_point p ON (p.series_id, p.published_at, p.report_id, p.claim_id)
                                        = (a.series_id, a.published_at, a.report_id, a.claim_id)
            CROSS JOIN LATERAL (SELECT q.claim_id, q.value, q.published_at FROM series_point q
                                WHERE q.series_id = p.series_id AND (q.published_at, q.report_id, q.claim_id) < (p.published_at, p.report_id, p.claim_id)
                                ORDER BY q.published_at DESC, q.report_id DESC, q.claim_id DESC LIMIT 1) q
            JOIN series s ON s.id = p.series_id
            WHERE p.value < q.value""".formatted(fallId("p"));

    /** Per series, the month of its first changed place. */
    private static final String MONTH_BOUNDARY = CHANGED + """
            , bm AS (SELECT s AS series_id, min(date_trunc('month', p))::date AS month FROM u GROUP BY s)
            """;

    /** Months from the first changed one on that no longer have a point (sent after the points are written). */
    private static final String DROP_MONTHS = MONTH_BOUNDARY + """
            DELETE FROM series_month m USING bm WHERE m.series_id = bm.series_id AND m.month >= bm.month
            AND NOT EXISTS (SELECT 1 FROM series_point p WHERE p.series_id = m.series_id AND p.published_at >= m.month
                            AND p.published_at < m.month + interval '1 month')""";

    /**
     * Months from the first changed one on; the first one's rise is measured from the last kept month. The months
     * that can have points are those kept already and those of the changed places; each takes its last point, found
     * in the index (aggregating the points instead read every point of a busy month at every write). A month that
     * stays is updated in place, and only when a figure of it changed: the common write, a new point in the latest
     * month, then changes one row without touching the table's indexes.
     */
    private static final String ADD_MONTHS = MONTH_BOUNDARY + """
            , cm AS (SELECT x.series_id, x.month FROM bm JOIN series_month x ON x.series_id = bm.series_id AND x.month >= bm.month
                     UNION
                     SELECT u.s, date_trunc('month', u.p)::date FROM u)
            INSERT INTO series_month AS t (series_id, month, value, increment, last_published, report_id)
            SELECT m.series_id, m.month, m.value,
                   m.value - coalesce(lag(m.value) OVER (PARTITION BY m.series_id ORDER BY m.month), prev.value, 0),
                   m.last_published, m.report_id
            FROM (SELECT cm.series_id, cm.month, l.value, l.published_at AS last_published, l.report_id
                  FROM cm CROSS JOIN LATERAL (
                      SELECT p.value, p.published_at, p.report_id FROM series_point p
                      WHERE p.series_id = cm.series_id AND p.published_at >= cm.month
                        AND p.published_at < (cm.month + interval '1 month')::date
                      ORDER BY p.published_at DESC, p.report_id DESC, p.claim_id DESC LIMIT 1) l) m
            JOIN bm ON bm.series_id = m.series_id
            LEFT JOIN LATERAL (SELECT x.value FROM series_month x WHERE x.series_id = m.series_id AND x.month < bm.month
                               ORDER BY x.month DESC LIMIT 1) prev ON true
            ORDER BY m.series_id, m.month
            ON CONFLICT (series_id, month) DO UPDATE SET value = EXCLUDED.value, increment = EXCLUDED.increment,
                last_published = EXCLUDED.last_published, report_id = EXCLUDED.report_id
            WHERE (t.value, t.increment, t.last_published, t.report_id)
                  IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.increment, EXCLUDED.last_published, EXCLUDED.report_id)""";

    /** The series' own figures from its first and last points. */
    private static final String SUMMARISE = """
            UPDATE series s SET first_published = f.published_at, last_published = l.published_at,
                                latest_value = l.value, latest_claim_id = l.claim_id, latest_report_id = l.report_id
            FROM unnest($1::text[]) AS u(id)
            JOIN LATERAL (SELECT * FROM series_point p WHERE p.series_id = u.id
                          ORDER BY p.published_at DESC, p.report_id DESC, p.claim_id DESC LIMIT 1) l ON true
            JOIN LATERAL (SELECT * FROM series_point p WHERE p.series_id = u.id
                          ORDER BY p.published_at, p.report_id, p.claim_id LIMIT 1) f ON true
            WHERE s.id = u.id""";

    /** A fall's id, from the series and the claim of its point ({@code alias}): the same whichever way it is derived. */
    public static String fallId(String alias) {
        return "'d-' || substr(md5(%1$s.series_id || '|' || %1$s.claim_id), 1, 24)".formatted(alias);
    }

    private final List<String> seriesIds = new ArrayList<>();
    private final List<LocalDate> published = new ArrayList<>();
    private final List<String> reportIds = new ArrayList<>();
    private final List<String> claimIds = new ArrayList<>();
    private final List<TouchedSeries> touched = new ArrayList<>();

    /** A claim of the series was added, changed or removed; its place in publication order is where change starts. */
    public void changed(String seriesId, LocalDate publishedAt, String reportId, String claimId) {
        seriesIds.add(seriesId);
        published.add(publishedAt);
        reportIds.add(reportId);
        claimIds.add(claimId);
    }

    public void absorb(SeriesUpdates other) {
        seriesIds.addAll(other.seriesIds);
        published.addAll(other.published);
        reportIds.addAll(other.reportIds);
        claimIds.addAll(other.claimIds);
    }

    public boolean isEmpty() {
        return seriesIds.isEmpty();
    }

    /**
     * The statements depend on each other only through the table contents: sent together, run in this order. The
     * series that exist before and after give the change log's rows: CREATED, UPDATED (a claim of it changed) or
     * RETRACTED, each attributed to the reports whose claims changed in it.
     */
    public Uni<Void> apply(SqlConnection conn, ChangeSet changes) {
        if (seriesIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> distinct = new LinkedHashSet<>(seriesIds);
        Tuple ids = Tuple.of((Object) distinct.toArray(new String[0]));
        Tuple boundary = Tuple.of(seriesIds.toArray(new String[0]), published.toArray(new LocalDate[0]),
                reportIds.toArray(new String[0]), claimIds.toArray(new String[0]));
        return Uni.join().all(
                        conn.preparedQuery("SELECT id, source, grp, outcome, subgroup, breakdown FROM series WHERE id = ANY($1)").execute(ids),
                        conn.preparedQuery(DROP_EMPTY).execute(ids),
                        conn.preparedQuery(OPEN_NEW).execute(ids),
                        conn.preparedQuery(DROP_POINTS).execute(boundary),
                        conn.preparedQuery(ADD_POINTS).execute(boundary),
                        conn.preparedQuery(DROP_FALLS).execute(boundary),
                        conn.preparedQuery(ADD_FALLS).execute(boundary),
                        conn.preparedQuery(ADD_MONTHS).execute(boundary),
                        conn.preparedQuery(DROP_MONTHS).execute(boundary),
                        conn.preparedQuery(SUMMARISE).execute(ids))
                .andFailFast()
                .invoke(results -> log(distinct, byId(results.get(0)), byId(results.get(1)), byId(results.get(2)), changes))
                .replaceWithVoid();
    }

    /** The series the last {@link #apply} changed, with their keys (as they were, for those it retracted). */
    public List<TouchedSeries> touched() {
        return touched;
    }

    private static Map<String, Row> byId(Iterable<Row> rows) {
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getString("id"), r));
        return byId;
    }

    /** The series that existed before, less those dropped (no claim left), plus those opened, exist after. */
    private void log(Set<String> distinct, Map<String, Row> existed, Map<String, Row> dropped, Map<String, Row> opened,
                     ChangeSet changes) {
        Map<String, Row> exists = new HashMap<>(existed);
        exists.keySet().removeAll(dropped.keySet());
        exists.putAll(opened);
        Map<String, LocalDate> firstChanged = new HashMap<>();
        for (int i = 0; i < seriesIds.size(); i++) {
            firstChanged.merge(seriesIds.get(i), published.get(i), (a, b) -> a.isBefore(b) ? a : b);
        }
        touched.clear();
        for (String id : distinct) {
            Row key = exists.getOrDefault(id, existed.get(id));
            if (key != null) {
                int created = existed.containsKey(id) == exists.containsKey(id) ? 0 : exists.containsKey(id) ? 1 : -1;
                touched.add(new TouchedSeries(id, key.getString("source"), key.getString("grp"), key.getString("outcome"),
                        key.getString("subgroup"), key.getBoolean("breakdown"), firstChanged.get(id).withDayOfMonth(1), created));
            }
        }
        Map<String, Set<String>> reports = new TreeMap<>();
        for (int i = 0; i < seriesIds.size(); i++) {
            reports.computeIfAbsent(seriesIds.get(i), k -> new TreeSet<>()).add(reportIds.get(i));
        }
        for (String id : distinct) {
            ChangeKind kind = !existed.containsKey(id) ? ChangeKind.CREATED : exists.containsKey(id) ? ChangeKind.UPDATED : ChangeKind.RETRACTED;
            if (existed.containsKey(id) || exists.containsKey(id)) {
                changes.add(kind, Entity.SERIES, id, reports.get(id));
            }
        }
    }
}
