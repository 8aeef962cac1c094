package org.casualtyledger.tally.history;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.casualtyledger.tally.ledger.Derivations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a read as the ledger stood at a past instant: the same reader runs with a schema holding the ledger as it
 * stood then first on its search path ({@link Snapshots}). That ledger is derived from the nearest one already derived
 * (the live ledger, or another instant's) by putting the claims that changed in between as the change log held them
 * then and deriving what depends on them incrementally, as the writer does; or, when most claims changed, from the
 * claims valid then by the rebuild ({@link SnapshotBuild}). Both derivations are the ones the live ledger is proved
 * equal to, so the answers are the live ones of that instant.
 *
 * <p>An instant stands for the last change recorded by then (the log's sequence number); the history up to a change
 * never changes, so snapshots are kept by that number, and answers are cached by it and the question
 * ({@link AnswerCache}).
 *
 * <p>Analyst corrections are applied where the claims valid at the instant are loaded ({@link Snapshots}).
 */
@ApplicationScoped
public class LedgerAt {
    /**
     * The last change recorded by an instant: one step back through {@code ledger_change_time_idx}, since the log's
     * times grow with its sequence (each write takes its time under the log's lock, just before its rows are numbered).
     * {@code max(seq)} over the times up to the instant read every entry before it.
     */
    private static final String LAST_CHANGE = "SELECT coalesce((SELECT seq FROM ledger_change WHERE recorded_at <= $1 "
            + "ORDER BY recorded_at DESC, seq DESC LIMIT 1), 0)";

    /**
     * The live ledger's version: its last change (seq order is commit order, so every change up to it is visible and
     * none after it), its last correction (stored before the change that applies it) and how often everything derived
     * was rebuilt (a rebuild records no change).
     */
    private static final String VERSION = "SELECT (SELECT coalesce(max(seq), 0) FROM ledger_change), "
            + "(SELECT coalesce(max(id), 0) FROM claim_correction), (SELECT generation FROM ledger_generation)";

    private final Pool pool;
    private final Snapshots snapshots;
    private final AnswerCache cache = new AnswerCache(64);
    private final AnswerCache latest;
    private final AskedQuestions asked;
    private final Counter computedForReaders;
    private final Counter computedAhead;

    public LedgerAt(Pool pool, Derivations derivations, MeterRegistry registry,
                    @ConfigProperty(name = "ledger.answers.remembered", defaultValue = "32") int remembered,
                    @ConfigProperty(name = "ledger.answers.refresh-asked-within", defaultValue = "60s") Duration refreshWithin) {
        this.pool = pool;
        this.snapshots = new Snapshots(pool, derivations);
        this.latest = remembered > 0 ? new AnswerCache(remembered) : null;
        this.asked = new AskedQuestions(remembered, remembered > 0 ? refreshWithin : Duration.ZERO);
        this.computedForReaders = computed(registry, "reader");
        this.computedAhead = computed(registry, "refresh");
    }

    private static Counter computed(MeterRegistry registry, String by) {
        return Counter.builder("ledger.answers.computed")
                .description("Live answers computed: for a reader that found none remembered, or ahead of readers after a change")
                .tag("by", by)
                .register(registry);
    }

    /**
     * Reads through the live ledger when {@code asOf} is null, else through the ledger as it stood then.
     * {@code question} identifies the read (endpoint and every parameter) for the cache.
     */
    public <T> Uni<T> read(Instant asOf, String question, Function<SqlClient, Uni<T>> reader) {
        if (asOf == null) {
            return reader.apply(pool);
        }
        return pool.preparedQuery(LAST_CHANGE).execute(Tuple.of(OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC)))
                .chain(rows -> {
                    long position = rows.iterator().next().getLong(0);
                    return cache.answer(position + "|" + question, () -> at(position, reader));
                });
    }

    /**
     * Like {@link #read}, and a live answer is also remembered, by the ledger's version: asked again before anything
     * changed, it is not computed again (a page of the workspace asks for the same tally page after page). Meant for
     * answers that are costly to compute and small to keep.
     */
    public <T> Uni<T> readRemembered(Instant asOf, String question, Function<SqlClient, Uni<T>> reader) {
        if (asOf != null || latest == null) {
            return read(asOf, question, reader);
        }
        asked.note(question, reader::apply);
        // The version is read first: an answer computed after it holds at least that version's changes, and a reader
        // that finds a later version never sees it.
        return pool.query(VERSION).execute().chain(rows -> latest.answer(version(rows) + "|" + question,
                () -> reader.apply(pool).invoke(() -> computedForReaders.increment())));
    }

    /**
     * After a change, answers the live questions asked lately again, one after the other, under the new version: a
     * reader then finds the answer remembered, or joins its computation, instead of computing it. Each pass answers
     * the latest version; changes that come while a pass runs are taken by the next.
     */
    @Scheduled(every = "${ledger.answers.refresh-every}", delayed = "${ledger.answers.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshAsked() {
        List<AskedQuestions.Asked> recent = asked.recent();
        if (recent.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.query(VERSION).execute().chain(rows -> {
            String version = version(rows);
            return Multi.createFrom().iterable(recent)
                    .filter(q -> !latest.has(version + "|" + q.question()))
                    .onItem().transformToUniAndConcatenate(q -> latest.answer(version + "|" + q.question(),
                                    () -> q.reader().apply(pool).invoke(() -> computedAhead.increment()))
                            .onFailure().recoverWithNull())
                    .collect().last().replaceWithVoid();
        }).onFailure().recoverWithNull().replaceWithVoid(); // readers compute what a failed pass did not
    }

    private static String version(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return row.getLong(0) + "/" + row.getLong(1) + "/" + row.getLong(2);
    }

    private <T> Uni<T> at(long position, Function<SqlClient, Uni<T>> reader) {
        return snapshots.read(position, reader);
    }
}
