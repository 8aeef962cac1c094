package org.casualtyledger.ingest.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source's settings and state as the API shows them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Source", description = "A followed feed, its settings and the poller's state")
public record SourceView(
        @Schema(example = "SOHR") String name,
        @Schema(example = "https://example.org/feed/") String feedUrl,
        @Schema(example = "en") String language,
        @Schema(description = "ISO-8601 duration between polls", example = "PT15M") String pollEvery,
        @Schema(example = "div.entry-content", nullable = true) String bodySelector,
        @Schema(example = "true") boolean enabled,
        @Schema(description = "When the feed was last asked for", example = "2026-03-04T10:15:00Z", nullable = true) Instant lastPollAt,
        @Schema(description = "When the feed last answered with a feed or 304", example = "2026-03-04T10:15:00Z", nullable = true) Instant lastSuccessAt,
        @Schema(description = "When the last failure happened", example = "2026-03-04T09:00:00Z", nullable = true) Instant lastErrorAt,
        @Schema(description = "The last failure of the feed itself: HTTP status, parse error, timeout, limit",
                example = "HTTP 503 from https://example.org/feed/", nullable = true) String lastError,
        @Schema(description = "HTTP status of the last failure, when the server answered", example = "503", nullable = true) Integer lastErrorStatus,
        @Schema(description = "Failed polls since the last success; the wait before the next poll doubles with each", example = "0") int consecutiveFailures,
        @Schema(description = "When the source is next due", example = "2026-03-04T10:30:00Z") Instant nextPollAt,
        @Schema(description = "Distinct item URLs the feed has listed", example = "42") long itemsSeen,
        @Schema(description = "Reports stored from the feed's items", example = "40") long reportsStored,
        @Schema(description = "Pages at known URLs whose text changed after they were stored", example = "1") long pagesChanged,
        @Schema(description = "Items whose page could not be read or stored, with the reason (only on GET /sources/{name})", nullable = true)
        List<ItemError> itemErrors) {

    static SourceView of(Source s, ItemCounts counts, List<ItemError> itemErrors) {
        return new SourceView(s.name, s.feedUrl, s.language, s.pollEvery().toString(), s.bodySelector, s.enabled,
                s.lastPollAt, s.lastSuccessAt, s.lastErrorAt, s.lastError, s.lastErrorStatus, s.consecutiveFailures,
                s.nextPollAt, counts.items(), counts.reports(), s.pagesChanged, itemErrors);
    }

    /** Items a source's feed has listed, and the distinct reports stored from them. */
    record ItemCounts(long items, long reports) {
        static final ItemCounts NONE = new ItemCounts(0, 0);
    }

    @Schema(name = "SourceItemError", description = "An item of the feed that gave no report, and why")
    public record ItemError(
            @Schema(example = "https://example.org/2026/03/04/deir-ezzor") String url,
            @Schema(example = "HTTP 404 from https://example.org/2026/03/04/deir-ezzor") String error,
            @Schema(example = "404", nullable = true) Integer httpStatus,
            @Schema(example = "2026-03-04T10:15:00Z", nullable = true) Instant at) {

        static ItemError of(SourceItem item) {
            return new ItemError(item.url, item.lastError, item.lastErrorStatus, item.fetchedAt);
        }
    }
}
