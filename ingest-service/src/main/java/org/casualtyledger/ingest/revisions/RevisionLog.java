package org.casualtyledger.ingest.revisions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Page;
import org.hibernate.reactive.mutiny.Mutiny;

/** Every revision of every report, newest received first, filtered by time received and source: the audit's half. */
@ApplicationScoped
public class RevisionLog {
    private static final String FROM = " from ReportRevision r, Report p where p.id = r.reportId";
    private static final String SELECT = "select new " + RevisionEntry.class.getName()
            + "(r.reportId, r.revision, p.source, p.url, r.title, r.receivedAt, r.supersededAt, r.claimCount, r.extractorVersion)";

    /**
     * The filters: received at or after {@code from}, before {@code to}, from this source; each optional. With
     * {@code asOf}, the log as it stood then: revisions received by then, superseded only by a text received by then.
     */
    public record Filter(Instant from, Instant to, String source, Instant asOf) {
        String where() {
            List<String> terms = new ArrayList<>();
            if (from != null) {
                terms.add(" and r.receivedAt >= :from");
            }
            if (to != null) {
                terms.add(" and r.receivedAt < :to");
            }
            if (source != null) {
                terms.add(" and p.source = :source");
            }
            if (asOf != null) {
                terms.add(" and r.receivedAt <= :asOf");
            }
            return String.join("", terms);
        }

        /** The entry as the log stood at {@code asOf}: a text that replaced it later did not yet. */
        RevisionEntry asItStood(RevisionEntry e) {
            if (asOf == null || e.supersededAt() == null || !e.supersededAt().isAfter(asOf)) {
                return e;
            }
            return new RevisionEntry(e.reportId(), e.revision(), e.source(), e.url(), e.title(), e.receivedAt(), null,
                    e.claimCount(), e.extractorVersion());
        }

        <Q extends Mutiny.SelectionQuery<?>> Q bind(Q query) {
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            if (source != null) {
                query.setParameter("source", source);
            }
            if (asOf != null) {
                query.setParameter("asOf", asOf);
            }
            return query;
        }
    }

    public Uni<Page<RevisionEntry>> list(Filter filter, int page, int size) {
        String where = FROM + filter.where();
        return Panache.withSession(() -> Panache.getSession().chain(session ->
                filter.bind(session.createSelectionQuery("select count(*)" + where, Long.class)).getSingleResult()
                        .chain(total -> filter.bind(session.createSelectionQuery(
                                        SELECT + where + " order by r.receivedAt desc, r.reportId, r.revision desc", RevisionEntry.class))
                                .setFirstResult(page * size).setMaxResults(size).getResultList()
                                .map(items -> new Page<>(items.stream().map(filter::asItStood).toList(), page, size, total)))));
    }
}
