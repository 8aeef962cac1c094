package org.casualtyledger.ingest.reextract;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of the re-extraction this replica runs, as Prometheus sees it: ledger_reextraction_progress (0 to 1, reports
 * tried of the job's total; 1 when none runs) and ledger_reextraction_reports{state} (done, failed, pending).
 * Created at start, so that the gauges are there from the first scrape, not only once a job has run. The gauges
 * hold this bean strongly: Micrometer keeps a weak reference by default, and a gauge whose object was collected
 * drops out of the scrape.
 */
@Startup
@ApplicationScoped
public class ReextractionMetrics {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public ReextractionMetrics(MeterRegistry registry) {
        Gauge.builder("ledger.reextraction.progress", this, ReextractionMetrics::progress)
                .description("Share of the running re-extraction's reports tried (1 when none runs)").strongReference(true).register(registry);
        Gauge.builder("ledger.reextraction.reports", done, AtomicLong::get).tag("state", "done")
                .description("Reports of the running re-extraction by state").strongReference(true).register(registry);
        Gauge.builder("ledger.reextraction.reports", failed, AtomicLong::get).tag("state", "failed")
                .description("Reports of the running re-extraction by state").strongReference(true).register(registry);
        Gauge.builder("ledger.reextraction.reports", this, m -> m.total.get() - m.done.get() - m.failed.get()).tag("state", "pending")
                .description("Reports of the running re-extraction by state").strongReference(true).register(registry);
    }

    void running(Reextraction job) {
        total.set(job.total);
        done.set(job.done);
        failed.set(job.failed);
    }

    void tried(boolean read) {
        (read ? done : failed).incrementAndGet();
    }

    void idle() {
        total.set(0);
        done.set(0);
        failed.set(0);
    }

    private double progress() {
        long all = total.get();
        return all == 0 ? 1.0 : (double) (done.get() + failed.get()) / all;
    }
}
