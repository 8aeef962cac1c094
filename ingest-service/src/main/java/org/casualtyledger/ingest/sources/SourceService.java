package org.casualtyledger.ingest.sources;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;

/** Adds, changes, removes and shows sources. Removing a source keeps the reports stored from it. */
@ApplicationScoped
public class SourceService {
    private static final int ITEM_ERRORS_SHOWN = 20;
    private static final String COUNTS = "select i.sourceName, count(i), count(distinct i.reportId) from SourceItem i";

    public Uni<List<SourceView>> list() {
        return Panache.withSession(() -> Source.<Source>find("order by name").list()
                .chain(sources -> counts().map(counts -> sources.stream()
                        .map(s -> SourceView.of(s, counts.getOrDefault(s.name, SourceView.ItemCounts.NONE), null)).toList())));
    }

    public Uni<SourceView> find(String name) {
        return Panache.withSession(() -> Source.<Source>findById(name).map(s -> required(s, name)).chain(this::view));
    }

    public Uni<SourceView> create(SourceSettings settings) {
        return Panache.withTransaction(() -> Source.<Source>findById(settings.name()).chain(existing -> {
            if (existing != null) {
                throw new ProblemException(Problem.of(409, "conflict", "Conflict",
                        "a source named " + settings.name() + " exists; change it with PUT /sources/" + settings.name()));
            }
            Source source = new Source();
            source.name = settings.name();
            source.createdAt = Instant.now();
            apply(source, settings);
            return source.<Source>persist();
        }).chain(this::view));
    }

    public Uni<SourceView> update(String name, SourceSettings settings) {
        if (!name.equals(settings.name())) {
            throw new ProblemException(Problem.of(400, "invalid-field", "Invalid request", "name: a source cannot be renamed ("
                    + settings.name() + " in the body, " + name + " in the path)")
                    .withErrors(List.of(new Problem.FieldError("name", "must be the name in the path"))));
        }
        return Panache.withTransaction(() -> Source.<Source>findById(name).map(s -> required(s, name))
                .invoke(source -> apply(source, settings)).chain(this::view));
    }

    /** Adds the source or brings its settings up to date (the sources file applied at start). */
    public Uni<SourceView> put(SourceSettings settings) {
        return Panache.withTransaction(() -> Source.<Source>findById(settings.name())
                .chain(existing -> existing != null ? update(settings.name(), settings) : create(settings)));
    }

    public Uni<Void> delete(String name) {
        return Panache.withTransaction(() -> Source.<Source>findById(name).map(s -> required(s, name))
                .chain(source -> source.delete()));
    }

    private static void apply(Source source, SourceSettings settings) {
        boolean newFeed = !Objects.equals(source.feedUrl, settings.feedUrl().toString());
        boolean enabledNow = settings.enabled() && !source.enabled;
        source.feedUrl = settings.feedUrl().toString();
        source.language = settings.language();
        source.pollEverySeconds = settings.pollEvery().toSeconds();
        source.bodySelector = settings.bodySelector();
        source.enabled = settings.enabled();
        if (newFeed) {
            source.etag = null;
            source.lastModified = null;
        }
        if (newFeed || enabledNow || source.nextPollAt == null) {
            source.nextPollAt = Instant.now();
            source.consecutiveFailures = 0;
        }
    }

    private Uni<SourceView> view(Source source) {
        return counts(source.name).chain(counts -> SourceItem.<SourceItem>find(
                        "sourceName = ?1 and lastError is not null order by fetchedAt desc, url", source.name)
                .page(0, ITEM_ERRORS_SHOWN).list()
                .map(failed -> SourceView.of(source, counts, failed.stream().map(SourceView.ItemError::of).toList())));
    }

    private static Uni<SourceView.ItemCounts> counts(String name) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(COUNTS + " where i.sourceName = ?1 group by i.sourceName", Object[].class)
                .setParameter(1, name).getResultList()
                .map(rows -> rows.isEmpty() ? SourceView.ItemCounts.NONE : itemCounts(rows.get(0))));
    }

    private static Uni<Map<String, SourceView.ItemCounts>> counts() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery(COUNTS + " group by i.sourceName", Object[].class).getResultList()
                .map(rows -> {
                    Map<String, SourceView.ItemCounts> byName = new HashMap<>();
                    rows.forEach(row -> byName.put((String) row[0], itemCounts(row)));
                    return byName;
                }));
    }

    private static SourceView.ItemCounts itemCounts(Object[] row) {
        return new SourceView.ItemCounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    static Source required(Source source, String name) {
        if (source == null) {
            throw ProblemException.notFound("no source named " + name);
        }
        return source;
    }
}
