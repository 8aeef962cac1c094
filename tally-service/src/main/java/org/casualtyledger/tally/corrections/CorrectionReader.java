package org.casualtyledger.tally.corrections;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Page;

/** Pages of corrections, newest first. */
@ApplicationScoped
public class CorrectionReader {
    private final Pool pool;
    private final CorrectionStore store;

    public CorrectionReader(Pool pool, CorrectionStore store) {
        this.pool = pool;
        this.store = store;
    }

    public Uni<Page<Correction>> list(CorrectionQuery q) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(terms, params, "state = ?", q.state() == null ? null : q.state().name());
        add(terms, params, "author = ?", q.author());
        add(terms, params, "source = ?", q.source());
        add(terms, params, "created_at >= ?", q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC));
        add(terms, params, "created_at < ?", q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC));
        add(terms, params, "created_at <= ?", q.asOf() == null ? null : q.asOf().atOffset(ZoneOffset.UTC));
        String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        Tuple tuple = Tuple.from(params);
        String page = " ORDER BY created_at DESC, id DESC LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        return pool.preparedQuery("SELECT " + CorrectionStore.COLUMNS + " FROM claim_correction" + where + page).execute(tuple)
                .chain(rows -> pool.preparedQuery("SELECT count(*) FROM claim_correction" + where).execute(tuple)
                        .map(count -> new Page<>(store.corrections(rows), q.page(), q.size(), count.iterator().next().getLong(0))));
    }

    private static void add(List<String> terms, List<Object> params, String condition, Object value) {
        if (value != null) {
            params.add(value);
            terms.add(condition.replace("?", "$" + params.size()));
        }
    }
}
