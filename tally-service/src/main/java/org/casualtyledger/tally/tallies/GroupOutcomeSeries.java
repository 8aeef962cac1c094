package org.casualtyledger.tally.tallies;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casualtyledger.tally.query.SqlFilter;

/**
 * The running totals of a tally over all time by group and outcome (or coarser), kept as one row per group, outcome
 * and source ({@code group_outcome_source_series}): the source's latest figures (per subgroup the largest of its
 * series, summed) and its events in the groups, outcomes and subgroups of those running totals. Reading them instead
 * of every series and every source's events spares most of such a tally's work. The rows whose series or source
 * totals a write changed are computed again, under the lock of each source that {@link MonthlyRollup} takes.
 */
public final class GroupOutcomeSeries {
    private static final String FRESH = """
            SELECT grp, outcome, source, sum(value) AS value, max(published) AS published, count(*) AS figures,
                   array_agg(DISTINCT report_id ORDER BY report_id) AS report_ids
            FROM (SELECT s.grp, s.outcome, s.source, max(greatest(s.latest_value, 0)) AS value, max(s.last_published) AS published,
                         (array_agg(s.latest_report_id ORDER BY greatest(s.latest_value, 0) DESC, s.latest_report_id))[1] AS report_id
                  FROM series s%s WHERE NOT s.breakdown
                  GROUP BY s.grp, s.outcome, s.source, s.subgroup) g
            GROUP BY grp, outcome, source""";

    private static final String EVENTS = """
            LEFT JOIN LATERAL (
                SELECT sum(r.events) AS events, sum(r.best) AS best
                FROM (SELECT DISTINCT subgroup FROM series s WHERE s.source = f.source AND s.grp = f.grp
                      AND s.outcome = f.outcome AND NOT s.breakdown) k
                JOIN source_total r ON r.grp = f.grp AND r.outcome = f.outcome AND r.subgroup = k.subgroup AND r.source = f.source) e ON true""";

    private static final String COLUMNS = "grp, outcome, source, value, published, figures, report_ids, events, best";
    private static final String VALUES = "f.grp, f.outcome, f.source, f.value, f.published, f.figures, f.report_ids, "
            + "coalesce(e.events, 0), coalesce(e.best, 0)";

    /** Every row, from the whole tables at once. */
    public static final String BUILD = "INSERT INTO group_outcome_source_series (" + COLUMNS + ") SELECT " + VALUES
            + " FROM (" + FRESH.formatted("") + ") f " + EVENTS;

    /**
     * The rows of the groups, outcomes and sources in $1, $2, $3: written where the source has running totals there,
     * dropped where it no longer has.
     */
    private static final String UPDATE = "WITH a AS (SELECT DISTINCT * FROM unnest($1::text[], $2::text[], $3::text[]) AS a(grp, outcome, source)), "
            + "f AS (" + FRESH.formatted(" JOIN a ON a.grp = s.grp AND a.outcome = s.outcome AND a.source = s.source") + "), "
            + "gone AS (DELETE FROM group_outcome_source_series t USING a WHERE t.grp = a.grp AND t.outcome = a.outcome "
            + "AND t.source = a.source AND NOT EXISTS "
            + "(SELECT 1 FROM f WHERE f.grp = t.grp AND f.outcome = t.outcome AND f.source = t.source)) "
            + "INSERT INTO group_outcome_source_series AS t (" + COLUMNS + ") SELECT " + VALUES + " FROM f " + EVENTS
            + " ORDER BY f.grp, f.outcome, f.source ON CONFLICT (grp, outcome, source) DO UPDATE SET value = EXCLUDED.value, "
            + "published = EXCLUDED.published, figures = EXCLUDED.figures, report_ids = EXCLUDED.report_ids, "
            + "events = EXCLUDED.events, best = EXCLUDED.best";

    private GroupOutcomeSeries() {
    }

    /**
     * Computes again the rows of {@code keys} (group, outcome and source each; the caller holds the sources' locks),
     * after the series and source totals.
     */
    static Uni<RowSet<Row>> update(SqlConnection conn, Set<List<String>> keys) {
        String[][] columns = new String[3][keys.size()];
        int i = 0;
        for (List<String> key : keys) {
            for (int c = 0; c < 3; c++) {
                columns[c][i] = key.get(c);
            }
            i++;
        }
        return conn.preparedQuery(UPDATE).execute(Tuple.of(columns[0], columns[1], columns[2]));
    }

    /**
     * Whether the question's running totals are the kept rows: over all time, by group, outcome or neither, filtered
     * by nothing but group, outcome and source.
     */
    static boolean answers(TallyQuery q) {
        return q.from() == null && q.to() == null && q.subgroup() == null && q.location() == null
                && q.groupBy().stream().allMatch(d -> d == Dimension.GROUP || d == Dimension.OUTCOME);
    }

    /** The cells' running totals and their disagreements, from the kept rows summed per cell and source. */
    static Uni<Consumer<Map<List<String>, TallyReader.Cell>>> read(SqlClient db, TallyQuery q) {
        int width = q.groupBy().size() + 1;
        SqlFilter f = new SqlFilter().add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name()).add("source = ?", q.source());
        String sql = "SELECT " + Keys.output(q.groupBy()) + ", source, value, published, figures, report_ids, "
                + "best, events FROM (SELECT " + Keys.select(Keys.ofSeries(q.groupBy()))
                + ", source, value, published, figures, report_ids, events, best FROM group_outcome_source_series" + f.where() + ") t";
        return db.preparedQuery(sql).execute(f.tuple()).map(rows -> cells -> {
            Map<List<Object>, long[]> events = new HashMap<>();
            for (Row row : rows) {
                List<String> key = Keys.of(row, width);
                TallyReader.seriesCell(cells, key).addPart(row);
                long[] sums = events.computeIfAbsent(List.of(key, row.getString("source")), k -> new long[2]);
                sums[0] += row.getLong("events");
                sums[1] += row.getLong("best");
            }
            List<TallyReader.SourceEvents> compared = new ArrayList<>();
            events.forEach((k, sums) -> {
                if (sums[0] > 0) {
                    @SuppressWarnings("unchecked")
                    List<String> key = (List<String>) k.get(0);
                    compared.add(new TallyReader.SourceEvents(key, (String) k.get(1), sums[0], sums[1]));
                }
            });
            TallyReader.compare(cells, compared);
        });
    }
}
