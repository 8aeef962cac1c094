package org.casualtyledger.ingest.report;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.casualtyledger.ingest.extract.ExtractorVersion;
import org.casualtyledger.ingest.metrics.IngestMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the extractor on threads of its own, never on an event loop, with a time budget per report. A reading that
 * throws or overruns its budget is a {@link Reading} with the reason instead of claims; the caller stores the report
 * anyway. The extractor cannot be stopped mid-sentence, so an overrunning reading finishes on its thread and is
 * discarded; a reading still queued when its budget runs out never starts. With ledger.extract.threads threads
 * busy, further reports wait their budget in the queue and are stored unread: the service stays responsive.
 */
@ApplicationScoped
public class ReportReader {
    private static final Logger LOG = Logger.getLogger(ReportReader.class);

    private final ClaimExtractor extractor;
    private final IngestMetrics metrics;
    private final ExecutorService threads;
    private final String version;

    public ReportReader(ClaimExtractor extractor, IngestMetrics metrics,
            @ConfigProperty(name = "ledger.extract.threads", defaultValue = "0") int threadCount,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String buildVersion) {
        this.extractor = extractor;
        this.metrics = metrics;
        this.version = ExtractorVersion.of(buildVersion);
        int count = threadCount > 0 ? threadCount : Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "extract-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The version of the extractor that reads now (build version and a digest of its rules), computed once. */
    public String version() {
        return version;
    }

    /** Reads a report's text within the budget; never fails; every claim names this extractor's version. Results arrive on the caller's Vert.x context. */
    public Uni<Reading> read(String reportId, String text, LocalDate publishedAt, Duration budget) {
        Context caller = Vertx.currentContext();
        Executor back = caller == null ? Runnable::run : task -> caller.runOnContext(ignored -> task.run());
        Uni<List<Claim>> extraction = Uni.createFrom().emitter(emitter -> {
            Future<?> task = threads.submit(() -> {
                try {
                    emitter.complete(metrics.timeExtraction(() -> extractor.extract(reportId, text, publishedAt))
                            .stream().map(claim -> claim.withExtractorVersion(version)).toList());
                } catch (RuntimeException | StackOverflowError e) {
                    emitter.fail(e);
                }
            });
            emitter.onTermination(() -> task.cancel(false));
        });
        return extraction
                .ifNoItem().after(budget).failWith(Reading.OverBudget::new)
                .map(Reading::of)
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("Report %s not read: %s", reportId, error.toString());
                    return Reading.failed(error);
                })
                .emitOn(back);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
