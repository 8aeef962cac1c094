package org.casualtyledger.tally.series;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A running total that fell: stored and listed, never hidden or corrected",
        example = "{\"id\":\"d-0c1d2e3f4a5b6c7d8e9f0a1b\",\"kind\":\"SERIES_FALL\",\"seriesId\":\"s-0a1b2c3d4e5f60718293a4b5\",\"source\":\"SOHR\","
                + "\"group\":\"ISIS\",\"outcome\":\"KILLED\",\"subgroup\":null,\"periodStart\":\"2018-11-10\",\"previousValue\":1250,"
                + "\"previousClaimId\":\"c-0b1c2d3e4f5a6b7c8d9e0f1a\",\"previousPublished\":\"2019-01-28\",\"value\":1205,"
                + "\"claimId\":\"c-1c2d3e4f5a6b7c8d9e0f1a2b\",\"publishedAt\":\"2019-01-30\"}")
public record Discrepancy(
        @Schema(example = "d-0c1d2e3f4a5b6c7d8e9f0a1b") String id,
        @Schema(description = "SERIES_FALL: a running total lower than the figure published before it", example = "SERIES_FALL") String kind,
        @Schema(example = "s-0a1b2c3d4e5f60718293a4b5") String seriesId,
        @Schema(example = "SOHR") String source,
        @Schema(example = "ISIS") String group,
        @Schema(example = "KILLED") String outcome,
        @Schema(nullable = true) String subgroup,
        @Schema(nullable = true, example = "2018-11-10") LocalDate periodStart,
        @Schema(example = "1250") long previousValue,
        @Schema(example = "c-0b1c2d3e4f5a6b7c8d9e0f1a") String previousClaimId,
        @Schema(example = "2019-01-28") LocalDate previousPublished,
        @Schema(example = "1205") long value,
        @Schema(example = "c-1c2d3e4f5a6b7c8d9e0f1a2b") String claimId,
        @Schema(example = "2019-01-30") LocalDate publishedAt) {
}
