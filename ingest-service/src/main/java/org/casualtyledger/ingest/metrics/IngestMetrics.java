package org.casualtyledger.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.casualtyledger.claim.Claim;

/** The ingest service's domain metrics, as Prometheus sees them under ledger_*. */
@ApplicationScoped
public class IngestMetrics {
    private final MeterRegistry registry;
    private final Timer extraction;
    private final Counter deliveryFailures;
    private final AtomicLong outboxBacklog = new AtomicLong();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.extraction = Timer.builder("ledger.extraction")
                .description("Time to extract the claims of one report")
                .publishPercentileHistogram()
                .register(registry);
        this.deliveryFailures = Counter.builder("ledger.outbox.delivery.failures")
                .description("Claim batch deliveries to tally-service that failed and will be retried")
                .register(registry);
        registry.gauge("ledger.outbox.backlog", outboxBacklog);
    }

    /** result: created, duplicate or rejected. */
    public void reportIngested(String result) {
        registry.counter("ledger.reports.ingested", "result", result).increment();
    }

    public void claimsExtracted(List<Claim> claims) {
        for (Claim claim : claims) {
            registry.counter("ledger.claims.extracted", "outcome", claim.outcome().name()).increment();
        }
    }

    public <T> T timeExtraction(Supplier<T> work) {
        return extraction.record(work);
    }

    public void deliveryFailed() {
        deliveryFailures.increment();
    }

    public void outboxBacklog(long pending) {
        outboxBacklog.set(pending);
    }
}
