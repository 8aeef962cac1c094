package org.casualtyledger.ingest.revisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.ingest.report.Report;
import org.casualtyledger.ingest.report.StoredClaim;
import org.casualtyledger.problem.ProblemException;

/**
 * The history of a report's texts and readings. Nothing here is ever deleted while the report stands: a new text
 * closes the current revision, a new reading moves the current claims aside, each with the time it happened.
 */
@ApplicationScoped
public class Revisions {
    private static final String MOVE_CLAIMS_ASIDE = """
            INSERT INTO superseded_claim (id, report_id, revision, span_start, outcome, body, extractor_version, superseded_at)
            SELECT id, report_id, revision, span_start, outcome, body, extractor_version, :at FROM claim WHERE report_id = :report""";

    private final ObjectMapper json;

    public Revisions(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Closes the report's current revision at the given time and moves its claims aside; the caller then writes the
     * new revision's report row, claims and outbox entry in the same transaction.
     */
    public Uni<Void> supersede(Report current, Instant at) {
        return ReportRevision.update("supersededAt = ?1 where reportId = ?2 and supersededAt is null", at, current.id)
                .chain(() -> moveClaimsAside(current.id, at))
                .replaceWithVoid();
    }

    /** Moves the current claims aside for a new reading of the same text (re-extraction); the revision stays current. */
    public Uni<Void> moveClaimsAside(String reportId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MOVE_CLAIMS_ASIDE)
                        .setParameter("at", at).setParameter("report", reportId).executeUpdate())
                .chain(() -> StoredClaim.delete("reportId", reportId))
                .replaceWithVoid();
    }

    /** Records the revision the report row now holds. */
    public Uni<Void> record(Report report) {
        return revisionOf(report).persist().replaceWithVoid();
    }

    /** Every revision of a report, oldest first, each with the claims of its last reading. */
    public Uni<List<RevisionView>> list(String reportId) {
        return Panache.withSession(() -> Report.<Report>findById(reportId)
                .invoke(r -> {
                    if (r == null) {
                        throw ProblemException.notFound("no report with id " + reportId);
                    }
                })
                .chain(r -> ReportRevision.<ReportRevision>find("reportId = ?1 order by revision", reportId).list())
                .chain(revisions -> StoredClaim.<StoredClaim>find("reportId = ?1 order by spanStart, id", reportId).list()
                        .chain(current -> SupersededClaim.<SupersededClaim>find("reportId = ?1 order by revision, spanStart, id", reportId).list()
                                .map(old -> views(revisions, current, old)))));
    }

    private List<RevisionView> views(List<ReportRevision> revisions, List<StoredClaim> current, List<SupersededClaim> old) {
        Map<Integer, List<SupersededClaim>> lastReading = lastReadings(old);
        List<RevisionView> views = new ArrayList<>();
        for (ReportRevision r : revisions) {
            boolean isCurrent = r.supersededAt == null;
            List<Claim> claims = isCurrent
                    ? current.stream().map(c -> read(c.body)).toList()
                    : lastReading.getOrDefault(r.revision, List.of()).stream().map(c -> read(c.body)).toList();
            views.add(new RevisionView(r.reportId, r.revision, r.contentHash, r.title, r.receivedAt, r.supersededAt,
                    isCurrent, r.claimCount, r.extractorVersion, claims));
        }
        return views;
    }

    /** Per revision, the claims moved aside last (a revision read twice keeps both readings; the later one stood). */
    private static Map<Integer, List<SupersededClaim>> lastReadings(List<SupersededClaim> old) {
        Map<Integer, List<SupersededClaim>> byRevision = old.stream()
                .collect(Collectors.groupingBy(c -> c.revision, TreeMap::new, Collectors.toList()));
        Map<Integer, List<SupersededClaim>> last = new TreeMap<>();
        byRevision.forEach((revision, claims) -> {
            Instant latest = claims.stream().map(c -> c.supersededAt).max(Comparator.naturalOrder()).orElseThrow();
            last.put(revision, claims.stream().filter(c -> c.supersededAt.equals(latest)).toList());
        });
        return last;
    }

    private static ReportRevision revisionOf(Report report) {
        ReportRevision revision = new ReportRevision();
        revision.reportId = report.id;
        revision.revision = report.revision;
        revision.contentHash = report.contentHash;
        revision.title = report.title;
        revision.text = report.text;
        revision.receivedAt = report.receivedAt;
        revision.claimCount = report.claimCount;
        revision.extractorVersion = report.extractorVersion;
        return revision;
    }

    private Claim read(String body) {
        try {
            return json.readValue(body, Claim.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored claim is not readable", e);
        }
    }
}
