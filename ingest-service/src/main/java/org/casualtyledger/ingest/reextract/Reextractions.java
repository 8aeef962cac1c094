package org.casualtyledger.ingest.reextract;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;

/**
 * Plans re-extraction jobs and answers their progress. A job's reports are fixed when it starts (every report the
 * filter selects then); one job runs per filter at a time, a second with the same filter is a 409 problem.
 */
@ApplicationScoped
public class Reextractions {
    private static final String PLAN = "INSERT INTO reextraction_item (job_id, report_id) SELECT :job, r.id FROM report r WHERE ";
    private static final int FAILURES_SHOWN = 50;

    private final ExtractorVersions versions;

    public Reextractions(ExtractorVersions versions) {
        this.versions = versions;
    }

    public Uni<ReextractionView> start(ReextractionFilter requested) {
        ReextractionFilter filter = ReextractionFilter.orEmpty(requested);
        return Panache.withTransaction(() -> versions.recordCurrent()
                .chain(() -> checkOlderThan(filter))
                .chain(() -> Reextraction.<Reextraction>find("filterKey = ?1 and state = ?2", filter.key(), Reextraction.State.RUNNING).<Reextraction>firstResult())
                .invoke(running -> {
                    if (running != null) {
                        throw new ProblemException(Problem.of(409, "reextraction-running", "Conflict", "re-extraction " + running.id
                                + " with the same filter is running (" + running.done + " of " + running.total
                                + " done): follow it at /reextractions/" + running.id), 30);
                    }
                })
                .chain(() -> newJob(filter).<Reextraction>persistAndFlush())
                .chain(job -> plan(job, filter).map(total -> {
                    job.total = total;
                    if (total == 0) {
                        job.state = Reextraction.State.FINISHED;
                        job.finishedAt = Instant.now();
                    }
                    return ReextractionView.of(job, List.of());
                })))
                .onFailure(Reextractions::isUniqueViolation).transform(e -> new ProblemException(Problem.of(409,
                        "reextraction-running", "Conflict", "a re-extraction with the same filter started at the same moment: GET /reextractions"), 30));
    }

    /** Two jobs with the same filter started at once: the index of running jobs takes only one. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    public Uni<ReextractionView> find(long id) {
        return Panache.withSession(() -> Reextraction.<Reextraction>findById(id)
                .invoke(job -> {
                    if (job == null) {
                        throw ProblemException.notFound("no re-extraction with id " + id);
                    }
                })
                .chain(job -> failures(id).map(failures -> ReextractionView.of(job, failures))));
    }

    /**
     * Stops a running job: its reports not yet read stay as they were, the one being read is finished. Cancelling a
     * cancelled job answers it again; a finished job cannot be cancelled (409).
     */
    public Uni<ReextractionView> cancel(long id) {
        return Panache.withTransaction(() -> Reextraction.<Reextraction>findById(id)
                .invoke(job -> {
                    if (job == null) {
                        throw ProblemException.notFound("no re-extraction with id " + id);
                    }
                    if (job.state == Reextraction.State.FINISHED) {
                        throw new ProblemException(Problem.of(409, "reextraction-finished", "Conflict",
                                "re-extraction " + id + " finished at " + job.finishedAt + ": there is nothing to cancel"));
                    }
                    if (job.state == Reextraction.State.RUNNING) {
                        job.state = Reextraction.State.CANCELLED;
                        job.finishedAt = Instant.now();
                    }
                }))
                .chain(job -> Panache.withSession(() -> failures(id)).map(failures -> ReextractionView.of(job, failures)));
    }

    /** The latest jobs first, at most 100. */
    public Uni<List<ReextractionView>> list() {
        return Panache.withSession(() -> Reextraction.<Reextraction>find("order by id desc").page(0, 100).<Reextraction>list())
                .map(jobs -> jobs.stream().map(job -> ReextractionView.of(job, List.of())).toList());
    }

    private Uni<Void> checkOlderThan(ReextractionFilter filter) {
        if (filter.olderThan() == null) {
            return Uni.createFrom().voidItem();
        }
        return versions.known(filter.olderThan()).invoke(known -> {
            if (!known) {
                throw ProblemException.badRequest("olderThan: no extractor version " + filter.olderThan() + " has run here");
            }
        }).replaceWithVoid();
    }

    private Reextraction newJob(ReextractionFilter filter) {
        Reextraction job = new Reextraction();
        job.filterKey = filter.key();
        job.source = filter.source();
        job.publishedFrom = filter.publishedFrom();
        job.publishedTo = filter.publishedTo();
        job.olderThan = filter.olderThan();
        job.notCurrent = Boolean.TRUE.equals(filter.notCurrent());
        job.extractorVersion = versions.current();
        job.state = Reextraction.State.RUNNING;
        job.startedAt = Instant.now();
        return job;
    }

    private Uni<Integer> plan(Reextraction job, ReextractionFilter filter) {
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(PLAN + filter.where()).setParameter("job", job.id);
            if (filter.source() != null) {
                insert.setParameter("source", filter.source());
            }
            if (filter.publishedFrom() != null) {
                insert.setParameter("from", filter.publishedFrom());
            }
            if (filter.publishedTo() != null) {
                insert.setParameter("to", filter.publishedTo());
            }
            if (filter.olderThan() != null) {
                insert.setParameter("olderThan", filter.olderThan());
            }
            if (Boolean.TRUE.equals(filter.notCurrent())) {
                insert.setParameter("current", versions.current());
            }
            return insert.executeUpdate();
        });
    }

    private static Uni<List<ReextractionView.Failure>> failures(long id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT report_id, failure FROM reextraction_item WHERE job_id = :job AND state = 'FAILED' ORDER BY report_id LIMIT "
                                + FAILURES_SHOWN, Object[].class)
                .setParameter("job", id).getResultList())
                .map(rows -> rows.stream().map(row -> new ReextractionView.Failure((String) row[0], (String) row[1])).toList());
    }
}
