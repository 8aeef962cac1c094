package org.casualtyledger.ingest.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads again the reports stored unread, when their pause is over. A round takes the due reports under an advisory
 * lock (one replica at a time) and moves their next reading past the round's budget, so that a round cut off
 * half-way leaves nothing taken for good; each reading is then recorded in a transaction of its own, and a report
 * read at last sends its claims through the outbox like any other.
 */
@ApplicationScoped
public class UnreadReports {
    private static final Logger LOG = Logger.getLogger(UnreadReports.class);
    private static final long REREAD_LOCK = 0x1ed9e8L;
    private static final String DUE = "readFailure is not null and nextReadAt <= ?1";

    private final ReportReader reader;
    private final ReportService reports;
    private final Rereading rereading;
    private final int batchSize;

    public UnreadReports(ReportReader reader, ReportService reports, Rereading rereading,
            @ConfigProperty(name = "ledger.reread.batch-size") int batchSize) {
        this.reader = reader;
        this.reports = reports;
        this.rereading = rereading;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${ledger.reread.interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> rereadOnSchedule() {
        return rereadDue().onFailure().recoverWithItem(e -> {
            LOG.warnf("Rereading round failed: %s", e.toString());
            return 0;
        }).replaceWithVoid();
    }

    /** Reads the due unread reports again; the number now read. */
    public Uni<Integer> rereadDue() {
        return takeDue().chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(this::reread)
                .collect().with(java.util.stream.Collectors.summingInt(read -> read ? 1 : 0)));
    }

    public Uni<Long> unreadCount() {
        return Panache.withSession(() -> Report.count("readFailure is not null"));
    }

    private Uni<List<String>> takeDue() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT pg_try_advisory_xact_lock(" + REREAD_LOCK + ")", Boolean.class)
                        .getSingleResult())
                .chain(locked -> Boolean.TRUE.equals(locked)
                        ? Report.<Report>find(DUE + " order by nextReadAt", now).page(0, batchSize).list()
                        : Uni.createFrom().item(List.<Report>of()))
                .map(due -> {
                    Instant lease = now.plus(rereading.budget().multipliedBy(due.size() + 1L));
                    due.forEach(report -> report.nextReadAt = lease);
                    return due.stream().map(report -> report.id).toList();
                }));
    }

    private Uni<Boolean> reread(String id) {
        return Panache.withSession(() -> Report.<Report>findById(id))
                .chain(report -> report == null || report.readFailure == null ? Uni.createFrom().item(false)
                        : reader.read(report.id, report.text, report.publishedAt, rereading.budget())
                                .chain(reading -> Panache.withTransaction(() -> Report.<Report>findById(id)
                                        .chain(current -> current == null || current.readFailure == null
                                                ? Uni.createFrom().item(false)
                                                : reports.recordReading(current, reading).replaceWith(reading.read())))));
    }
}
