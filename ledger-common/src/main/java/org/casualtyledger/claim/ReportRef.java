package org.casualtyledger.claim;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the ledger needs to know of a report its claims came from. */
@Schema(description = "The report a batch of claims came from")
public record ReportRef(
        @Schema(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String id,
        @Schema(description = "Publishing monitor", example = "SOHR") String source,
        @Schema(description = "Report URL", example = "https://example.org/bulletins/2019-01-26", nullable = true) String url,
        @Schema(description = "Report title", example = "Clashes east of the Euphrates", nullable = true) String title,
        @Schema(description = "Publication date", example = "2019-01-26") LocalDate publishedAt) {
}
