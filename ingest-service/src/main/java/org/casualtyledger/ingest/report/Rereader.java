package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.ingest.revisions.ReportRevision;
import org.casualtyledger.ingest.revisions.Revisions;

/**
 * Reads a stored report again with the current extractor (re-extraction): off the event loop, within the background
 * budget ({@code ledger.reread.budget}). In one transaction with the report locked, the new reading is compared with
 * the stored claims: a claim with the same id and content stays as it was, naming the extractor that first read it;
 * when nothing changed, nothing is written but the report's extractor version, and no outbox entry is made. Otherwise
 * the previous claims are moved aside (kept, as for a new revision) and the new claim set travels through the outbox.
 * A report that had not been read before is read now, like any other. A report whose text changed while it was being
 * read is left to its new revision, which the current extractor read.
 */
@ApplicationScoped
public class Rereader {
    private static final String CLAIM_BODIES = "SELECT body FROM claim WHERE report_id = :report ORDER BY span_start, id";

    private final ReportReader reader;
    private final ReportService reports;
    private final Rereading rereading;
    private final Revisions revisions;
    private final ObjectMapper json;

    public Rereader(ReportReader reader, ReportService reports, Rereading rereading, Revisions revisions, ObjectMapper json) {
        this.reader = reader;
        this.reports = reports;
        this.rereading = rereading;
        this.revisions = revisions;
        this.json = json;
    }

    public Uni<NewReading> reread(String reportId) {
        return Panache.withSession(() -> Report.<Report>findById(reportId))
                .chain(report -> report == null ? Uni.createFrom().item(NewReading.of(NewReading.Result.GONE))
                        : reader.read(report.id, report.text, report.publishedAt, rereading.budget())
                                .chain(reading -> Panache.withTransaction(() -> Report.<Report>findById(reportId, LockModeType.PESSIMISTIC_WRITE)
                                        .chain(current -> record(current, report.contentHash, reading)))));
    }

    private Uni<NewReading> record(Report report, String contentHashRead, Reading reading) {
        if (report == null) {
            return Uni.createFrom().item(NewReading.of(NewReading.Result.GONE));
        }
        if (!report.contentHash.equals(contentHashRead)) {
            return Uni.createFrom().item(NewReading.of(NewReading.Result.UNCHANGED));
        }
        if (!reading.read()) {
            return Uni.createFrom().item(NewReading.failed(reading.failure()));
        }
        return storedClaims(report.id).chain(stored -> {
            List<Claim> claims = keepUnchanged(stored, reading.claims());
            boolean unchanged = claims.size() == stored.size() && stored.values().containsAll(claims);
            report.readAttempts++;
            report.readFailure = null;
            report.nextReadAt = null;
            report.extractorVersion = reader.version();
            if (unchanged) {
                return currentRevisionRead(report).replaceWith(NewReading.of(NewReading.Result.UNCHANGED));
            }
            return revisions.moveClaimsAside(report.id, Instant.now())
                    .chain(() -> reports.fileClaims(report, claims))
                    .chain(() -> currentRevisionRead(report))
                    .replaceWith(NewReading.of(NewReading.Result.CHANGED));
        });
    }

    /** The new reading, where each claim the stored reading already had (same id, same content) is the stored one. */
    private static List<Claim> keepUnchanged(Map<String, Claim> stored, List<Claim> read) {
        List<Claim> claims = new ArrayList<>(read.size());
        for (Claim claim : read) {
            Claim before = stored.get(claim.id());
            boolean same = before != null && before.withExtractorVersion(null).equals(claim.withExtractorVersion(null));
            claims.add(same ? before : claim);
        }
        return claims;
    }

    private Uni<Void> currentRevisionRead(Report report) {
        return ReportRevision.update("claimCount = ?1, extractorVersion = ?2 where reportId = ?3 and supersededAt is null",
                report.claimCount, report.extractorVersion, report.id).replaceWithVoid();
    }

    /** The stored claims by id, read as values, not entities: the same ids may be written again before the flush. */
    private Uni<Map<String, Claim>> storedClaims(String reportId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM_BODIES, String.class)
                .setParameter("report", reportId).getResultList())
                .map(bodies -> {
                    Map<String, Claim> claims = new LinkedHashMap<>();
                    bodies.forEach(body -> {
                        Claim claim = read(body);
                        claims.put(claim.id(), claim);
                    });
                    return claims;
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
