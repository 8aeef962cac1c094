package org.casualtyledger.tally.tallies;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cell of a tally. When both events and running totals answer, the cell's figure is the larger of the two,
 * never their sum: a running total usually already holds the incidents reported one by one.
 */
@Schema(description = "One group of a tally: the range, what it came from (events, series or both) and the disagreements",
        example = "{\"key\":{\"group\":\"ISIS\",\"outcome\":\"KILLED\"},\"low\":1213,\"best\":1213,\"high\":1213,\"method\":\"both\","
                + "\"events\":1,\"claims\":2,\"reports\":1,\"sources\":1,"
                + "\"fromEvents\":{\"low\":34,\"best\":35,\"high\":39,\"events\":1,\"claims\":1,\"reports\":1,\"sources\":1},"
                + "\"fromSeries\":{\"low\":1213,\"best\":1213,\"high\":1213,\"events\":0,\"claims\":1,\"reports\":1,\"sources\":1},"
                + "\"discrepancies\":[{\"source\":\"SOHR\",\"seriesValue\":1213,\"eventsBest\":35,\"events\":1,\"difference\":1178}],\"corrected\":false}")
public record Tally(
        @Schema(description = "The values of the groupBy dimensions for this cell", example = "{\"group\":\"ISIS\",\"outcome\":\"KILLED\"}")
        Map<String, String> key,
        @Schema(example = "1213") long low,
        @Schema(example = "1213") long best,
        @Schema(example = "1213") long high,
        @Schema(description = "events, series or both", example = "both") String method,
        @Schema(description = "Events behind the cell", example = "1") long events,
        @Schema(description = "Claims behind the cell (event claims plus the series figures used)", example = "2") long claims,
        @Schema(description = "Reports behind the cell (a report behind both an event and a series figure counts once in each part)", example = "1") long reports,
        @Schema(description = "Distinct sources behind the cell", example = "1") long sources,
        @Schema(nullable = true) Estimate fromEvents,
        @Schema(nullable = true) Estimate fromSeries,
        @Schema(description = "Sources whose running total and events disagree") List<SeriesDisagreement> discrepancies,
        @Schema(description = "True when the cell stands on a corrected claim (through its event or its running total)", example = "false")
        boolean corrected) {
}
