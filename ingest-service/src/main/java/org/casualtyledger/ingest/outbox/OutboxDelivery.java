package org.casualtyledger.ingest.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.ChangeResult;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands outbox entries to tally-service, many in one call, so that the ledger writes them in few group commits.
 * A round takes up to {@code ledger.outbox.batch-size} pending entries in id order and sends them together, in one
 * transaction that holds their rows locked ({@code FOR UPDATE SKIP LOCKED}): several rounds, of this replica or of
 * others, run at once on disjoint entries (see {@link OutboxRounds}). A round takes a report's entry only when no
 * earlier entry of that report is still pending, so a report's changes reach the ledger in the order they were made
 * and a retraction never overtakes the claims it retracts, whichever round carries them. A round cut off half-way
 * leaves its entries pending and they are delivered again (the ledger's writes are idempotent), so a claim is never
 * lost nor counted twice. An entry tally-service refuses is set aside and the others go ahead; while tally-service is
 * unreachable no round starts, and the pause doubles up to a maximum.
 */
@ApplicationScoped
public class OutboxDelivery {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    private static final String PENDING = "deliveredAt is null and failedAt is null";
    /** Pending entries no other round holds, each the earliest pending entry of its report, in id order. */
    private static final String TAKE = """
            SELECT * FROM outbox o
            WHERE o.delivered_at IS NULL AND o.failed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.report_id = o.report_id AND e.id < o.id
                              AND e.delivered_at IS NULL AND e.failed_at IS NULL)
            ORDER BY o.id LIMIT :size FOR UPDATE SKIP LOCKED""";

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

    /** Delivers one round of what is pending; the number of entries delivered or set aside. */
    public Uni<Integer> deliverPending() {
        return round().map(Round::settled);
    }

    /** One round in a transaction of its own; run it on a Vert.x context no other round uses. */
    Uni<Round> round() {
        return Panache.withTransaction(() -> pending()
                .chain(entries -> deliverTogether(entries)
                        .call(() -> DeliveryOutcomes.record(entries))
                        .map(settled -> new Round(entries.size(), settled))));
    }

    /** Whether tally-service was unwell a moment ago and the worker waits before the next round. */
    boolean paused() {
        return Instant.now().isBefore(pausedUntil);
    }

    public Uni<Long> backlog() {
        return Panache.withSession(() -> OutboxEntry.count(PENDING));
    }

    /**
     * The entries a round would take now, locked until the caller's transaction ends; read-only, as what the round
     * makes of them is written by {@link DeliveryOutcomes}.
     */
    Uni<List<OutboxEntry>> pending() {
        return Panache.getSession().chain(session -> session.createNativeQuery(TAKE, OutboxEntry.class)
                .setParameter("size", batchSize).setReadOnly(true).getResultList());
    }

    private Uni<Integer> deliverTogether(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return tally.deliver(DeliveryBody.of(json.getFactory(), entries))
                .map(results -> settle(entries, results))
                .onFailure(RefusedByTally.class).recoverWithUni(e -> {
                    LOG.warnf("tally-service refused a delivery of %d entries as a whole (%s); sending them one by one",
                            entries.size(), e.getMessage());
                    return deliverFrom(entries, 0);
                })
                .onFailure().recoverWithItem(e -> {
                    entries.forEach(entry -> entry.lastError = e.toString());
                    metrics.deliveryFailed();
                    pause(entries.size() + " outbox entries from " + entries.get(0).id, e.toString());
                    return 0;
                });
    }

    /**
     * Records each entry's result. An entry not applied now stays pending (with the error) for the next round;
     * the worker pauses only when nothing at all was applied, as tally-service is then unwell rather than one
     * entry at fault.
     */
    private int settle(List<OutboxEntry> entries, List<ChangeResult> results) {
        Map<Long, ChangeResult> byId = new HashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        int settled = 0;
        int applied = 0;
        OutboxEntry firstHeld = null;
        // One instant for the round: entries delivered together share their outcome, and one UPDATE records them all.
        Instant now = Instant.now();
        for (OutboxEntry entry : entries) {
            ChangeResult result = byId.get(entry.id);
            if (result != null && result.applied()) {
                delivered(entry, now);
                applied++;
                settled++;
            } else if (result != null && result.refused()) {
                refused(entry, new RefusedByTally("tally-service answered " + result.status() + " " + result.detail()));
                settled++;
            } else {
                entry.lastError = result == null ? "tally-service gave no result for this entry" : result.status() + " " + result.detail();
                metrics.deliveryFailed();
                firstHeld = firstHeld == null ? entry : firstHeld;
            }
        }
        if (firstHeld != null && applied == 0) {
            pause("outbox entry " + firstHeld.id + " (" + firstHeld.kind + ")", firstHeld.lastError);
        }
        return settled;
    }

    /** One entry at a time, stopping at the first tally-service could not take now. */
    private Uni<Integer> deliverFrom(List<OutboxEntry> entries, int index) {
        if (index == entries.size()) {
            return Uni.createFrom().item(index);
        }
        OutboxEntry entry = entries.get(index);
        return send(entry)
                .onItem().transform(ignored -> delivered(entry, Instant.now()))
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

    private boolean delivered(OutboxEntry entry, Instant at) {
        entry.deliveredAt = at;
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
        entry.lastError = error.toString();
        metrics.deliveryFailed();
        pause("outbox entry " + entry.id + " (" + entry.kind + ")", error.toString());
        return false;
    }

    private void pause(String what, String why) {
        consecutiveFailures++;
        Duration pause = backoff(consecutiveFailures);
        pausedUntil = Instant.now().plus(pause);
        LOG.warnf("tally-service did not take %s: %s; retrying in %s", what, why, pause);
    }

    Duration backoff(int failures) {
        long factor = 1L << Math.min(failures - 1, 20);
        Duration pause = initialBackoff.multipliedBy(factor);
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private ClaimBatch readBatch(String payload) {
        try {
            return json.readValue(payload, ClaimBatch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not a claim batch", e);
        }
    }

    /** What a round found and how many of its entries it delivered or set aside. */
    record Round(int taken, int settled) {
    }
}
