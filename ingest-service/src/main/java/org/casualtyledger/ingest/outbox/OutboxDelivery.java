package org.casualtyledger.ingest.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands outbox entries to tally-service in id order, so that a retraction never overtakes the claims it retracts.
 * Each round runs in one transaction under an advisory lock: one replica delivers at a time, and a round cut off
 * half-way is delivered again (the ledger's writes are idempotent), so a claim is never lost nor counted twice.
 * While tally-service is unreachable the worker waits, doubling the pause up to a maximum.
 */
@ApplicationScoped
public class OutboxDelivery {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final long DELIVERY_LOCK = 0x1ed9e7L;
    private static final String PENDING = "deliveredAt is null and failedAt is null";

    private final TallyLedger tally;
    private final ObjectMapper json;
    private final IngestMetrics metrics;
    private final int batchSize;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile int consecutiveFailures;

    public OutboxDelivery(TallyLedger tally, ObjectMapper json, IngestMetrics metrics,
            @ConfigProperty(name = "ledger.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "ledger.outbox.initial-backoff") Duration initialBackoff,
            @ConfigProperty(name = "ledger.outbox.max-backoff") Duration maxBackoff) {
        this.tally = tally;
        this.json = json;
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Scheduled(every = "${ledger.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverOnSchedule() {
        Uni<Integer> round = Instant.now().isBefore(pausedUntil) ? Uni.createFrom().item(0) : deliverPending();
        return round.onFailure().recoverWithItem(e -> {
                    LOG.warnf("Outbox round failed: %s", e.toString());
                    return 0;
                })
                .chain(this::refreshBacklog);
    }

    /** Delivers what is pending, in order, stopping at the first entry tally-service could not take now. */
    public Uni<Integer> deliverPending() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT pg_try_advisory_xact_lock(" + DELIVERY_LOCK + ")", Boolean.class)
                        .getSingleResult())
                .chain(locked -> Boolean.TRUE.equals(locked) ? pending() : Uni.createFrom().item(List.<OutboxEntry>of()))
                .chain(entries -> deliverFrom(entries, 0)));
    }

    public Uni<Long> backlog() {
        return Panache.withSession(() -> OutboxEntry.count(PENDING));
    }

    private Uni<List<OutboxEntry>> pending() {
        return OutboxEntry.<OutboxEntry>find(PENDING + " order by id").page(0, batchSize).list();
    }

    private Uni<Integer> deliverFrom(List<OutboxEntry> entries, int index) {
        if (index == entries.size()) {
            return Uni.createFrom().item(index);
        }
        OutboxEntry entry = entries.get(index);
        entry.attempts++;
        return send(entry)
                .onItem().transform(ignored -> delivered(entry))
                .onFailure(RefusedByTally.class).recoverWithItem(e -> refused(entry, e))
                .onFailure().recoverWithItem(e -> postponed(entry, e))
                .chain(goOn -> goOn ? deliverFrom(entries, index + 1) : Uni.createFrom().item(index));
    }

    private Uni<Void> send(OutboxEntry entry) {
        if (entry.kind == OutboxEntry.Kind.RETRACT) {
            return tally.retract(entry.reportId);
        }
        ClaimBatch stored = readBatch(entry.payload);
        return tally.upsert(new ClaimBatch(entry.id, stored.report(), stored.claims()));
    }

    private boolean delivered(OutboxEntry entry) {
        entry.deliveredAt = Instant.now();
        entry.lastError = null;
        consecutiveFailures = 0;
        return true;
    }

    private boolean refused(OutboxEntry entry, Throwable error) {
        LOG.errorf("Outbox entry %d (%s of report %s) refused by tally-service, set aside: %s",
                entry.id, entry.kind, entry.reportId, error.getMessage());
        entry.failedAt = Instant.now();
        entry.lastError = error.getMessage();
        metrics.deliveryFailed();
        return true;
    }

    private boolean postponed(OutboxEntry entry, Throwable error) {
        consecutiveFailures++;
        Duration pause = backoff(consecutiveFailures);
        pausedUntil = Instant.now().plus(pause);
        entry.lastError = error.toString();
        metrics.deliveryFailed();
        LOG.warnf("tally-service did not take outbox entry %d (%s); retrying in %s", entry.id, error, pause);
        return false;
    }

    Duration backoff(int failures) {
        long factor = 1L << Math.min(failures - 1, 20);
        Duration pause = initialBackoff.multipliedBy(factor);
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private Uni<Void> refreshBacklog(Integer ignored) {
        return backlog().invoke(metrics::outboxBacklog)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private ClaimBatch readBatch(String payload) {
        try {
            return json.readValue(payload, ClaimBatch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not a claim batch", e);
        }
    }
}
