package org.casualtyledger.ingest.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A new report in one statement, inside the caller's transaction: its row, its first revision, its claims (the first
 * {@value ClaimInsert#ROWS_PER_STATEMENT}; any more follow in their own statements) and, once read, the outbox entry
 * that hands them on. As entities these were an insert action each and a flush, most of the service's own work for a
 * bulletin; the row's text is sent once and the revision takes it from the row.
 */
final class NewReportInsert {
    private static final String REPORT = """
            WITH r AS (INSERT INTO report (id, source, url, title, published_at, language, text, content_hash, received_at,
                                           claim_count, read_failure, read_attempts, next_read_at, revision, extractor_version)
                       VALUES (:id, :source, :url, :title, :published, :language, :text, :hash, :received,
                               :count, :failure, :attempts, :nextRead, :revision, :version)
                       RETURNING id, revision, content_hash, title, text, received_at, claim_count, extractor_version)""";
    private static final String OUTBOX = ",\n     o AS (INSERT INTO outbox (report_id, kind, payload, created_at, attempts) SELECT id, 'UPSERT', :payload, :received, 0 FROM r)";
    private static final String REVISION = """

            INSERT INTO report_revision (report_id, revision, content_hash, title, text, received_at, claim_count, extractor_version)
            SELECT * FROM r""";

    private NewReportInsert() {
    }

    /** {@code payload}: the outbox entry's, or null for a report stored unread (its claims follow when it is read). */
    static Uni<Void> insert(Report report, List<StoredClaim> claims, String payload) {
        List<StoredClaim> first = claims.subList(0, Math.min(claims.size(), ClaimInsert.ROWS_PER_STATEMENT));
        StringBuilder sql = new StringBuilder(REPORT);
        if (!first.isEmpty()) {
            ClaimInsert.values(sql.append(",\n     c AS (").append(ClaimInsert.INSERT), first).append(')');
        }
        sql.append(payload != null ? OUTBOX : "").append(REVISION);
        return Panache.getSession().chain(session -> bind(session, sql.toString(), report, first, payload).executeUpdate()
                .chain(() -> ClaimInsert.insert(session, claims.subList(first.size(), claims.size()))));
    }

    private static Mutiny.Query<?> bind(Mutiny.Session session, String sql, Report report, List<StoredClaim> claims, String payload) {
        Mutiny.Query<?> query = session.createNativeQuery(sql).setParameter("id", report.id).setParameter("source", report.source)
                .setParameter("url", report.url).setParameter("title", report.title).setParameter("published", report.publishedAt)
                .setParameter("language", report.language).setParameter("text", report.text).setParameter("hash", report.contentHash)
                .setParameter("received", report.receivedAt).setParameter("count", report.claimCount)
                .setParameter("failure", report.readFailure).setParameter("attempts", report.readAttempts)
                .setParameter("nextRead", report.nextReadAt).setParameter("revision", report.revision)
                .setParameter("version", report.extractorVersion);
        if (payload != null) {
            query.setParameter("payload", payload);
        }
        return ClaimInsert.bind(query, claims);
    }
}
