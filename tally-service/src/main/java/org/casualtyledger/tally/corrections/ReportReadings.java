package org.casualtyledger.tally.corrections;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;

/**
 * Claims and reports as received, for corrections: a claim in the ledger's current reading (filed, or rejected by
 * an active correction), and a report's latest batch as it was delivered, to be written again with its corrections.
 */
@ApplicationScoped
public class ReportReadings {
    /** A claim of the current reading: as received, with where it is filed (nothing when rejected). */
    public record Found(Claim original, String reportId, String source, java.time.LocalDate publishedAt, String eventId) {
    }

    private static final String CLAIM = """
            SELECT coalesce(o.body::text, c.body::text) AS body, coalesce(c.report_id, o.report_id) AS report_id, r.source, r.published_at, c.event_id
            FROM (SELECT $1::text AS id) k
            LEFT JOIN claim c ON c.id = k.id
            LEFT JOIN claim_original o ON o.claim_id = k.id
            JOIN report r ON r.id = coalesce(c.report_id, o.report_id)
            WHERE c.id IS NOT NULL
               OR EXISTS (SELECT 1 FROM claim_correction x WHERE x.claim_id = k.id AND x.state = 'ACTIVE')""";
    private static final String RECEIVED = """
            SELECT coalesce(o.body::text, c.body::text) AS body FROM claim c LEFT JOIN claim_original o ON o.claim_id = c.id
            WHERE c.report_id = $1
            UNION ALL
            SELECT o.body::text FROM claim_original o WHERE o.report_id = $1
              AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = o.claim_id)
              AND EXISTS (SELECT 1 FROM claim_correction x WHERE x.claim_id = o.claim_id AND x.state = 'ACTIVE')""";

    private final Pool pool;
    private final ObjectMapper json;

    public ReportReadings(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Optional<Found>> claim(String id) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(id)).map(rows -> {
            if (rows.rowCount() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            return Optional.of(new Found(read(r.getString("body")), r.getString("report_id"), r.getString("source"),
                    r.getLocalDate("published_at"), r.getString("event_id")));
        });
    }

    /** The report's latest batch as it was delivered; empty when the report is not in the ledger. */
    public Uni<Optional<ClaimBatch>> batch(String reportId) {
        return pool.preparedQuery("SELECT id, source, url, title, published_at, batch_id FROM report WHERE id = $1")
                .execute(Tuple.of(reportId))
                .chain(reports -> {
                    if (reports.rowCount() == 0) {
                        return Uni.createFrom().item(Optional.<ClaimBatch>empty());
                    }
                    Row r = reports.iterator().next();
                    ReportRef report = new ReportRef(r.getString("id"), r.getString("source"), r.getString("url"),
                            r.getString("title"), r.getLocalDate("published_at"));
                    long batchId = r.getLong("batch_id");
                    return pool.preparedQuery(RECEIVED).execute(Tuple.of(reportId)).map(rows -> {
                        Map<String, Claim> claims = new LinkedHashMap<>();
                        rows.forEach(row -> {
                            Claim c = read(row.getString(0));
                            claims.put(c.id(), c);
                        });
                        return Optional.of(new ClaimBatch(batchId, report, new ArrayList<>(claims.values())));
                    });
                });
    }

    /** The top-level claims filed in an event, in the order the clusterer met them. */
    public Uni<List<String>> claimsOf(String eventId) {
        return pool.preparedQuery("SELECT id FROM claim WHERE event_id = $1 ORDER BY claim_date, published_at, report_id, id")
                .execute(Tuple.of(eventId)).map(rows -> {
                    List<String> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                });
    }

    private Claim read(String body) {
        try {
            return json.readValue(body, Claim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored claim is not readable", e);
        }
    }
}
