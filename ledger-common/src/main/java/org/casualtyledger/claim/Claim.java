package org.casualtyledger.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One figure about people in one report. See docs/domain-model.md for the meaning of every field.
 * The id is deterministic from the report and the span, so extracting again never makes a second claim.
 */
@Schema(description = "One casualty figure in one report, with its range, outcome, party, place, period and evidence")
public record Claim(
        @Schema(description = "Deterministic id from report and span", example = "c-3f1a9b0c2d4e5f60718293a4") String id,
        @Schema(description = "The report the claim came from", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") String reportId,
        CountRange count,
        @Schema(description = "What happened to the people counted", example = "KILLED") Outcome outcome,
        @Schema(description = "Canonical party or victim group", example = "ISIS") String group,
        @Schema(description = "The group as written in the report", example = "members at least of the organization") String groupAsWritten,
        @Schema(description = "CHILDREN, WOMEN, LEADERS or a nationality", example = "CHILDREN", nullable = true) String subgroup,
        @Schema(description = "Canonical group that did it, when stated", example = "ISIS", nullable = true) String perpetrator,
        @Schema(nullable = true) Place location,
        @Schema(description = "INCIDENT or CUMULATIVE", example = "INCIDENT") Scope scope,
        @Schema(description = "Incident date, or start of a running total's period", example = "2018-11-10", nullable = true) LocalDate periodStart,
        @Schema(description = "Incident date, or end of a running total's period", example = "2018-12-10", nullable = true) LocalDate periodEnd,
        @Schema(description = "Claim this one is a breakdown of (never added to it)", example = "c-13ca1f08cfa2186b7a4b9913", nullable = true) String parentId,
        @Schema(description = "Earlier claim of the same report that this one repeats", example = "c-bf6326a1d2e3f4a5b6c7d8e9", nullable = true) String restates,
        Evidence evidence,
        @Schema(description = "PROVISIONAL, IMPLIED_OUTCOME, PUBLISHED_BEFORE") Set<ClaimFlag> flags,
        @Schema(description = "The extraction rule that produced the claim", example = "passive-outcome") String rule,
        @Schema(description = "The extractor that read the claim as it stands: build version and a digest of its rules "
                + "(a later extractor that reads the same claim again leaves it as it was)",
                example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e", nullable = true) String extractorVersion) {

    @JsonCreator
    public Claim {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** A claim as the extractor reads it, before a stored reading names the extractor's version. */
    public Claim(String id, String reportId, CountRange count, Outcome outcome, String group, String groupAsWritten,
            String subgroup, String perpetrator, Place location, Scope scope, LocalDate periodStart, LocalDate periodEnd,
            String parentId, String restates, Evidence evidence, Set<ClaimFlag> flags, String rule) {
        this(id, reportId, count, outcome, group, groupAsWritten, subgroup, perpetrator, location, scope, periodStart,
                periodEnd, parentId, restates, evidence, flags, rule, null);
    }

    /** The same claim, read by the given extractor version. */
    public Claim withExtractorVersion(String version) {
        return new Claim(id, reportId, count, outcome, group, groupAsWritten, subgroup, perpetrator, location, scope,
                periodStart, periodEnd, parentId, restates, evidence, flags, rule, version);
    }

    /** A figure counted on its own: no breakdown of another, no repeat, nothing the report says it published before. */
    @JsonIgnore
    public boolean isTopLevel() {
        return parentId == null && restates == null && !flags.contains(ClaimFlag.PUBLISHED_BEFORE);
    }
}
