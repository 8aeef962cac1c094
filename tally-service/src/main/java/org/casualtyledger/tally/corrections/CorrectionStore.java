package org.casualtyledger.tally.corrections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;

/** The claim_correction and claim_original tables. */
@ApplicationScoped
public class CorrectionStore {
    static final String COLUMNS = "id, claim_id, report_id, source, kind, changes::text AS changes, rejection, same_as, "
            + "event_id, author, reason, created_at, state";
    private static final String INSERT = "INSERT INTO claim_correction (claim_id, report_id, source, kind, changes, rejection, "
            + "same_as, event_id, author, reason) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10) RETURNING " + COLUMNS;
    private static final String KEEP_ORIGINAL = "INSERT INTO claim_original (claim_id, report_id, body) VALUES ($1, $2, $3::text::jsonb) "
            + "ON CONFLICT (claim_id) DO NOTHING";

    private final Pool pool;
    private final ObjectMapper json;

    public CorrectionStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Stores the correction, and the claim's reading as received if no correction has kept it before. */
    public Uni<Correction> add(Correction c, Claim original) {
        return pool.withTransaction(conn -> conn.preparedQuery(KEEP_ORIGINAL)
                .execute(Tuple.of(c.claimId(), c.reportId(), write(original)))
                .chain(() -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {c.claimId(), c.reportId(), c.source(),
                        c.kind().name(), c.changes() == null ? null : write(c.changes()),
                        c.rejection() == null ? null : c.rejection().name(), c.sameAs(), c.eventId(), c.author(), c.reason()})))
                .map(rows -> correction(rows.iterator().next())));
    }

    public Uni<List<Correction>> all() {
        return pool.query("SELECT " + COLUMNS + " FROM claim_correction ORDER BY id").execute().map(this::corrections);
    }

    /** The corrections stored after the given one, in order: those another replica made, for example. */
    public Uni<List<Correction>> after(SqlClient client, long id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM claim_correction WHERE id > $1 ORDER BY id")
                .execute(Tuple.of(id)).map(this::corrections);
    }

    /** The reports' corrections stored after the given one. */
    public Uni<List<Correction>> after(SqlClient client, String[] reportIds, long id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM claim_correction WHERE report_id = ANY($1) AND id > $2 ORDER BY id")
                .execute(Tuple.of(reportIds, id)).map(this::corrections);
    }

    public Uni<List<Correction>> ofClaim(String claimId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM claim_correction WHERE claim_id = $1 ORDER BY id")
                .execute(Tuple.of(claimId)).map(this::corrections);
    }

    /** The readings as received of the report's corrected claims, by claim id. */
    public Uni<List<Claim>> originals(SqlClient client, String reportId) {
        return client.preparedQuery("SELECT body::text FROM claim_original WHERE report_id = $1").execute(Tuple.of(reportId))
                .map(rows -> {
                    List<Claim> claims = new ArrayList<>();
                    rows.forEach(r -> claims.add(read(r.getString(0), Claim.class)));
                    return claims;
                });
    }

    public Uni<Claim> original(String claimId) {
        return pool.preparedQuery("SELECT body::text FROM claim_original WHERE claim_id = $1").execute(Tuple.of(claimId))
                .map(rows -> rows.rowCount() == 0 ? null : read(rows.iterator().next().getString(0), Claim.class));
    }

    List<Correction> corrections(Iterable<Row> rows) {
        List<Correction> list = new ArrayList<>();
        rows.forEach(r -> list.add(correction(r)));
        return list;
    }

    private Correction correction(Row r) {
        String changes = r.getString("changes");
        String rejection = r.getString("rejection");
        return new Correction(r.getLong("id"), r.getString("claim_id"), r.getString("report_id"), r.getString("source"),
                Correction.Kind.valueOf(r.getString("kind")),
                changes == null ? null : read(changes, new TypeReference<Map<String, Object>>() { }),
                rejection == null ? null : Correction.Rejection.valueOf(rejection), r.getString("same_as"), r.getString("event_id"),
                r.getString("author"), r.getString("reason"), r.getOffsetDateTime("created_at").atZoneSameInstant(ZoneOffset.UTC).toInstant(),
                Correction.State.valueOf(r.getString("state")));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }
}
