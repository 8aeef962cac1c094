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
import org.casualtyledger.ingest.revisions.Revisions;
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
    private final Revisions revisions;
    private final String extractorVersion;

    public ReportService(ClaimExtractor extractor, ObjectMapper json, IngestMetrics metrics, Revisions revisions,
            @ConfigProperty(name = "ledger.report.max-bytes") long maxReportBytes,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String buildVersion) {
        this.extractor = extractor;
        this.json = json;
        this.metrics = metrics;
        this.revisions = revisions;
        this.maxReportBytes = maxReportBytes;
        this.extractorVersion = ClaimExtractor.version(buildVersion);
    }

    /** The version of the extractor that reads reports now (build version and rule data digest). */
    public String extractorVersion() {
        return extractorVersion;
    }

    /**
     * Stores a new report; or, when the source already has a report under the same url with another text, a new
     * revision of that report (same id, its claims replacing the previous revision's); or answers the stored report.
     */
    public Uni<IngestResult> ingest(ReportInput input) {
        checkSize(input.text());
        String contentHash = ReportIdentity.contentHash(input.text());
        String id = ReportIdentity.reportId(input.source(), contentHash);
        return Panache.withTransaction(() -> sameUrl(input)
                        .chain(previous -> previous != null ? reviseOrKeep(previous, input, contentHash)
                                : Report.<Report>findById(id)
                                        .chain(existing -> existing != null ? existing(existing) : store(input, id, contentHash))))
                .onFailure(ReportService::isUniqueViolation)
                .recoverWithUni(() -> Panache.withSession(() -> Report.<Report>findById(id).chain(this::existing)))
                .invoke(result -> metrics.reportIngested(!result.created() ? "duplicate" : result.report().revision() > 1 ? "revised" : "created"));
    }

    /** The source's report under the same url, locked until the transaction ends; null without a url or such report. */
    private static Uni<Report> sameUrl(ReportInput input) {
        if (input.url() == null || input.url().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Report.<Report>find("source = ?1 and url = ?2 order by receivedAt desc", input.source().strip(), input.url())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    private Uni<IngestResult> reviseOrKeep(Report previous, ReportInput input, String contentHash) {
        return previous.contentHash.equals(contentHash) ? existing(previous) : revise(previous, input, contentHash);
    }

    /**
     * A new text of a stored report: the current revision and its claims are kept aside, marked superseded now; the
     * report keeps its id, so a figure read at the same span gets the same claim id. The outbox carries the new claim
     * set, and the ledger drops the previous revision's claims that are not in it.
     */
    private Uni<IngestResult> revise(Report report, ReportInput input, String contentHash) {
        Instant now = Instant.now();
        LocalDate published = input.publishedAt() != null ? input.publishedAt() : report.publishedAt;
        List<Claim> claims = read(report.id, input.text(), published);
        return revisions.supersede(report, now).chain(() -> {
            report.revision++;
            report.title = input.title() != null ? input.title() : report.title;
            report.publishedAt = published;
            report.language = input.languageOrDefault();
            report.text = input.text();
            report.contentHash = contentHash;
            report.receivedAt = now;
            report.claimCount = claims.size();
            report.extractorVersion = extractorVersion;
            return storeClaims(report, claims);
        }).call(() -> revisions.record(report))
                .map(ignored -> new IngestResult(ReportView.of(report, false), claims, true));
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
        List<Claim> claims = read(id, input.text(), published);
        Report report = newReport(input, id, contentHash, published, claims.size());
        report.extractorVersion = extractorVersion;
        return report.<Report>persist()
                .call(() -> revisions.first(report))
                .call(() -> storeClaims(report, claims))
                .map(ignored -> new IngestResult(ReportView.of(report, false), claims, true));
    }

    private List<Claim> read(String reportId, String text, LocalDate published) {
        List<Claim> claims = metrics.timeExtraction(() -> extractor.extract(reportId, text, published));
        metrics.claimsExtracted(claims);
        return claims;
    }

    /** The report's claims as now read, and the outbox entry that makes them the report's claims in the ledger. */
    private Uni<Void> storeClaims(Report report, List<Claim> claims) {
        ClaimBatch batch = new ClaimBatch(0, new ReportRef(report.id, report.source, report.url, report.title, report.publishedAt), claims);
        List<StoredClaim> rows = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            rows.add(storedClaim(claim, report));
        }
        return (rows.isEmpty() ? Uni.createFrom().voidItem() : StoredClaim.persist(rows))
                .call(() -> OutboxEntry.of(report.id, OutboxEntry.Kind.UPSERT, write(batch)).persist())
                .replaceWithVoid();
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

    private StoredClaim storedClaim(Claim claim, Report report) {
        StoredClaim row = new StoredClaim();
        row.id = claim.id();
        row.reportId = claim.reportId();
        row.spanStart = claim.evidence().start();
        row.outcome = claim.outcome().name();
        row.body = write(claim);
        row.revision = report.revision;
        row.extractorVersion = report.extractorVersion;
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
