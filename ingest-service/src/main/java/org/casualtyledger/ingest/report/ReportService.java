package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Page;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.casualtyledger.ingest.outbox.BatchPayload;
import org.casualtyledger.ingest.outbox.OutboxEntry;
import org.casualtyledger.ingest.outbox.OutboxRounds;
import org.casualtyledger.ingest.revisions.Revisions;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores a report, its claims and the outbox entry that hands them on, all in one transaction,
 * so that a stored claim always reaches the ledger and an unstored one never does.
 */
@ApplicationScoped
public class ReportService {
    private static final String UNIQUE_VIOLATION = "23505";

    private final ReportReader reader;
    private final Rereading rereading;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final long maxReportBytes;
    private final Duration budget;
    private final Revisions revisions;
    private final String extractorVersion;
    private final OutboxRounds delivery;

    public ReportService(ReportReader reader, Rereading rereading, ObjectMapper json, IngestMetrics metrics, Revisions revisions,
            OutboxRounds delivery,
            @ConfigProperty(name = "ledger.report.max-bytes") long maxReportBytes,
            @ConfigProperty(name = "ledger.extract.budget") Duration budget) {
        this.reader = reader;
        this.rereading = rereading;
        this.json = json;
        this.metrics = metrics;
        this.revisions = revisions;
        this.delivery = delivery;
        this.maxReportBytes = maxReportBytes;
        this.budget = budget;
        this.extractorVersion = reader.version();
    }

    /** The version of the extractor that reads reports now (build version and rule data digest). */
    public String extractorVersion() {
        return extractorVersion;
    }

    /**
     * Stores a new report; or, when the source already has a report under the same url with another text, a new
     * revision of that report (same id, its claims replacing the previous revision's); or answers the stored report.
     * The text is read first (off the event loop, within the time budget); a text that cannot be read now is stored
     * all the same, marked unread, and read again later. Once the transaction has committed, the outbox worker is
     * woken to deliver the new claims at once.
     */
    public Uni<IngestResult> ingest(ReportInput input) {
        checkSize(input.text());
        String source = input.source().strip();
        String contentHash = ReportIdentity.contentHash(input.text());
        String id = ReportIdentity.reportId(source, contentHash);
        return Panache.withSession(() -> lookUp(source, input.url(), id, contentHash))
                .chain(found -> found.answer() != null ? Uni.createFrom().item(found.answer())
                        : found.revised() != null ? revise(found.revised().id, input, contentHash,
                                input.publishedAt() != null ? input.publishedAt() : found.revised().publishedAt)
                        : ingestNew(input, source, id, contentHash))
                .invoke(result -> {
                    metrics.reportIngested(!result.created() ? "duplicate" : result.report().revision() > 1 ? "revised" : "created");
                    if (result.created()) {
                        delivery.written();
                    }
                });
    }

    /**
     * What is stored already, looked up in one session: the answer when this text is stored (under this url or,
     * from this source, under any), else the report under this url whose text is another, else neither.
     */
    private record Lookup(IngestResult answer, Report revised) {
        static final Lookup NEITHER = new Lookup(null, null);
    }

    private Uni<Lookup> lookUp(String source, String url, String id, String contentHash) {
        return sameUrl(source, url).chain(previous -> {
            if (previous != null) {
                return previous.contentHash.equals(contentHash) ? existing(previous).map(answer -> new Lookup(answer, null))
                        : Uni.createFrom().item(new Lookup(null, previous));
            }
            return Report.<Report>findById(id).chain(found -> found == null ? Uni.createFrom().item(Lookup.NEITHER)
                    : existing(found).map(answer -> new Lookup(answer, null)));
        });
    }

    /** A report not stored yet: read, then stored; when another request stored it meanwhile, that one's answer. */
    private Uni<IngestResult> ingestNew(ReportInput input, String source, String id, String contentHash) {
        LocalDate published = publishedOrToday(input);
        return reader.read(id, input.text(), published, budget)
                .chain(reading -> Panache.withTransaction(() -> store(input, source, id, contentHash, published, reading)))
                .onFailure(ReportService::isUniqueViolation)
                .recoverWithUni(() -> Panache.withSession(() -> Report.<Report>findById(id).chain(this::existing)));
    }

    /** The source's latest report under the same url; null without a url or such report. */
    private static Uni<Report> sameUrl(String source, String url) {
        if (url == null || url.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Report.<Report>find("source = ?1 and url = ?2 order by receivedAt desc", source, url).firstResult();
    }

    /**
     * A new text of a stored report, read before the transaction: inside it, the report is locked and, unless another
     * request stored the same text meanwhile, its current revision and claims are kept aside, marked superseded now;
     * the report keeps its id, so a figure read at the same span gets the same claim id. The outbox carries the new
     * claim set, and the ledger drops the previous revision's claims that are not in it.
     */
    private Uni<IngestResult> revise(String reportId, ReportInput input, String contentHash, LocalDate published) {
        return reader.read(reportId, input.text(), published, budget)
                .chain(reading -> Panache.withTransaction(() -> Report.<Report>findById(reportId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                        .chain(report -> report.contentHash.equals(contentHash) ? existing(report)
                                : newRevision(report, input, contentHash, published, reading))));
    }

    private Uni<IngestResult> newRevision(Report report, ReportInput input, String contentHash, LocalDate published, Reading reading) {
        Instant now = Instant.now();
        return revisions.supersede(report, now).chain(() -> {
            report.revision++;
            report.title = input.title() != null ? input.title() : report.title;
            report.publishedAt = published;
            report.language = input.languageOrDefault();
            report.text = input.text();
            report.contentHash = contentHash;
            report.receivedAt = now;
            report.readAttempts = 0;
            report.claimCount = 0;
            report.extractorVersion = extractorVersion;
            return recordReading(report, reading);
        }).call(() -> revisions.record(report))
                .map(ignored -> IngestResult.of(ReportView.of(report, false), reading.read() ? reading.claims() : List.of(), true));
    }

    /** Claims for a text, nothing stored; a text that cannot be read within the budget is a 422 problem. */
    public Uni<List<Claim>> extract(ReportInput input) {
        checkSize(input.text());
        String id = ReportIdentity.reportId(input.source().strip(), ReportIdentity.contentHash(input.text()));
        return reader.read(id, input.text(), publishedOrToday(input), budget).map(reading -> {
            if (!reading.read()) {
                throw new ProblemException(Problem.of(422, "unreadable-text", "Text could not be read",
                        "the extractor could not read this text: " + reading.failure() + " (ledger.extract.budget is " + budget + ")"));
            }
            return reading.claims();
        });
    }

    public Uni<ReportView> find(String id) {
        return Panache.withSession(() -> Report.<Report>findById(id)).map(r -> ReportView.of(required(r, id), true));
    }

    public Uni<List<Claim>> claimsOf(String id) {
        return Panache.withSession(() -> Report.<Report>findById(id)
                .invoke(r -> required(r, id))
                .chain(r -> storedClaims(id)));
    }

    /** {@code orderBy}: the checked order of the listing's sort parameter ({@link ReportFilter#SORT}). */
    public Uni<Page<ReportView>> list(ReportFilter filter, String orderBy, int page, int size) {
        return Panache.withSession(() -> {
            var query = Report.<Report>find(filter.where() + " order by " + orderBy, filter.parameters());
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
                        .call(removed -> OutboxEntry.of(id, OutboxEntry.Kind.RETRACT, "").persist())))
                .invoke(delivery::written);
    }

    private Uni<IngestResult> existing(Report report) {
        return storedClaims(report.id).map(claims -> IngestResult.of(ReportView.of(report, false), claims, false));
    }

    private Uni<List<Claim>> storedClaims(String reportId) {
        return StoredClaim.<StoredClaim>find("reportId = ?1 order by spanStart, id", reportId).list()
                .map(stored -> stored.stream().map(s -> readClaim(s.body)).toList());
    }

    /** The report, its first revision, its claims and its outbox entry, written in one statement. */
    private Uni<IngestResult> store(ReportInput input, String source, String id, String contentHash, LocalDate published, Reading reading) {
        Report report = newReport(input, source, id, contentHash, published);
        report.extractorVersion = extractorVersion;
        if (!reading.read()) {
            report.readFailure = reading.failure();
            report.nextReadAt = Instant.now().plus(rereading.backoff(report.readAttempts));
            return NewReportInsert.insert(report, List.of(), null)
                    .map(stored -> IngestResult.of(ReportView.of(report, false), List.of(), true));
        }
        Filing filing = filing(report, reading.claims());
        return NewReportInsert.insert(report, filing.rows(), filing.payload())
                .map(ignored -> IngestResult.stored(ReportView.of(report, false), reading.claims(), filing.bodies()));
    }

    /**
     * Records a reading of a stored report: its claims and the outbox entry that hands them on, or, when it could not
     * be read again, why and when it is tried next. Runs inside the caller's transaction.
     */
    Uni<Void> recordReading(Report report, Reading reading) {
        report.readAttempts++;
        if (!reading.read()) {
            report.readFailure = reading.failure();
            report.nextReadAt = Instant.now().plus(rereading.backoff(report.readAttempts));
            return Uni.createFrom().voidItem();
        }
        report.readFailure = null;
        report.nextReadAt = null;
        return fileClaims(report, reading.claims());
    }

    Uni<Void> fileClaims(Report report, List<Claim> claims) {
        Filing filing = filing(report, claims);
        return ClaimInsert.insert(filing.rows())
                .call(() -> OutboxEntry.of(report.id, OutboxEntry.Kind.UPSERT, filing.payload()).persist())
                .replaceWithVoid();
    }

    /**
     * A reading's claim rows, each claim's JSON (the rows' bodies, in the claims' order) and the outbox payload that
     * hands them on; the report's claim count follows it.
     */
    private record Filing(List<StoredClaim> rows, List<String> bodies, String payload) {
    }

    private Filing filing(Report report, List<Claim> claims) {
        metrics.claimsExtracted(claims);
        report.claimCount = claims.size();
        report.extractorVersion = extractorVersion;
        ReportRef ref = new ReportRef(report.id, report.source, report.url, report.title, report.publishedAt);
        List<StoredClaim> rows = new ArrayList<>(claims.size());
        List<String> bodies = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            StoredClaim row = storedClaim(claim, report);
            rows.add(row);
            bodies.add(row.body);
        }
        return new Filing(rows, bodies, BatchPayload.of(json.getFactory(), write(ref), bodies));
    }

    private static Report newReport(ReportInput input, String source, String id, String contentHash, LocalDate published) {
        Report report = new Report();
        report.id = id;
        report.source = source;
        report.url = input.url();
        report.title = input.title();
        report.publishedAt = published;
        report.language = input.languageOrDefault();
        report.text = input.text();
        report.contentHash = contentHash;
        report.receivedAt = Instant.now();
        report.readAttempts = 1;
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
        row.extractorVersion = claim.extractorVersion() != null ? claim.extractorVersion() : report.extractorVersion;
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

    /** The same report stored at the same moment by another request: Hibernate's exception, or the driver's beneath it. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException violation
                    && (UNIQUE_VIOLATION.equals(violation.getSQLState()) || violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE)) {
                return true;
            }
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
