package org.casualtyledger.tally.tallies;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A range and what stands behind it: from events, or from sources' running totals. */
@Schema(description = "A low/best/high range and the numbers of events, claims, reports and sources behind it",
        example = "{\"low\":34,\"best\":35,\"high\":39,\"events\":1,\"claims\":2,\"reports\":2,\"sources\":2}")
public record Estimate(
        @Schema(description = "Largest credible lower bound", example = "34") long low,
        @Schema(description = "Best estimate", example = "35") long best,
        @Schema(description = "Largest stated figure", example = "39") long high,
        @Schema(description = "Events behind it (0 for series)", example = "1") long events,
        @Schema(description = "Claims behind it", example = "2") long claims,
        @Schema(description = "Reports behind it", example = "2") long reports,
        @Schema(description = "Sources behind it", example = "2") long sources) {
}
