package org.casualtyledger.tally.changes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the change log in its order, from a cursor on; each row as the API names its fields. */
@ApplicationScoped
public class ChangeReader {
    private static final String DATA = """
            CASE WHEN content IS NULL THEN NULL
                 WHEN entity = 'CLAIM' THEN (content->'body') || jsonb_build_object('source', content->'source',
                     'publishedAt', content->'published_at', 'seriesId', content->'series_id')
                 WHEN entity = 'EVENT' THEN jsonb_build_object('id', content->'id', 'outcome', content->'outcome',
                     'group', content->'grp', 'subgroup', nullif(content->>'subgroup', ''),
                     'place', nullif(content->>'place', ''), 'province', nullif(content->>'province', ''),
                     'latitude', content->'latitude', 'longitude', content->'longitude',
                     'firstDate', content->'first_date', 'lastDate', content->'last_date', 'low', content->'low',
                     'best', content->'best', 'high', content->'high', 'bestClaimId', content->'best_claim_id',
                     'claims', content->'claims', 'reports', content->'reports', 'sources', content->'sources')
                 ELSE jsonb_build_object('id', content->'id', 'source', content->'source', 'group', content->'grp',
                     'outcome', content->'outcome', 'subgroup', nullif(content->>'subgroup', ''),
                     'periodStart', content->'period_start', 'breakdown', content->'breakdown',
                     'latestValue', content->'latest_value', 'pointCount', content->'points',
                     'firstPublished', content->'first_published', 'lastPublished', content->'last_published')
            END::text AS data""";

    private final Pool pool;

    public ChangeReader(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} changes after the cursor position, in order. */
    public Uni<List<ChangeView>> after(long position, int limit) {
        return pool.preparedQuery("SELECT seq, kind, entity, entity_id, report_ids, recorded_at, " + DATA
                        + " FROM (SELECT seq, kind, entity, entity_id, report_ids, recorded_at, content::jsonb AS content"
                        + " FROM ledger_change WHERE seq > $1 ORDER BY seq LIMIT $2) l ORDER BY seq")
                .execute(Tuple.of(position, limit))
                .map(rows -> {
                    List<ChangeView> changes = new ArrayList<>();
                    for (Row r : rows) {
                        changes.add(new ChangeView(Cursor.of(r.getLong("seq")), ChangeKind.valueOf(r.getString("kind")),
                                Entity.valueOf(r.getString("entity")), r.getString("entity_id"),
                                Arrays.asList(r.getArrayOfStrings("report_ids")), r.getOffsetDateTime("recorded_at"),
                                r.getString("data")));
                    }
                    return changes;
                });
    }
}
