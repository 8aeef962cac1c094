package org.casualtyledger.ingest.reextract;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.casualtyledger.ingest.report.NewReading;

/** What the runner records of a job as it goes: each report's outcome and the job's counts, in one transaction each. */
@ApplicationScoped
public class JobProgress {
    /** The next reports to read, none once the job is no longer running (a cancel stops it after the report in hand). */
    private static final String PENDING = "SELECT report_id FROM reextraction_item WHERE job_id = :job AND state = 'PENDING' "
            + "AND EXISTS (SELECT 1 FROM reextraction j WHERE j.id = :job AND j.state = 'RUNNING') ORDER BY report_id LIMIT :size";
    private static final String ITEM = "UPDATE reextraction_item SET state = :state, failure = :failure "
            + "WHERE job_id = :job AND report_id = :report AND state = 'PENDING'";

    private final ExtractorVersions versions;

    public JobProgress(ExtractorVersions versions) {
        this.versions = versions;
    }

    /** The ids of the jobs still running, oldest first. */
    Uni<List<Long>> running() {
        return Panache.withSession(() -> Reextraction.<Reextraction>find("state = ?1 order by id", Reextraction.State.RUNNING).<Reextraction>list())
                .map(jobs -> jobs.stream().map(job -> job.id).toList());
    }

    /**
     * A replica takes the job up: counted, so that a job taken up again shows it was resumed, and its extractor is now
     * this replica's (the same unless the job was resumed by a newer build).
     */
    Uni<Reextraction> taken(long id) {
        return Panache.withTransaction(() -> versions.recordCurrent().chain(() -> Reextraction.<Reextraction>findById(id)).invoke(job -> {
            if (job != null) {
                job.runs++;
                job.extractorVersion = versions.current();
            }
        }));
    }

    Uni<List<String>> pending(long id, int size) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(PENDING, String.class)
                .setParameter("job", id).setParameter("size", size).getResultList()));
    }

    /** Records one report's outcome; a report recorded before (a job resumed half-way) is not counted twice. */
    Uni<Void> recorded(long id, String reportId, NewReading reading) {
        boolean failed = reading.result() == NewReading.Result.FAILED;
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(ITEM)
                        .setParameter("state", failed ? "FAILED" : "DONE").setParameter("failure", reading.failure())
                        .setParameter("job", id).setParameter("report", reportId).executeUpdate())
                .chain(updated -> updated == 0 ? Uni.createFrom().voidItem()
                        : Reextraction.update(failed ? "failed = failed + 1 where id = ?1"
                                : reading.result() == NewReading.Result.CHANGED ? "done = done + 1, changed = changed + 1 where id = ?1"
                                : "done = done + 1 where id = ?1", id).replaceWithVoid()));
    }

    Uni<Void> finish(long id) {
        return Panache.withTransaction(() -> Reextraction.update("state = ?1, finishedAt = ?2 where id = ?3 and state = ?4",
                Reextraction.State.FINISHED, Instant.now(), id, Reextraction.State.RUNNING).replaceWithVoid());
    }
}
