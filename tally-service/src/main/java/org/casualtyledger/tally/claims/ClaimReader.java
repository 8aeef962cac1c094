package org.casualtyledger.tally.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Page;
import org.casualtyledger.tally.query.SqlFilter;

@ApplicationScoped
public class ClaimReader {
    static final String COLUMNS = "body::text AS body, source, published_at, event_id, join_reason, series_id, "
            + "EXISTS (SELECT 1 FROM claim_correction x WHERE x.claim_id = claim.id AND x.state = 'ACTIVE') AS corrected";

    private final ObjectMapper json;

    public ClaimReader(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Page<LedgerClaim>> list(SqlClient db, ClaimQuery q) {
        SqlFilter filter = new SqlFilter()
                .add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("source = ?", q.source())
                .add("claim_date >= ?", q.from())
                .add("claim_date <= ?", q.to())
                .add("scope = ?", q.scope() == null ? null : q.scope().name())
                .add("report_id = ?", q.reportId())
                .add("event_id = ?", q.eventId());
        String limit = " ORDER BY " + q.orderBy() + " LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        Tuple params = filter.tuple();
        return db.preparedQuery("SELECT " + COLUMNS + " FROM claim" + filter.where() + limit).execute(params)
                .chain(rows -> db.preparedQuery("SELECT count(*) FROM claim" + filter.where()).execute(params)
                        .map(count -> new Page<>(claims(rows), q.page(), q.size(), count.iterator().next().getLong(0))));
    }

    public Uni<Optional<LedgerClaim>> find(SqlClient db, String id) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM claim WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> claims(rows).stream().findFirst());
    }

    /**
     * The event's claims: those filed in it, and those an analyst joined into it (a JOIN correction files a claim as a
     * repeat of the event's first claim, so it is in no event of its own and never adds to this one's figures).
     */
    public Uni<List<LedgerClaim>> ofEvent(SqlClient db, String eventId) {
        return db.preparedQuery("SELECT " + COLUMNS + " FROM claim WHERE event_id = $1 OR id IN (" + JOINED_INTO + ") "
                        + "ORDER BY claim_date, published_at, report_id, id")
                .execute(Tuple.of(eventId)).map(this::claims);
    }

    /** The claims joined into event $1 by a correction still in force (the claim still repeats the claim it names). */
    private static final String JOINED_INTO = "SELECT x.claim_id FROM claim_correction x JOIN claim anchor ON anchor.id = x.same_as "
            + "JOIN claim joined ON joined.id = x.claim_id WHERE x.kind = 'JOIN' AND x.state = 'ACTIVE' AND anchor.event_id = $1 "
            + "AND joined.body->>'restates' = x.same_as";

    List<LedgerClaim> claims(Iterable<Row> rows) {
        List<LedgerClaim> claims = new ArrayList<>();
        for (Row row : rows) {
            claims.add(new LedgerClaim(claim(row.getString("body")), row.getString("source"), row.getLocalDate("published_at"),
                    row.getString("event_id"), row.getString("join_reason"), row.getString("series_id"),
                    row.getBoolean("corrected"), null, null));
        }
        return claims;
    }

    private Claim claim(String body) {
        try {
            return json.readValue(body, Claim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored claim is not readable", e);
        }
    }
}
