package org.casualtyledger.tally.series;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Page;
import org.casualtyledger.tally.corrections.Corrected;
import org.casualtyledger.tally.query.SqlFilter;

@ApplicationScoped
public class SeriesReader {
    public Uni<Page<SeriesView>> list(SqlClient db, SeriesQuery q) {
        SqlFilter f = new SqlFilter()
                .add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("subgroup = ?", q.subgroup())
                .add("source = ?", q.source())
                .add("last_published >= ?", q.from())
                .add("first_published <= ?", q.to());
        Tuple params = f.tuple();
        String limit = " ORDER BY source, grp, outcome, subgroup, period_start NULLS FIRST, id LIMIT " + q.size()
                + " OFFSET " + (long) q.page() * q.size();
        return db.preparedQuery("SELECT id, source, grp, outcome, subgroup, period_start, breakdown, latest_value FROM series"
                        + f.where() + limit).execute(params)
                .chain(rows -> {
                    Map<String, Row> series = new LinkedHashMap<>();
                    rows.forEach(r -> series.put(r.getString("id"), r));
                    return points(db, q, series.keySet())
                            .chain(points -> db.preparedQuery("SELECT count(*) FROM series" + f.where()).execute(params)
                                    .map(count -> new Page<>(views(series, points), q.page(), q.size(),
                                            count.iterator().next().getLong(0))));
                });
    }

    /** Points per series: the latest figure of each interval, from the monthly rollup or from the points themselves. */
    private Uni<Map<String, List<SeriesView.Point>>> points(SqlClient db, SeriesQuery q, java.util.Set<String> ids) {
        Map<String, List<SeriesView.Point>> points = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(points);
        }
        SqlFilter f = new SqlFilter().add("series_id = ANY(?)", ids.toArray(new String[0]));
        String sql;
        if (q.interval() == SeriesQuery.Interval.MONTH) {
            f.add("month >= date_trunc('month', ?::date)::date", q.from()).add("month <= ?", q.to());
            sql = "SELECT series_id, month AS bucket, value, last_published AS published_at, NULL::text AS claim_id, report_id, "
                    + "EXISTS (SELECT 1 FROM claim c WHERE c.series_id = series_month.series_id AND c.corrected"
                    + " AND date_trunc('month', c.published_at)::date = series_month.month) AS corrected "
                    + "FROM series_month" + f.where() + " ORDER BY series_id, month";
        } else {
            f.add("published_at >= ?", q.from()).add("published_at <= ?", q.to());
            sql = "SELECT series_id, published_at AS bucket, value, published_at, claim_id, report_id, "
                    + "claim_id IN " + Corrected.CLAIM_IDS + " AS corrected FROM series_point" + f.where() + " ORDER BY series_id, published_at, report_id, claim_id";
        }
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> {
            for (Row r : rows) {
                LocalDate bucket = q.interval().bucketOf(r.getLocalDate("bucket"));
                List<SeriesView.Point> list = points.computeIfAbsent(r.getString("series_id"), k -> new ArrayList<>());
                boolean corrected = Boolean.TRUE.equals(r.getBoolean("corrected"));
                if (!list.isEmpty() && list.get(list.size() - 1).date().equals(bucket)) {
                    corrected |= list.get(list.size() - 1).corrected();
                }
                SeriesView.Point point = new SeriesView.Point(bucket, r.getLong("value"), r.getLocalDate("published_at"),
                        r.getString("claim_id"), r.getString("report_id"), corrected);
                if (!list.isEmpty() && list.get(list.size() - 1).date().equals(bucket)) {
                    list.set(list.size() - 1, point);
                } else {
                    list.add(point);
                }
            }
            return points;
        });
    }

    private static List<SeriesView> views(Map<String, Row> series, Map<String, List<SeriesView.Point>> points) {
        List<SeriesView> views = new ArrayList<>();
        series.forEach((id, r) -> views.add(new SeriesView(id, r.getString("source"), r.getString("grp"), r.getString("outcome"),
                SqlFilter.emptyToNull(r.getString("subgroup")), r.getLocalDate("period_start"), r.getBoolean("breakdown"),
                r.getLong("latest_value"), points.getOrDefault(id, List.of()))));
        return views;
    }

    public Uni<Page<Discrepancy>> discrepancies(SqlClient db, String group, String outcome, String source, LocalDate from, LocalDate to,
                                                int page, int size) {
        SqlFilter f = new SqlFilter().add("grp = ?", group).add("outcome = ?", outcome).add("source = ?", source)
                .add("published_at >= ?", from).add("published_at <= ?", to);
        Tuple params = f.tuple();
        String limit = " ORDER BY published_at, id LIMIT " + size + " OFFSET " + (long) page * size;
        return db.preparedQuery("SELECT * FROM discrepancy" + f.where() + limit).execute(params)
                .chain(rows -> db.preparedQuery("SELECT count(*) FROM discrepancy" + f.where()).execute(params)
                        .map(count -> {
                            List<Discrepancy> items = new ArrayList<>();
                            for (Row r : rows) {
                                items.add(new Discrepancy(r.getString("id"), r.getString("kind"), r.getString("series_id"),
                                        r.getString("source"), r.getString("grp"), r.getString("outcome"),
                                        SqlFilter.emptyToNull(r.getString("subgroup")), r.getLocalDate("period_start"),
                                        r.getLong("previous_value"), r.getString("previous_claim_id"),
                                        r.getLocalDate("previous_published"), r.getLong("value"), r.getString("claim_id"),
                                        r.getLocalDate("published_at")));
                            }
                            return new Page<>(items, page, size, count.iterator().next().getLong(0));
                        }));
    }
}
