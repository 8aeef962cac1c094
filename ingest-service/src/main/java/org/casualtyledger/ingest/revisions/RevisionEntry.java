package org.casualtyledger.ingest.revisions;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of one report, without its text and claims: a line of the audit trail. */
@Schema(description = "One text a report has had, as a line of the audit trail: when it was received and superseded, by which extractor it was read",
        example = "{\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"revision\":2,\"source\":\"SOHR\",\"url\":\"https://example.org/2019/01/26/baghuz\","
                + "\"title\":\"Clashes east of the Euphrates\",\"receivedAt\":\"2019-01-27T08:00:00Z\",\"supersededAt\":null,"
                + "\"claimCount\":3,\"extractorVersion\":\"0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e\"}")
public record RevisionEntry(
        @Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(description = "1 for the first text received", example = "2") int revision,
        @Schema(example = "SOHR") String source,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String title,
        @Schema(description = "When this text was received", example = "2019-01-27T08:00:00Z") Instant receivedAt,
        @Schema(description = "When a later text replaced it; null while current", nullable = true) Instant supersededAt,
        @Schema(example = "3") int claimCount,
        @Schema(example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e") String extractorVersion) {
}
