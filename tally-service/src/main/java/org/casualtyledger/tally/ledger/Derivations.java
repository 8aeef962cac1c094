package org.casualtyledger.tally.ledger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.casualtyledger.tally.changes.ChangeSet;
import org.casualtyledger.tally.events.EventChanges;
import org.casualtyledger.tally.events.EventClusterer;
import org.casualtyledger.tally.events.IncidentClaim;
import org.casualtyledger.tally.series.SeriesUpdates;
import org.casualtyledger.tally.tallies.GroupOutcomeSeries;
import org.casualtyledger.tally.tallies.LevelTally;
import org.casualtyledger.tally.tallies.MonthlyRollup;
import org.casualtyledger.tally.tallies.RollupDelta;

/**
 * Keeps events, series, discrepancies and rollups in step with the claims, inside the caller's transaction.
 * The same code serves a single batch (only the touched clusters and series) and a full rebuild (all of them),
 * which is what makes the two provably equivalent.
 */
@ApplicationScoped
public class Derivations {
    /** The columns of a claim row {@link #rederive} reads. */
    public static final String CHANGED_CLAIM = "id, report_id, cluster_key, claim_date, event_id, series_id, published_at";

    private static final String CLUSTER_CLAIMS = """
            SELECT k.span, c.cluster_key, c.id, c.report_id, c.claim_date, c.published_at, c.place_key, c.province, c.low,
                   CASE WHEN c.open_high THEN NULL ELSE c.high END AS high,
                   coalesce(c.wording, (c.body->'count'->>'qualifier') || ' ' || (c.body->'count'->>'value')) AS wording,
                   c.event_id
            FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS k(key, lo, hi, span)
            JOIN claim c ON c.cluster_key = k.key AND c.claim_date BETWEEN k.lo AND k.hi""";

    /** Ranks a cluster's claims: the most specific place, then the most precise wording, then the latest report. */
    private static final String SPECIFIC_FIRST = "ORDER BY place_rank DESC, precision_rank DESC, published_at DESC, report_id DESC, id DESC";

    private static final String BUILD_EVENTS = """
            INSERT INTO event (id, outcome, grp, subgroup, province, place, latitude, longitude, first_date, last_date,
                               low, best, high, best_claim_id, claims, reports, sources, report_ids, corrected)
            SELECT event_id, min(outcome), min(grp), min(subgroup),
                   (array_agg(province %1$s))[1], (array_agg(place %1$s))[1],
                   (array_agg(latitude %1$s))[1], (array_agg(longitude %1$s))[1],
                   min(claim_date), max(claim_date),
                   max(low),
                   LEAST(GREATEST((array_agg(best %1$s))[1], max(low)), max(GREATEST(stated_high, low))),
                   max(GREATEST(stated_high, low)),
                   (array_agg(id %1$s))[1], count(*), count(DISTINCT report_id),
                   array_agg(DISTINCT source ORDER BY source), array_agg(DISTINCT report_id ORDER BY report_id),
                   bool_or(corrected)
            FROM claim WHERE %2$s GROUP BY event_id""";

    private static final String BUILD_ROLLUP = """
            INSERT INTO event_rollup (month, outcome, grp, subgroup, province, events, claims, low, best, high,
                                      sources, report_ids)
            SELECT k.month, k.outcome, k.grp, k.subgroup, k.province, count(*), sum(e.claims),
                   sum(e.low), sum(e.best), sum(e.high),
                   ARRAY(SELECT DISTINCT s FROM event e2, unnest(e2.sources) s WHERE e2.grp = k.grp AND e2.outcome = k.outcome
                         AND e2.province = k.province AND e2.subgroup = k.subgroup
                         AND e2.first_date >= k.month AND e2.first_date < k.month + interval '1 month' ORDER BY s),
                   ARRAY(SELECT DISTINCT r FROM event e2, unnest(e2.report_ids) r WHERE e2.grp = k.grp AND e2.outcome = k.outcome
                         AND e2.province = k.province AND e2.subgroup = k.subgroup
                         AND e2.first_date >= k.month AND e2.first_date < k.month + interval '1 month' ORDER BY r)
            FROM (%s) k
            JOIN event e ON e.grp = k.grp AND e.outcome = k.outcome AND e.province = k.province AND e.subgroup = k.subgroup
                 AND e.first_date >= k.month AND e.first_date < k.month + interval '1 month'
            GROUP BY k.month, k.outcome, k.grp, k.subgroup, k.province""";

    private static final String BUILD_SERIES = """
            INSERT INTO series (id, source, outcome, grp, subgroup, period_start, breakdown, points, first_published,
                                last_published, latest_value, latest_claim_id, latest_report_id)
            SELECT series_id, min(source), min(outcome), min(grp), min(subgroup),
                   (array_agg((body->>'periodStart')::date))[1], bool_or(breakdown), count(*),
                   min(published_at), max(published_at),
                   (array_agg(best ORDER BY published_at DESC, report_id DESC, id DESC))[1],
                   (array_agg(id ORDER BY published_at DESC, report_id DESC, id DESC))[1],
                   (array_agg(report_id ORDER BY published_at DESC, report_id DESC, id DESC))[1]
            FROM claim WHERE %s GROUP BY series_id""";

    private static final String BUILD_POINTS = """
            INSERT INTO series_point (series_id, published_at, value, claim_id, report_id)
            SELECT series_id, published_at, best, id, report_id FROM claim WHERE %s""";

    /** A running total that falls below the figure published before it. */
    private static final String BUILD_FALLS = """
            INSERT INTO discrepancy (id, kind, series_id, source, outcome, grp, subgroup, period_start, previous_claim_id,
                                     previous_value, previous_published, claim_id, value, published_at)
            SELECT %1$s, 'SERIES_FALL', p.series_id,
                   s.source, s.outcome, s.grp, s.subgroup, s.period_start,
                   p.prev_claim, p.prev_value, p.prev_published, p.claim_id, p.value, p.published_at
            FROM (SELECT series_id, claim_id, value, published_at,
                         lag(value) OVER w AS prev_value, lag(claim_id) OVER w AS prev_claim,
                         lag(published_at) OVER w AS prev_published
                  FROM series_point WHERE %2$s WINDOW w AS (PARTITION BY series_id ORDER BY published_at, report_id, claim_id)) p
            JOIN series s ON s.id = p.series_id
            WHERE p.value < p.prev_value""";

    /** Each series' value at the end of every month it has points in, and its rise since the month before. */
    private static final String BUILD_MONTHS = """
            INSERT INTO series_month (series_id, month, value, increment, last_published, report_id)
            SELECT series_id, month, value, value - coalesce(lag(value) OVER (PARTITION BY series_id ORDER BY month), 0),
                   last_published, report_id
            FROM (SELECT series_id, date_trunc('month', published_at)::date AS month,
                         (array_agg(value ORDER BY published_at DESC, report_id DESC, claim_id DESC))[1] AS value,
                         max(published_at) AS last_published,
                         (array_agg(report_id ORDER BY published_at DESC, report_id DESC, claim_id DESC))[1] AS report_id
                  FROM series_point WHERE %s GROUP BY series_id, date_trunc('month', published_at)::date) m""";

    private static final long REBUILD_CHUNK_CLAIMS = 50_000;

    private final EventClusterer clusterer;

    public Derivations(@ConfigProperty(name = "ledger.events.window-days", defaultValue = "3") int windowDays) {
        this.clusterer = new EventClusterer(windowDays);
    }

    public EventClusterer clusterer() {
        return clusterer;
    }

    /**
     * Clusters the new claims with the stored ones, has them written (each with its event, by {@code writeClaims}),
     * then brings everything derived from the affected clusters and series up to date with the claims, and records the
     * write's changes in the change log (last, in the round trip of the rollup statements). {@code lastStatements}
     * runs (perhaps more than once) when only the rollup statements remain to be sent.
     */
    Uni<Void> refresh(SqlConnection conn, Affected affected, NewClaims newClaims, Uni<Void> underLocks,
                      Supplier<Uni<?>> writeClaims, Runnable lastStatements, ChangeSet changes) {
        return refresh(conn, affected, newClaims, underLocks, writeClaims, lastStatements, changes, true);
    }

    /**
     * Brings everything derived up to date with claims already changed in place: each changed claim's row as it stood
     * before (or none) and as it stands now (written with no event, or deleted), with the columns of
     * {@link #CHANGED_CLAIM}. The writer's incremental derivation, with nothing recorded in the change log: a copy of
     * the ledger moved to another position of the log is derived this way, and it equals the ledger at that position
     * for the reason an incremental write equals a rebuild.
     */
    public Uni<Void> rederive(SqlConnection conn, Iterable<Row> before, Iterable<Row> after) {
        Affected affected = new Affected();
        before.forEach(affected::addOld);
        after.forEach(affected::addOld);
        Uni<Void> nothing = Uni.createFrom().voidItem();
        return refresh(conn, affected, NewClaims.none(), nothing, () -> nothing, () -> { }, new ChangeSet(), false);
    }

    private Uni<Void> refresh(SqlConnection conn, Affected affected, NewClaims newClaims, Uni<Void> underLocks,
                              Supplier<Uni<?>> writeClaims, Runnable lastStatements, ChangeSet changes, boolean logged) {
        List<Span> spans = new ArrayList<>();
        new TreeMap<>(affected.clusterDates).forEach((key, dates) -> spans.addAll(spans(key, dates)));
        // The clusters are read in the same round trip as the locks are taken (the connection runs the statements
        // in order), and the claims are written in the same round trip as the events, series and rollups are
        // derived from them: every round trip is time the locks are held.
        return Uni.join().<Iterable<Row>>all(underLocks.replaceWith(List.of()), load(conn, spans)).andFailFast()
                .chain(loaded -> {
                    Set<String> touchedEvents = new HashSet<>(affected.eventIds);
                    return settle(conn, spans, loaded.get(1), touchedEvents, newClaims)
                            .chain(() -> Uni.join().<Object>all(writeClaims.get().map(r -> r),
                                            rebuildEvents(conn, touchedEvents, lastStatements, changes).map(r -> r),
                                            affected.series.apply(conn, changes).map(r -> r))
                                    .andFailFast());
                })
                .invoke(lastStatements)
                // The rollup deltas and the change log's rows are sent in one round trip, the log's last: its lock
                // is then held only from its insert to the commit.
                .chain(results -> {
                    RollupDelta delta = (RollupDelta) results.get(1);
                    return Uni.join().all(delta.apply(conn), new MonthlyRollup(delta, affected.series.touched()).apply(conn),
                            logged ? changes.record(conn) : Uni.createFrom().voidItem()).andFailFast();
                })
                .replaceWithVoid();
    }

    /** Re-derives every event, series, discrepancy and rollup from the claims alone. */
    public Uni<Void> rebuildAll(SqlConnection conn) {
        return conn.query("UPDATE claim SET event_id = NULL, join_reason = NULL WHERE event_id IS NOT NULL").execute()
                .chain(() -> conn.query("DELETE FROM event_rollup").execute())
                .chain(() -> conn.query("DELETE FROM source_rollup").execute())
                .chain(() -> conn.query("DELETE FROM month_report").execute())
                .chain(() -> conn.query("DELETE FROM month_source").execute())
                .chain(() -> conn.query("DELETE FROM source_total").execute())
                .chain(() -> conn.query("DELETE FROM group_outcome_report").execute())
                .chain(() -> conn.query("DELETE FROM group_outcome_source").execute())
                .chain(() -> conn.query("DELETE FROM month_group_report").execute())
                .chain(() -> conn.query("DELETE FROM month_group_source").execute())
                .chain(() -> conn.query("DELETE FROM month_tally").execute())
                .chain(() -> conn.query("DELETE FROM month_source_series").execute())
                .chain(() -> conn.query("DELETE FROM group_outcome_source_series").execute())
                .chain(() -> sequentially(LevelTally.ALL, t -> conn.query("DELETE FROM " + t.table()).execute().replaceWithVoid()))
                .chain(() -> conn.query("DELETE FROM event").execute())
                .chain(() -> conn.query("DELETE FROM series").execute())
                .chain(() -> conn.query("SELECT cluster_key, min(claim_date) AS first, max(claim_date) AS last, count(*) AS n "
                        + "FROM claim WHERE cluster_key IS NOT NULL GROUP BY cluster_key ORDER BY cluster_key").execute())
                .chain(rows -> {
                    // Chunks of whole clusters, about REBUILD_CHUNK_CLAIMS claims each, so memory stays bounded.
                    List<List<Span>> chunks = new ArrayList<>();
                    List<Span> chunk = new ArrayList<>();
                    long claims = 0;
                    for (Row r : rows) {
                        chunk.add(span(r.getString("cluster_key"), r.getLocalDate("first"), r.getLocalDate("last")));
                        claims += r.getLong("n");
                        if (chunk.size() == 2000 || claims >= REBUILD_CHUNK_CLAIMS) {
                            chunks.add(chunk);
                            chunk = new ArrayList<>();
                            claims = 0;
                        }
                    }
                    chunks.add(chunk);
                    Set<String> ignored = new HashSet<>();
                    NewClaims none = NewClaims.none();
                    return sequentially(chunks, c -> recluster(conn, c, ignored, none));
                })
                .chain(() -> conn.query(BUILD_EVENTS.formatted(SPECIFIC_FIRST, "event_id IS NOT NULL")).execute())
                .chain(() -> conn.query(BUILD_ROLLUP.formatted(
                        "SELECT DISTINCT grp, outcome, province, date_trunc('month', first_date)::date AS month, subgroup FROM event"))
                        .execute())
                .chain(() -> conn.query("INSERT INTO source_rollup (month, outcome, grp, subgroup, source, events, best) "
                        + "SELECT date_trunc('month', first_date)::date, outcome, grp, subgroup, s, count(*), sum(best) "
                        + "FROM event, unnest(sources) s GROUP BY 1, 2, 3, 4, 5").execute())
                .chain(() -> conn.query("INSERT INTO month_report (month, report_id, events) "
                        + "SELECT date_trunc('month', first_date)::date, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2").execute())
                .chain(() -> conn.query("INSERT INTO month_source (month, source, events) "
                        + "SELECT date_trunc('month', first_date)::date, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2").execute())
                .chain(() -> conn.query("INSERT INTO source_total (grp, outcome, subgroup, source, events, best) "
                        + "SELECT grp, outcome, subgroup, source, sum(events), sum(best) FROM source_rollup GROUP BY 1, 2, 3, 4").execute())
                .chain(() -> conn.query("INSERT INTO group_outcome_report (grp, outcome, report_id, events) "
                        + "SELECT grp, outcome, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2, 3").execute())
                .chain(() -> conn.query("INSERT INTO group_outcome_source (grp, outcome, source, events) "
                        + "SELECT grp, outcome, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2, 3").execute())
                .chain(() -> conn.query("INSERT INTO month_group_report (month, grp, report_id, events) "
                        + "SELECT date_trunc('month', first_date)::date, grp, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2, 3").execute())
                .chain(() -> conn.query("INSERT INTO month_group_source (month, grp, source, events) "
                        + "SELECT date_trunc('month', first_date)::date, grp, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2, 3").execute())
                .chain(() -> sequentially(LevelTally.ALL, t -> conn.query(t.build()).execute().replaceWithVoid()))
                .chain(() -> conn.query(BUILD_SERIES.formatted("series_id IS NOT NULL")).execute())
                .chain(() -> conn.query(BUILD_POINTS.formatted("series_id IS NOT NULL")).execute())
                .chain(() -> conn.query(BUILD_FALLS.formatted(SeriesUpdates.fallId("p"), "true")).execute())
                .chain(() -> conn.query(BUILD_MONTHS.formatted("true")).execute())
                .chain(() -> conn.query(MonthlyRollup.BUILD_MONTHS).execute())
                .chain(() -> conn.query(MonthlyRollup.BUILD_SOURCES).execute())
                .chain(() -> conn.query(GroupOutcomeSeries.BUILD).execute())
                .replaceWithVoid();
    }

    /** A cluster to re-derive from its first changed date, with the claims loaded up to {@code loadUntil}. */
    private record Span(String key, LocalDate firstChanged, LocalDate loadUntil) {
    }

    /**
     * The changed dates of one cluster as separate spans where they lie far apart (a batch of a year's reports touches
     * a busy cluster in many months): far enough that the claims loaded for one span never reach the next one's.
     */
    private List<Span> spans(String key, java.util.SortedSet<LocalDate> dates) {
        long gap = 6L * clusterer.windowDays() + 2;
        List<Span> spans = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate date : dates) {
            if (first != null && java.time.temporal.ChronoUnit.DAYS.between(last, date) > gap) {
                spans.add(span(key, first, last));
                first = null;
            }
            if (first == null) {
                first = date;
            }
            last = date;
        }
        if (first != null) {
            spans.add(span(key, first, last));
        }
        return spans;
    }

    /** Spans of one cluster that were extended into each other are merged, so no claim is assigned twice in a round. */
    private List<Span> mergeOverlapping(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparing(Span::key).thenComparing(Span::firstChanged));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.key().equals(span.key())
                    && !span.firstChanged().minusDays(clusterer.windowDays()).isAfter(previous.loadUntil())) {
                LocalDate until = span.loadUntil().isAfter(previous.loadUntil()) ? span.loadUntil() : previous.loadUntil();
                merged.set(merged.size() - 1, new Span(span.key(), previous.firstChanged(), until));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private Span span(String key, LocalDate firstChanged, LocalDate lastChanged) {
        return new Span(key, firstChanged, lastChanged.plusDays(4L * clusterer.windowDays() + 1));
    }

    /**
     * Re-clusters each cluster from its first changed date, continuing past the last changed date until the new
     * assignment agrees with the stored one over a whole window: from there on nothing can differ. All clusters of
     * a change are loaded in one query; the rare cluster that has not settled is loaded again, further.
     * The claims about to be written take the place of their stored versions and keep their events in memory.
     */
    private Uni<Void> recluster(SqlConnection conn, List<Span> spans, Set<String> touchedEvents, NewClaims newClaims) {
        return load(conn, spans).chain(rows -> settle(conn, spans, rows, touchedEvents, newClaims));
    }

    /** The stored claims of the spans (none when there are no spans). */
    private Uni<Iterable<Row>> load(SqlConnection conn, List<Span> spans) {
        if (spans.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Bounds b = bounds(spans);
        return conn.preparedQuery(CLUSTER_CLAIMS).execute(Tuple.of(b.keys(), b.from(), b.until())).map(rows -> rows);
    }

    /** Each span's cluster and the dates its claims are loaded from and until. */
    private record Bounds(String[] keys, LocalDate[] from, LocalDate[] until) {
    }

    private Bounds bounds(List<Span> spans) {
        int n = spans.size();
        Bounds b = new Bounds(new String[n], new LocalDate[n], new LocalDate[n]);
        for (int i = 0; i < n; i++) {
            b.keys()[i] = spans.get(i).key();
            b.from()[i] = spans.get(i).firstChanged().minusDays(clusterer.windowDays());
            b.until()[i] = spans.get(i).loadUntil();
        }
        return b;
    }

    private Uni<Void> settle(SqlConnection conn, List<Span> spans, Iterable<Row> rows, Set<String> touchedEvents,
                             NewClaims newClaims) {
        if (spans.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int window = clusterer.windowDays();
        int n = spans.size();
        Bounds b = bounds(spans);
        String[] keys = b.keys();
        LocalDate[] from = b.from();
        LocalDate[] until = b.until();
        Map<Long, List<IncidentClaim>> bySpan = new HashMap<>();
        for (Row row : rows) {
            if (!newClaims.isNew(row.getString("id"))) {
                bySpan.computeIfAbsent(row.getLong("span"), k -> new ArrayList<>()).add(incidentClaim(row));
            }
        }
        for (int i = 0; i < n; i++) {
            List<IncidentClaim> added = newClaims.within(keys[i], from[i], until[i]);
            if (!added.isEmpty()) {
                bySpan.computeIfAbsent((long) i + 1, k -> new ArrayList<>()).addAll(added);
            }
        }
        List<Span> unsettled = new ArrayList<>();
        List<String[]> updates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Span span = spans.get(i);
            List<IncidentClaim> claims = bySpan.getOrDefault((long) i + 1, List.of());
            Map<String, EventClusterer.Assignment> assigned = clusterer.cluster(claims, span.firstChanged());
            LocalDate settledFrom = span.loadUntil().minusDays(window);
            boolean settled = claims.stream()
                    .filter(c -> !c.date().isBefore(settledFrom))
                    .allMatch(c -> assigned.get(c.id()).eventId().equals(c.eventId()));
            if (settled) {
                collectUpdates(claims, assigned, touchedEvents, updates, newClaims);
            } else {
                unsettled.add(new Span(span.key(), span.firstChanged(), span.loadUntil().plusDays(8L * window + 1)));
            }
        }
        return storeAssignments(conn, updates)
                .chain(() -> recluster(conn, mergeOverlapping(unsettled), touchedEvents, newClaims));
    }

    private static void collectUpdates(List<IncidentClaim> claims, Map<String, EventClusterer.Assignment> assigned,
                                       Set<String> touchedEvents, List<String[]> updates, NewClaims newClaims) {
        for (IncidentClaim claim : claims) {
            EventClusterer.Assignment a = assigned.get(claim.id());
            if (a == null || a.eventId().equals(claim.eventId())) {
                continue;
            }
            if (newClaims.isNew(claim.id())) {
                newClaims.assign(claim.id(), a);
            } else {
                updates.add(new String[] {claim.id(), a.eventId(), a.reason()});
            }
            touchedEvents.add(a.eventId());
            if (claim.eventId() != null) {
                touchedEvents.add(claim.eventId());
            }
        }
    }

    private static Uni<Void> storeAssignments(SqlConnection conn, List<String[]> updates) {
        if (updates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] ids = new String[updates.size()];
        String[] events = new String[updates.size()];
        String[] reasons = new String[updates.size()];
        for (int i = 0; i < updates.size(); i++) {
            ids[i] = updates.get(i)[0];
            events[i] = updates.get(i)[1];
            reasons[i] = updates.get(i)[2];
        }
        return conn.preparedQuery("UPDATE claim c SET event_id = u.e, join_reason = u.r "
                        + "FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, e, r) WHERE c.id = u.id")
                .execute(Tuple.of(ids, events, reasons)).replaceWithVoid();
    }

    private static IncidentClaim incidentClaim(Row row) {
        return new IncidentClaim(row.getString("id"), row.getString("report_id"), row.getLocalDate("claim_date"),
                row.getLocalDate("published_at"), row.getString("place_key"), row.getString("province"),
                row.getLong("low"), row.getLong("high"), row.getString("wording"), row.getString("event_id"));
    }

    /**
     * Statements that do not depend on each other's results are sent together: the connection runs them in order.
     * The events are replaced (the old ones returned by their deletion: one look-up of each id, most of which are new
     * and not found); the answer is the rollups' change, the difference between the old and the new events, which the
     * caller sends with the change log's rows.
     */
    private Uni<RollupDelta> rebuildEvents(SqlConnection conn, Set<String> eventIds, Runnable lastStatements, ChangeSet changes) {
        RollupDelta delta = new RollupDelta();
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(delta);
        }
        Tuple ids = Tuple.of((Object) eventIds.toArray(new String[0]));
        return Uni.join().all(
                        conn.preparedQuery("DELETE FROM event WHERE id = ANY($1) RETURNING " + RollupDelta.EVENT_COLUMNS
                                + ", " + EventChanges.COLUMNS).execute(ids),
                        conn.preparedQuery(BUILD_EVENTS.formatted(SPECIFIC_FIRST, "event_id = ANY($1)")
                                + " RETURNING " + RollupDelta.EVENT_COLUMNS + ", " + EventChanges.COLUMNS).execute(ids))
                .andFailFast()
                .map(results -> {
                    results.get(0).forEach(delta::remove);
                    results.get(1).forEach(delta::add);
                    EventChanges.log(results.get(0), results.get(1), changes);
                    lastStatements.run();
                    return delta;
                });
    }

    static <T> Uni<Void> sequentially(Iterable<T> items, Function<T, Uni<Void>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item));
        }
        return chain;
    }
}
