package org.casualtyledger.tally.corrections;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.vertx.mutiny.sqlclient.Pool;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.tally.changes.ChangeKind;
import org.casualtyledger.tally.changes.ChangeSet;
import org.casualtyledger.tally.changes.Entity;
import org.casualtyledger.tally.ledger.LedgerWriter;

/**
 * Makes a correction: checks it against the claims it names, stores it beside the claim's reading as received, and
 * writes the report's latest batch again, which the writer corrects like any delivery (so incremental application and
 * a rebuild meet the same claims).
 */
@ApplicationScoped
public class Corrector {
    private final ReportReadings readings;
    private final CorrectionStore store;
    private final CorrectionBook book;
    private final LedgerWriter writer;
    private final Pool pool;

    public Corrector(ReportReadings readings, CorrectionStore store, CorrectionBook book, LedgerWriter writer, Pool pool) {
        this.pool = pool;
        this.readings = readings;
        this.store = store;
        this.book = book;
        this.writer = writer;
    }

    public Uni<Correction> correctClaim(String claimId, ClaimCorrectionRequest request, String author) {
        CorrectionRules.check(request, claimId);
        return found(claimId).chain(found -> {
            Uni<Void> named = Uni.createFrom().voidItem();
            if (!CorrectionRules.blank(request.sameAs())) {
                named = found(request.sameAs(), "sameAs").replaceWithVoid();
            }
            if (!CorrectionRules.blank(request.parentId())) {
                named = named.chain(() -> found(request.parentId(), "parentId").invoke(parent -> {
                    if (!parent.reportId().equals(found.reportId())) {
                        throw CorrectionRules.invalid("parentId", "a breakdown's parent is a claim of the same report");
                    }
                }).replaceWithVoid());
            }
            boolean change = request.reject() == null;
            Correction c = new Correction(0, claimId, found.reportId(), found.source(),
                    change ? Correction.Kind.CHANGE : Correction.Kind.REJECTION, change ? request.changes() : null,
                    request.reject(), CorrectionRules.blank(request.sameAs()) ? null : request.sameAs().strip(), null, author,
                    CorrectionRules.reason(request.reason()), null, Correction.State.ACTIVE);
            return named.chain(() -> apply(List.of(new Pending(c, found)))).map(made -> made.get(0));
        });
    }

    /** Splits a claim off the event, or files every claim of another event under this event's first claim. */
    public Uni<List<Correction>> correctEvent(String eventId, EventCorrectionRequest request, String author) {
        String reason = CorrectionRules.reason(request.reason());
        boolean split = !CorrectionRules.blank(request.split());
        if (split == !CorrectionRules.blank(request.join())) {
            throw CorrectionRules.invalid("split", "give either a claim to split off (split) or an event to join (join)");
        }
        return readings.claimsOf(eventId).chain(members -> {
            if (members.isEmpty()) {
                throw ProblemException.notFound("no event " + eventId);
            }
            if (split) {
                if (!members.contains(request.split())) {
                    throw CorrectionRules.invalid("split", "claim " + request.split() + " is not in event " + eventId);
                }
                return found(request.split()).chain(f -> apply(List.of(new Pending(new Correction(0, request.split(), f.reportId(),
                        f.source(), Correction.Kind.SPLIT, null, null, null, eventId, author, reason, null, Correction.State.ACTIVE), f))));
            }
            if (request.join().equals(eventId)) {
                throw CorrectionRules.invalid("join", "an event cannot join itself");
            }
            return readings.claimsOf(request.join()).chain(others -> {
                if (others.isEmpty()) {
                    throw CorrectionRules.invalid("join", "no event " + request.join());
                }
                return joined(others, members.get(0), eventId, author, reason);
            });
        });
    }

    private Uni<List<Correction>> joined(List<String> others, String anchor, String eventId, String author, String reason) {
        List<Uni<Pending>> pending = others.stream().map(id -> found(id).map(f -> new Pending(new Correction(0, id, f.reportId(),
                f.source(), Correction.Kind.JOIN, null, null, anchor, eventId, author, reason, null, Correction.State.ACTIVE), f))).toList();
        return Uni.join().all(pending).andFailFast().chain(this::apply);
    }

    private record Pending(Correction correction, ReportReadings.Found claim) {
    }

    /** Stores the corrections, then writes each report they touch again, once. */
    private Uni<List<Correction>> apply(List<Pending> pending) {
        Uni<List<Correction>> stored = Uni.createFrom().item(new ArrayList<>());
        for (Pending p : pending) {
            stored = stored.chain(made -> store.add(p.correction(), p.claim().original()).map(c -> {
                book.add(c);
                made.add(c);
                return made;
            }));
        }
        return stored.chain(made -> {
            Set<String> reports = new LinkedHashSet<>();
            made.forEach(c -> reports.add(c.reportId()));
            Uni<Void> written = Uni.createFrom().voidItem();
            for (String report : reports) {
                written = written.chain(() -> readings.batch(report)
                        .chain(batch -> batch.map(b -> writer.rewrite(b).replaceWithVoid()).orElse(Uni.createFrom().voidItem())));
            }
            return written.chain(() -> logged(made)).replaceWith(List.copyOf(made));
        });
    }

    /** One CORRECTED change per correction in the ledger's change log, the claim as it now stands (none when rejected). */
    private Uni<Void> logged(List<Correction> made) {
        ChangeSet changes = new ChangeSet();
        made.forEach(c -> changes.add(ChangeKind.CORRECTED, Entity.CLAIM, c.claimId(), List.of(c.reportId())));
        return pool.withTransaction(changes::record);
    }

    private Uni<ReportReadings.Found> found(String claimId) {
        return readings.claim(claimId).map(f -> f.orElseThrow(() -> ProblemException.notFound("no claim " + claimId)));
    }

    private Uni<ReportReadings.Found> found(String claimId, String field) {
        return readings.claim(claimId).map(f -> f.orElseThrow(() -> CorrectionRules.invalid(field, "no claim " + claimId + " in the ledger")));
    }
}
