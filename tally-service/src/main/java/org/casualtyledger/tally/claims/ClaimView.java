package org.casualtyledger.tally.claims;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.tally.corrections.Correction;
import org.casualtyledger.tally.corrections.CorrectionStore;
import org.casualtyledger.tally.corrections.ReportReadings;

/**
 * The view of one claim: as filed, and when corrected, beside its reading as received and its corrections. A claim
 * rejected as no casualty figure is filed nowhere; its view is its reading as received, with the rejection.
 */
@ApplicationScoped
public class ClaimView {
    private final ClaimReader reader;
    private final CorrectionStore corrections;
    private final ReportReadings readings;

    private final Pool pool;

    public ClaimView(Pool pool, ClaimReader reader, CorrectionStore corrections, ReportReadings readings) {
        this.pool = pool;
        this.reader = reader;
        this.corrections = corrections;
        this.readings = readings;
    }

    public Uni<LedgerClaim> of(String id) {
        return Uni.combine().all().unis(reader.find(pool, id), corrections.ofClaim(id)).asTuple()
                .chain(both -> view(id, both.getItem1(), both.getItem2()));
    }

    private Uni<LedgerClaim> view(String id, Optional<LedgerClaim> filed, List<Correction> made) {
        if (made.isEmpty()) {
            return Uni.createFrom().item(filed.orElseThrow(() -> notFound(id)));
        }
        if (filed.isPresent()) {
            return corrections.original(id).map(received -> filed.get().beside(received, made));
        }
        return readings.claim(id).map(found -> found.map(f -> new LedgerClaim(f.original(), f.source(), f.publishedAt(),
                null, null, null, true, f.original(), made)).orElseThrow(() -> notFound(id)));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no claim " + id);
    }
}
