package org.casualtyledger.ingest.revisions;

import java.time.Instant;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRevision", description = "One text a report has had, with the claims read from it; "
        + "supersededAt is null for the current revision",
        example = "{\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"revision\":1,\"contentHash\":\"9f2c4e0b7d1a3f5e6c8b0a2d4f6e8c0b1a3d5f7e9c2b4a6d8f0e1c3b5a7d9f2c\","
                + "\"title\":\"Clashes east of the Euphrates\",\"receivedAt\":\"2019-01-26T10:15:30Z\",\"supersededAt\":\"2019-01-27T08:00:00Z\","
                + "\"current\":false,\"claimCount\":1,\"extractorVersion\":\"0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e\",\"claims\":[]}")
public record RevisionView(
        @Schema(example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        @Schema(description = "1 for the first text received", example = "1") int revision,
        @Schema(description = "sha256 of the normalised text of this revision") String contentHash,
        @Schema(nullable = true) String title,
        @Schema(description = "When this text was received", example = "2019-01-26T10:15:30Z") Instant receivedAt,
        @Schema(description = "When a later text replaced it; null while current", nullable = true) Instant supersededAt,
        @Schema(description = "True for the revision whose claims are in the tallies") boolean current,
        @Schema(example = "1") int claimCount,
        @Schema(description = "The extractor that read the claims of this revision", example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e") String extractorVersion,
        @Schema(description = "The claims read from this revision, in text order") List<Claim> claims) {
}
