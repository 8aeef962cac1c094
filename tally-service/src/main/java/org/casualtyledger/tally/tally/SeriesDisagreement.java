package org.casualtyledger.tally.tally;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source's own running total and the sum of the events it reported, for the same group and outcome, differ. */
@Schema(description = "A source's running total and the sum of the events it reported disagree; both are shown, neither is corrected",
        example = "{\"source\":\"SOHR\",\"group\":\"ISIS\",\"outcome\":\"KILLED\",\"subgroup\":null,\"seriesValue\":1213,\"eventsBest\":35,\"events\":1,\"difference\":1178}")
public record SeriesDisagreement(
        @Schema(example = "SOHR") String source,
        @Schema(example = "ISIS") String group,
        @Schema(example = "KILLED") String outcome,
        @Schema(nullable = true) String subgroup,
        @Schema(description = "The source's running total over the period", example = "1213") long seriesValue,
        @Schema(description = "Sum of the best estimates of the events the source reported", example = "35") long eventsBest,
        @Schema(description = "Number of those events", example = "1") long events,
        @Schema(description = "seriesValue minus eventsBest", example = "1178") long difference) {
}
