package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.Page;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.casualtyledger.ingest.outbox.OutboxEntry;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores a report, its claims and the outbox entry that hands them on, all in one transaction,
 * so that a stored claim always reaches the ledger and an unstored one never does.
 */
@ApplicationScoped
public class ReportService {
    private static final String UNIQUE_VIOLATION = "23505";

    private final ClaimExtractor extractor;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final long maxReportBytes;

    public ReportService(ClaimExtractor extractor, ObjectMapper json, IngestMetrics metrics,
            @ConfigProperty(name = "ledger.report.max-bytes") long maxReportBytes) {
        this.extractor = extractor;
        this.json = json;
        this.metrics = metrics;
        this.maxReportBytes = maxReportBytes;
    }

    public Uni<IngestResult> ingest(ReportInput input) {
        checkSize(input.text());
        String contentHash = ReportIdentity.contentHash(input.text());
        String id = ReportIdentity.reportId(input.source(), contentHash);
        return Panache.withTransaction(() -> Report.<Report>findById(id)
                        .chain(existing -> existing != null ? existing(existing) : store(input, id, contentHash)))
                .onFailure(ReportService::isUniqueViolation)
                .recoverWithUni(() -> Panache.withSession(() -> Report.<Report>findById(id).chain(this::existing)))
                .invoke(result -> metrics.reportIngested(result.created() ? "created" : "duplicate"));
    }

    /** Claims for a text, nothing stored. */
    public List<Claim> extract(ReportInput input) {
        checkSize(input.text());
        String id = ReportIdentity.reportId(input.source(), ReportIdentity.contentHash(input.text()));
        return metrics.timeExtraction(() -> extractor.extract(id, input.text(), publishedOrToday(input)));
    }

    public Uni<ReportView> find(String id) {
        return Panache.withSession(() -> Report.<Report>findById(id)).map(r -> ReportView.of(required(r, id), true));
    }

    public Uni<List<Claim>> claimsOf(String id) {
        return Panache.withSession(() -> Report.<Report>findById(id)
                .invoke(r -> required(r, id))
                .chain(r -> storedClaims(id)));
    }

    public Uni<Page<ReportView>> list(ReportFilter filter, int page, int size) {
        return Panache.withSession(() -> {
            var query = Report.<Report>find(filter.where() + " order by publishedAt desc, id", filter.parameters());
            return query.page(page, size).list().chain(reports -> query.count()
                    .map(total -> new Page<>(reports.stream().map(r -> ReportView.of(r, false)).toList(), page, size, total)));
        });
    }

    /** Deletes the report and its claims and asks the ledger to retract them. */
    public Uni<Long> retract(String id) {
        return Panache.withTransaction(() -> Report.<Report>findById(id)
                .invoke(r -> required(r, id))
                .chain(r -> StoredClaim.delete("reportId", id)
                        .call(removed -> r.delete())
                        .call(removed -> OutboxEntry.of(id, OutboxEntry.Kind.RETRACT, "").persist())));
    }

    private Uni<IngestResult> existing(Report report) {
        return storedClaims(report.id).map(claims -> new IngestResult(ReportView.of(report, false), claims, false));
    }

    private Uni<List<Claim>> storedClaims(String reportId) {
        return StoredClaim.<StoredClaim>find("reportId = ?1 order by spanStart, id", reportId).list()
                .map(stored -> stored.stream().map(s -> readClaim(s.body)).toList());
    }

    private Uni<IngestResult> store(ReportInput input, String id, String contentHash) {
        LocalDate published = publishedOrToday(input);
        List<Claim> claims = metrics.timeExtraction(() -> extractor.extract(id, input.text(), published));
        metrics.claimsExtracted(claims);
        Report report = newReport(input, id, contentHash, published, claims.size());
        ClaimBatch batch = new ClaimBatch(0, new ReportRef(id, report.source, report.url, report.title, published), claims);
        List<StoredClaim> rows = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            rows.add(storedClaim(claim));
        }
        return report.<Report>persist()
                .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : StoredClaim.persist(rows))
                .call(() -> OutboxEntry.of(id, OutboxEntry.Kind.UPSERT, write(batch)).persist())
                .map(ignored -> new IngestResult(ReportView.of(report, false), claims, true));
    }

    private static Report newReport(ReportInput input, String id, String contentHash, LocalDate published, int claimCount) {
        Report report = new Report();
        report.id = id;
        report.source = input.source().strip();
        report.url = input.url();
        report.title = input.title();
        report.publishedAt = published;
        report.language = input.languageOrDefault();
        report.text = input.text();
        report.contentHash = contentHash;
        report.receivedAt = Instant.now();
        report.claimCount = claimCount;
        return report;
    }

    private StoredClaim storedClaim(Claim claim) {
        StoredClaim row = new StoredClaim();
        row.id = claim.id();
        row.reportId = claim.reportId();
        row.spanStart = claim.evidence().start();
        row.outcome = claim.outcome().name();
        row.body = write(claim);
        return row;
    }

    private void checkSize(String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxReportBytes) {
            throw ProblemException.tooLarge("text is " + bytes + " bytes; the limit is " + maxReportBytes
                    + " bytes per report (ledger.report.max-bytes)");
        }
    }

    private static LocalDate publishedOrToday(ReportInput input) {
        return input.publishedAt() != null ? input.publishedAt() : LocalDate.now(ZoneOffset.UTC);
    }

    private static Report required(Report report, String id) {
        if (report == null) {
            throw ProblemException.notFound("no report with id " + id);
        }
        return report;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof io.vertx.pgclient.PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private Claim readClaim(String body) {
        try {
            return json.readValue(body, Claim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored claim is not readable", e);
        }
    }
}
