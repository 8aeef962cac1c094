package org.casualtyledger.ingest.sources;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What the poller reads and records: each step in its own short transaction, so a poll cut off loses nothing done. */
@ApplicationScoped
public class SourceStore {

    public Uni<List<String>> due(Instant now) {
        return Panache.withSession(() -> Source.<Source>find("enabled = true and nextPollAt <= ?1 order by nextPollAt, name", now)
                .list().map(sources -> sources.stream().map(s -> s.name).toList()));
    }

    public Uni<List<Source>> all() {
        return Panache.withSession(() -> Source.<Source>listAll());
    }

    public Uni<Source> source(String name) {
        return Panache.withSession(() -> Source.<Source>findById(name));
    }

    public Uni<SourceItem> item(String source, String url) {
        return Panache.withSession(() -> SourceItem.<SourceItem>findById(new SourceItem.Key(source, url)));
    }

    public Uni<Void> itemStored(String source, FeedItem feedItem, String contentHash, String reportId, boolean changedPage) {
        return Panache.withTransaction(() -> itemRow(source, feedItem).invoke(item -> {
                    item.contentHash = contentHash;
                    item.reportId = reportId;
                    item.lastError = null;
                    item.lastErrorStatus = null;
                })
                .chain(item -> changedPage ? Source.<Source>findById(source).invoke(s -> s.pagesChanged++) : Uni.createFrom().nullItem())
                .replaceWithVoid());
    }

    public Uni<Void> itemFailed(String source, FeedItem feedItem, FetchFailure failure) {
        return Panache.withTransaction(() -> itemRow(source, feedItem).invoke(item -> {
            item.lastError = failure.getMessage();
            item.lastErrorStatus = failure.httpStatus();
        }).replaceWithVoid());
    }

    public Uni<Void> pollSucceeded(String name, Instant at, Fetched feed) {
        return Panache.withTransaction(() -> Source.<Source>findById(name).invoke(s -> {
            if (s != null) {
                s.lastPollAt = at;
                s.lastSuccessAt = at;
                s.consecutiveFailures = 0;
                s.nextPollAt = at.plus(s.pollEvery());
                if (!feed.notModified()) {
                    s.etag = feed.etag();
                    s.lastModified = feed.lastModified();
                }
            }
        }).replaceWithVoid());
    }

    public Uni<Void> pollFailed(String name, Instant at, FetchFailure failure, Backoff backoff) {
        return Panache.withTransaction(() -> Source.<Source>findById(name).invoke(s -> {
            if (s != null) {
                s.lastPollAt = at;
                s.lastErrorAt = at;
                s.lastError = failure.getMessage();
                s.lastErrorStatus = failure.httpStatus();
                s.consecutiveFailures++;
                s.nextPollAt = at.plus(backoff.wait(s.pollEvery(), s.consecutiveFailures));
            }
        }).replaceWithVoid());
    }

    /** The item's row, made on first sight; its fingerprint and fetch time brought up to date. */
    private static Uni<SourceItem> itemRow(String source, FeedItem feedItem) {
        return SourceItem.<SourceItem>findById(new SourceItem.Key(source, feedItem.url())).chain(found -> {
            SourceItem item = found != null ? found : newItem(source, feedItem.url());
            item.entryFingerprint = feedItem.fingerprint();
            item.fetchedAt = Instant.now();
            return found != null ? Uni.createFrom().item(item) : item.<SourceItem>persist();
        });
    }

    private static SourceItem newItem(String source, String url) {
        SourceItem item = new SourceItem();
        item.sourceName = source;
        item.url = url;
        item.firstSeenAt = Instant.now();
        return item;
    }
}
