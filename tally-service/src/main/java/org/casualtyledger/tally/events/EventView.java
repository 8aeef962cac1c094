package org.casualtyledger.tally.events;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One real incident as the ledger sees it: the claims of one or more reports joined together, and its range. "
        + "low = the largest credible lower bound of its claims, high = the largest figure stated, best = the best figure of the "
        + "most specific claim (most precise place, then most precise wording, then the latest report), kept within [low, high].",
        example = "{\"id\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\",\"outcome\":\"KILLED\",\"group\":\"ISIS\",\"subgroup\":null,\"place\":\"Al-Baghuz\","
                + "\"province\":\"Deir ez-Zor\",\"latitude\":34.46,\"longitude\":40.94,\"firstDate\":\"2019-01-26\",\"lastDate\":\"2019-01-26\","
                + "\"low\":34,\"best\":35,\"high\":39,\"bestClaimId\":\"c-3f1a9b0c2d4e5f60718293a4\",\"claims\":2,\"reports\":2,\"sources\":[\"SOHR\",\"DEIR_24\"],\"corrected\":false}")
public record EventView(
        @Schema(description = "Event id, derived from its first claim", example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") String id,
        @Schema(example = "KILLED") String outcome,
        @Schema(example = "ISIS") String group,
        @Schema(nullable = true, example = "CHILDREN") String subgroup,
        @Schema(description = "The most specific place its claims name", nullable = true, example = "Al-Baghuz") String place,
        @Schema(nullable = true, example = "Deir ez-Zor") String province,
        @Schema(nullable = true, example = "34.46") Double latitude,
        @Schema(nullable = true, example = "40.94") Double longitude,
        @Schema(description = "Date of its earliest claim", example = "2019-01-26") LocalDate firstDate,
        @Schema(description = "Date of its latest claim", example = "2019-01-26") LocalDate lastDate,
        @Schema(example = "34") long low,
        @Schema(example = "35") long best,
        @Schema(example = "39") long high,
        @Schema(description = "The claim the best figure comes from", example = "c-3f1a9b0c2d4e5f60718293a4") String bestClaimId,
        @Schema(example = "2") int claims,
        @Schema(example = "2") int reports,
        @Schema(description = "Sources of its claims", example = "[\"SOHR\",\"DEIR_24\"]") List<String> sources,
        @Schema(description = "True when an active correction changed, split or joined one of its claims, or was made on it", example = "false")
        boolean corrected) {
}
