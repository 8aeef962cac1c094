package org.casualtyledger.ingest.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.casualtyledger.claim.ChangeResult;
import org.casualtyledger.claim.ClaimBatch;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * tally-service as the outbox sees it: every call bounded in time, retried briefly (the writes are idempotent),
 * and cut off by a circuit breaker while tally-service is down, so the worker backs off instead of piling up calls.
 */
@ApplicationScoped
public class TallyLedger {
    private final TallyApi api;

    public TallyLedger(@RestClient TallyApi api) {
        this.api = api;
    }

    /**
     * Many changes in one call (a JSON array of ledger changes), each with its own result; a refusal of the whole call (4xx) means tally-service
     * could not read the delivery as a whole (or does not know the call), and the changes should go one by one.
     * A delivery carries several reports' worth of writing, hence the longer time limit.
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RefusedByTally.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RefusedByTally.class)
    public Uni<List<ChangeResult>> deliver(byte[] changes) {
        return RefusedByTally.classify(api.deliver(changes));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RefusedByTally.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RefusedByTally.class)
    public Uni<Void> upsert(ClaimBatch batch) {
        return RefusedByTally.classify(api.upsert(batch)).replaceWithVoid();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RefusedByTally.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RefusedByTally.class)
    public Uni<Void> retract(String reportId) {
        return RefusedByTally.classify(api.retract(reportId)).replaceWithVoid();
    }
}
