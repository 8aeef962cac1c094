package org.casualtyledger.ingest.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as an admin gives it. Checked by {@link SourceSettings}. */
@Schema(name = "SourceInput", description = "A feed to follow: RSS 2.0 or Atom",
        example = "{\"name\":\"SOHR\",\"feedUrl\":\"https://example.org/feed/\",\"language\":\"en\",\"pollEvery\":\"PT15M\","
                + "\"bodySelector\":\"div.entry-content\",\"enabled\":true}")
public record SourceInput(
        @Schema(description = "The source's name, also the source of every report stored from it (letters, digits, space, . _ -)",
                example = "SOHR") String name,
        @Schema(description = "The feed's URL, http or https", example = "https://example.org/feed/") String feedUrl,
        @Schema(description = "ISO 639-1 language code of the bulletins", example = "en", defaultValue = "en") String language,
        @Schema(description = "How often to poll, as an ISO-8601 duration of at least one minute", example = "PT15M",
                defaultValue = "PT15M") String pollEvery,
        @Schema(description = "CSS selector of the article body on an item's page; without it the feed's full text or the "
                + "page's main text is taken", example = "div.entry-content", nullable = true) String bodySelector,
        @Schema(description = "Whether the source is polled", example = "true", defaultValue = "true") Boolean enabled) {

    public SourceInput withName(String pathName) {
        return new SourceInput(name == null ? pathName : name, feedUrl, language, pollEvery, bodySelector, enabled);
    }
}
