package org.casualtyledger.ingest.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When delivery rounds run, and how many at once. A transaction that wrote outbox entries wakes the worker as it
 * commits ({@link #wake()}), so a report's claims leave at once instead of at the next tick; the tick
 * ({@code ledger.outbox.poll-interval}) is left for entries written elsewhere (another replica, a re-reading) and for
 * retries. Up to {@code ledger.outbox.rounds-in-flight} rounds run at once, each on its own entries (see
 * {@link OutboxDelivery}), so tally-service's group commit gathers several deliveries while the earlier ones are
 * written. A round that found work is followed by another; a round that found nothing ends its lane unless a wake
 * came meanwhile; a round that took a full batch opens another lane. No round starts while tally-service is unwell.
 */
@ApplicationScoped
public class OutboxRounds {
    private static final Logger LOG = Logger.getLogger(OutboxRounds.class);

    private final OutboxDelivery delivery;
    private final IngestMetrics metrics;
    private final Vertx vertx;
    private final int maxInFlight;
    private final int batchSize;
    private final boolean wakeOnWrite;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Set by a wake, cleared by the round that starts next: it then sees every entry committed before the wake. */
    private final AtomicBoolean woken = new AtomicBoolean();

    public OutboxRounds(OutboxDelivery delivery, IngestMetrics metrics, Vertx vertx,
            @ConfigProperty(name = "ledger.outbox.rounds-in-flight") int maxInFlight,
            @ConfigProperty(name = "ledger.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "ledger.outbox.wake-on-write") boolean wakeOnWrite) {
        this.delivery = delivery;
        this.metrics = metrics;
        this.vertx = vertx;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.batchSize = batchSize;
        this.wakeOnWrite = wakeOnWrite;
    }

    /** A transaction that wrote outbox entries has committed: deliver them now. */
    public void written() {
        if (wakeOnWrite) {
            wake();
        }
    }

    @Scheduled(every = "${ledger.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        wake();
        return delivery.backlog().invoke(metrics::outboxBacklog)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Starts a round unless as many as allowed are running (those then look again) or tally-service is unwell. */
    public void wake() {
        woken.set(true);
        openLane();
    }

    /** The rounds running now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void openLane() {
        while (!delivery.paused()) {
            int running = inFlight.get();
            if (running >= maxInFlight) {
                return;
            }
            if (inFlight.compareAndSet(running, running + 1)) {
                next();
                return;
            }
        }
    }

    /** One round on a fresh Vert.x context (a transaction of its own), then what follows from what it found. */
    private void next() {
        woken.set(false);
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> delivery.round().subscribe().with(this::after, failure -> {
            LOG.warnf("Outbox round failed: %s", failure.toString());
            close();
        }));
    }

    private void after(OutboxDelivery.Round round) {
        if (round.taken() == batchSize && round.settled() > 0) {
            openLane();
        }
        boolean goOn = round.taken() > 0 && round.settled() > 0 || woken.get();
        if (goOn && !delivery.paused()) {
            next();
        } else {
            close();
        }
    }

    /** Ends a lane; a wake that came while every lane was busy opens a new one. */
    private void close() {
        inFlight.decrementAndGet();
        if (woken.get()) {
            openLane();
        }
    }
}
