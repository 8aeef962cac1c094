package org.casualtyledger.tally.corrections;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /claims/{id}/corrections: a reason, and either the fields to change or a rejection. */
@Schema(description = "A correction of one claim: a reason, and either new values for some fields or a rejection",
        example = "{\"reason\":\"The bulletin says about 35\",\"value\":35,\"qualifier\":\"ABOUT\"}")
public record ClaimCorrectionRequest(
        @Schema(description = "Why; required", example = "The bulletin says about 35") String reason,
        @Schema(description = "The number as stated", example = "35", nullable = true) Long value,
        @Schema(description = "The upper number of a RANGE", nullable = true) Long upper,
        @Schema(nullable = true) Qualifier qualifier,
        @Schema(nullable = true) Outcome outcome,
        @Schema(description = "Canonical party or victim group", nullable = true) String group,
        @Schema(description = "Subgroup; an empty string removes it", nullable = true) String subgroup,
        @Schema(nullable = true) Scope scope,
        @Schema(nullable = true) LocalDate periodStart,
        @Schema(nullable = true) LocalDate periodEnd,
        @Schema(description = "The claim of the same report this one is a breakdown of; an empty string makes it top-level", nullable = true) String parentId,
        @Schema(description = "Place name", nullable = true) String place,
        @Schema(description = "Province of the place", nullable = true) String province,
        @Schema(description = "Rejects the claim instead: NOT_A_CASUALTY_FIGURE or SAME_INCIDENT", nullable = true) Correction.Rejection reject,
        @Schema(description = "With SAME_INCIDENT: the claim that reports the same incident", nullable = true) String sameAs) {

    /** The fields this request sets, by name, as they are stored (dates and enums as text). */
    Map<String, Object> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "value", value);
        put(changes, "upper", upper);
        put(changes, "qualifier", qualifier);
        put(changes, "outcome", outcome);
        put(changes, "group", group);
        put(changes, "subgroup", subgroup);
        put(changes, "scope", scope);
        put(changes, "periodStart", periodStart);
        put(changes, "periodEnd", periodEnd);
        put(changes, "parentId", parentId);
        put(changes, "place", place);
        put(changes, "province", province);
        return changes;
    }

    private static void put(Map<String, Object> changes, String name, Object value) {
        if (value instanceof Number) {
            changes.put(name, value);
        } else if (value != null) {
            changes.put(name, value.toString().strip());
        }
    }
}
