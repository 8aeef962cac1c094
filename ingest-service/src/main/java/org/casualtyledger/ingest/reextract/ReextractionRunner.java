package org.casualtyledger.ingest.reextract;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.casualtyledger.ingest.report.NewReading;
import org.casualtyledger.ingest.report.Rereader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the re-extraction jobs on a thread of its own (never an event loop), one job after another, in batches of
 * {@code ledger.reextract.batch-size} reports; each report is read on the extraction threads within the background
 * budget and recorded in a transaction of its own. A job left running by a replica that stopped is taken up again
 * at start and on every tick ({@code ledger.reextract.tick}) by whichever replica gets its lock first: its reports
 * still pending are read, the ones recorded are not read twice. A database error stops the round; the next tick
 * goes on from there.
 */
@ApplicationScoped
public class ReextractionRunner {
    private static final Logger LOG = Logger.getLogger(ReextractionRunner.class);

    private final JobProgress progress;
    private final JobLock lock;
    private final Rereader rereader;
    private final ReextractionMetrics metrics;
    private final int batchSize;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "reextract");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    public ReextractionRunner(JobProgress progress, JobLock lock, Rereader rereader, ReextractionMetrics metrics,
            @ConfigProperty(name = "ledger.reextract.batch-size") int batchSize) {
        this.progress = progress;
        this.lock = lock;
        this.rereader = rereader;
        this.metrics = metrics;
        this.batchSize = batchSize;
    }

    void onStart(@Observes StartupEvent event) {
        wake();
    }

    @Scheduled(every = "${ledger.reextract.tick}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        wake();
    }

    /** Runs the running jobs in the background soon; a round already waiting to start covers this call too. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            thread.submit(() -> {
                queued.set(false);
                try {
                    runJobs();
                } catch (RuntimeException e) {
                    LOG.warnf("Re-extraction round stopped; the next tick goes on: %s", e.toString());
                } finally {
                    metrics.idle();
                }
            });
        }
    }

    /** Runs every running job no other replica is running, until each is finished; blocks. */
    public void runJobs() {
        for (long id : await(progress::running)) {
            if (!lock.runAlone(id, () -> run(id))) {
                LOG.debugf("Re-extraction %d runs on another replica", id);
            }
        }
    }

    private void run(long id) {
        Reextraction job = await(() -> progress.taken(id));
        if (job == null || job.state != Reextraction.State.RUNNING) {
            return;
        }
        LOG.infof("Re-extraction %d: %d of %d reports done, reading the rest with %s", id, job.done + job.failed, job.total, job.extractorVersion);
        metrics.running(job);
        for (List<String> batch = await(() -> progress.pending(id, batchSize)); !batch.isEmpty();
                batch = await(() -> progress.pending(id, batchSize))) {
            for (String reportId : batch) {
                NewReading reading = await(() -> rereader.reread(reportId));
                await(() -> progress.recorded(id, reportId, reading));
                metrics.tried(reading.result() != NewReading.Result.FAILED);
            }
        }
        await(() -> progress.finish(id));
        LOG.infof("Re-extraction %d finished", id);
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
