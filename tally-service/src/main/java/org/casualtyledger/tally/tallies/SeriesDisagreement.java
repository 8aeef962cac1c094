package org.casualtyledger.tally.tallies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Within one tally cell, a source's running total and the sum of the events it reported (in the groups and outcomes
 * its running totals cover) differ.
 */
@Schema(description = "A source's running total and the sum of the events it reported disagree; both are shown, neither is corrected",
        example = "{\"source\":\"SOHR\",\"seriesValue\":1213,\"eventsBest\":35,\"events\":1,\"difference\":1178}")
public record SeriesDisagreement(
        @Schema(example = "SOHR") String source,
        @Schema(description = "The source's running total over the cell's period", example = "1213") long seriesValue,
        @Schema(description = "Sum of the best estimates of the events the source reported in the same groups and outcomes", example = "35") long eventsBest,
        @Schema(description = "Number of those events", example = "1") long events,
        @Schema(description = "seriesValue minus eventsBest", example = "1178") long difference) {
}
