package org.casualtyledger.ingest.sources;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.casualtyledger.ingest.report.IngestResult;
import org.casualtyledger.ingest.report.ReportIdentity;
import org.casualtyledger.ingest.report.ReportInput;
import org.casualtyledger.ingest.report.ReportService;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the sources that are due, one replica at a time ({@link PollLock}), one source after another: a source that
 * fails is recorded and backed off, and the round goes on. For each item of a feed not seen before (by URL) the page is
 * read and stored through {@link ReportService}, the same path as POST /reports, so the same text is one report
 * (by content hash). An item whose feed entry changed is read again; a changed text is a new revision of its report.
 * The feed's validators are kept only after the whole feed is done, so a poll cut off half-way is taken up again.
 */
@ApplicationScoped
public class SourcePoller {
    private static final Logger LOG = Logger.getLogger(SourcePoller.class);
    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    private final SourceStore store;
    private final ReportService reports;
    private final SourceMetrics metrics;
    private final PollLock lock;
    private final WebFetcher web;
    private final Backoff backoff;
    private final long maxFeedBytes;
    private final long maxPageBytes;
    private final int maxItems;
    private final boolean onSchedule;

    public SourcePoller(SourceStore store, ReportService reports, SourceMetrics metrics, PollLock lock,
            @ConfigProperty(name = "ledger.sources.user-agent") String userAgent,
            @ConfigProperty(name = "ledger.sources.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "ledger.sources.timeout") Duration timeout,
            @ConfigProperty(name = "ledger.sources.max-redirects") int maxRedirects,
            @ConfigProperty(name = "ledger.sources.host-pause") Duration hostPause,
            @ConfigProperty(name = "ledger.sources.max-backoff") Duration maxBackoff,
            @ConfigProperty(name = "ledger.sources.max-feed-bytes") long maxFeedBytes,
            @ConfigProperty(name = "ledger.sources.max-page-bytes") long maxPageBytes,
            @ConfigProperty(name = "ledger.sources.max-items") int maxItems,
            @ConfigProperty(name = "ledger.sources.poll-on-schedule") boolean onSchedule) {
        this.store = store;
        this.reports = reports;
        this.metrics = metrics;
        this.lock = lock;
        this.web = new WebFetcher(new WebFetcher.Manners(userAgent, connectTimeout, timeout, maxRedirects, hostPause));
        this.backoff = new Backoff(maxBackoff);
        this.maxFeedBytes = maxFeedBytes;
        this.maxPageBytes = maxPageBytes;
        this.maxItems = maxItems;
        this.onSchedule = onSchedule;
    }

    @Scheduled(every = "${ledger.sources.tick}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollOnSchedule() throws InterruptedException {
        if (onSchedule) {
            pollDue();
        }
        metrics.refresh(await(store::all));
    }

    /** Polls every enabled source that is due; false when another replica is polling now. */
    public boolean pollDue() throws InterruptedException {
        return lock.runAlone(() -> {
            for (String name : await(() -> store.due(Instant.now()))) {
                poll(name);
            }
            return null;
        });
    }

    /** Polls one source now, due or not; false when another replica is polling now. */
    public boolean pollNow(String name) throws InterruptedException {
        return lock.runAlone(() -> {
            poll(name);
            return null;
        });
    }

    private void poll(String name) throws InterruptedException {
        Source source = await(() -> store.source(name));
        if (source == null) {
            return;
        }
        Instant started = Instant.now();
        try {
            Fetched feed = web.get(URI.create(source.feedUrl), FEED_ACCEPT, conditional(source), maxFeedBytes);
            if (!feed.notModified()) {
                if (!feed.ok()) {
                    throw FetchFailure.status(feed.status(), feed.uri());
                }
                for (FeedItem item : FeedReader.read(feed.body(), feed.uri(), maxItems)) {
                    take(source, item);
                }
            }
            await(() -> store.pollSucceeded(name, started, feed));
            metrics.polled(name, feed.notModified() ? "not_modified" : "ok");
        } catch (FetchFailure failure) {
            LOG.infof("Source %s: poll failed: %s", name, failure.getMessage());
            await(() -> store.pollFailed(name, started, failure, backoff));
            metrics.polled(name, "failed");
        }
    }

    /** Feeds answer 304 when nothing changed since the validators they gave last time. */
    private static Map<String, String> conditional(Source source) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (source.etag != null) {
            headers.put("If-None-Match", source.etag);
        }
        if (source.lastModified != null) {
            headers.put("If-Modified-Since", source.lastModified);
        }
        return headers;
    }

    private void take(Source source, FeedItem item) throws InterruptedException {
        SourceItem known = await(() -> store.item(source.name, item.url()));
        if (known != null && known.stored() && item.fingerprint().equals(known.entryFingerprint)) {
            return;
        }
        try {
            String text = articleText(source, item);
            String contentHash = ReportIdentity.contentHash(text);
            ReportInput input = new ReportInput(source.name, item.url(), item.title(), item.publishedAt(), source.language, text);
            boolean changedPage = known != null && known.stored() && !contentHash.equals(known.contentHash);
            String reportId = known != null && known.stored() && !changedPage ? known.reportId
                    : (changedPage ? storeChangedPage(known, input) : storeNewPage(input)).report().id();
            await(() -> store.itemStored(source.name, item, contentHash, reportId, changedPage));
        } catch (FetchFailure failure) {
            LOG.infof("Source %s: item %s gave no report: %s", source.name, item.url(), failure.getMessage());
            await(() -> store.itemFailed(source.name, item, failure));
            metrics.itemFailed(source.name);
        }
    }

    private IngestResult storeNewPage(ReportInput input) throws InterruptedException, FetchFailure {
        IngestResult result = ingest(input);
        if (result.created()) {
            metrics.itemStored(input.source());
        }
        return result;
    }

    /**
     * A changed page at a known URL: a new revision of the report stored from that URL. Report revisions (same source
     * and URL, other text) are kept by ReportService's store path; this is the one place that hands it a changed page.
     */
    private IngestResult storeChangedPage(SourceItem known, ReportInput changed) throws InterruptedException, FetchFailure {
        LOG.infof("Source %s: the page %s changed since report %s", changed.source(), known.url, known.reportId);
        return storeNewPage(changed);
    }

    private IngestResult ingest(ReportInput input) throws InterruptedException, FetchFailure {
        try {
            return await(() -> reports.ingest(input));
        } catch (ProblemException refused) {
            throw new FetchFailure("not stored: " + refused.getMessage(), null);
        }
    }

    /** The bulletin's text: the page's body selector if the source has one, else the feed's full text, else the page's main text. */
    private String articleText(Source source, FeedItem item) throws FetchFailure, InterruptedException {
        if (source.bodySelector == null && item.fullTextHtml() != null) {
            return PageText.ofFeedContent(item.fullTextHtml(), item.url());
        }
        Fetched page = web.get(URI.create(item.url()), PAGE_ACCEPT, Map.of(), maxPageBytes);
        if (!page.ok()) {
            throw FetchFailure.status(page.status(), page.uri());
        }
        return PageText.ofPage(page, source.bodySelector);
    }

    private static <T> T await(Supplier<Uni<T>> work) throws InterruptedException {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
