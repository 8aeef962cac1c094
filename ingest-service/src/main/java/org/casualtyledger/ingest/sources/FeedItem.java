package org.casualtyledger.ingest.sources;

import java.time.LocalDate;
import org.casualtyledger.ingest.report.ReportIdentity;

/**
 * One entry of a feed: its page, title and date, and its full text when the feed carries it.
 * The fingerprint changes when anything the feed says about the entry changes, and only then is a known page read again.
 */
public record FeedItem(String url, String title, LocalDate publishedAt, String fullTextHtml, String fingerprint) {

    static FeedItem of(String url, String title, LocalDate publishedAt, String fullTextHtml, String updated, String summary) {
        String fingerprint = ReportIdentity.contentHash(String.join("\u0000",
                url, nullToEmpty(title), String.valueOf(publishedAt), nullToEmpty(updated), nullToEmpty(summary), nullToEmpty(fullTextHtml)));
        return new FeedItem(url, title, publishedAt, fullTextHtml, fingerprint);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
