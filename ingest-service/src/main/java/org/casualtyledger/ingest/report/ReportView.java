package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Report", description = "A stored report; the text is included when one report is read")
public record ReportView(
        @Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String id,
        @Schema(example = "SOHR") String source,
        @Schema(example = "https://example.org/2019/01/26/baghuz") String url,
        @Schema(example = "Clashes east of the Euphrates") String title,
        @Schema(example = "2019-01-26") LocalDate publishedAt,
        @Schema(example = "en") String language,
        @Schema(description = "sha256 of the normalised text", example = "9f2c4e0b7d1a3f5e6c8b0a2d4f6e8c0b1a3d5f7e9c2b4a6d8f0e1c3b5a7d9f2c") String contentHash,
        @Schema(example = "2019-01-26T10:15:30Z") Instant receivedAt,
        @Schema(example = "12") int claimCount,
        @Schema(description = "False while the text has not been read: the report is stored, its claims follow when it is read again", example = "true") boolean read,
        @Schema(description = "Why the text has not been read yet (absent once read)", example = "time budget exceeded", nullable = true) String readFailure,
        @Schema(description = "How many times the text was read or tried", example = "1") int readAttempts,
        @Schema(description = "The report text (single-report reads only)", example = "At least 12 members of the organization were killed in Al-Baghuz.", nullable = true) String text,
        @Schema(description = "The current revision: 1 for the first text, one more for each new text under the same source and url", example = "1") int revision,
        @Schema(description = "The extractor that read the current claims: build version and a digest of its rule data", example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e") String extractorVersion) {

    public static ReportView of(Report r, boolean withText) {
        return new ReportView(r.id, r.source, r.url, r.title, r.publishedAt, r.language, r.contentHash,
                r.receivedAt, r.claimCount, r.readFailure == null, r.readFailure, r.readAttempts, withText ? r.text : null,
                r.revision, r.extractorVersion);
    }
}
