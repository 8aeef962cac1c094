package org.casualtyledger.tally.corrections;

import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.problem.StorableText;

/** What a correction must be before it is stored: every refusal a 400 problem naming the field. */
final class CorrectionRules {
    static final int MAX_REASON = 2000;
    static final int MAX_TEXT = 200;
    static final long MAX_COUNT = 10_000_000L;

    private CorrectionRules() {
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "a correction needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw invalid("reason", "at most " + MAX_REASON + " characters");
        }
        return StorableText.checked("reason", reason.strip());
    }

    /** A change or a rejection, not both, not neither; the values in range. */
    static void check(ClaimCorrectionRequest r, String claimId) {
        reason(r.reason());
        Map<String, Object> changes = r.changes();
        if (r.reject() == null && changes.isEmpty()) {
            throw invalid("reject", "give new values for some fields, or a rejection");
        }
        if (r.reject() != null && !changes.isEmpty()) {
            throw invalid(changes.keySet().iterator().next(), "a rejection changes no field; send the two as two corrections");
        }
        if (r.reject() == Correction.Rejection.SAME_INCIDENT && blank(r.sameAs())) {
            throw invalid("sameAs", "SAME_INCIDENT names the claim of the same incident");
        }
        if (r.reject() != Correction.Rejection.SAME_INCIDENT && !blank(r.sameAs())) {
            throw invalid("sameAs", "only a SAME_INCIDENT rejection names another claim");
        }
        if (claimId.equals(r.sameAs()) || claimId.equals(r.parentId())) {
            throw invalid(claimId.equals(r.sameAs()) ? "sameAs" : "parentId", "a claim cannot refer to itself");
        }
        if (r.value() != null && (r.value() < 0 || r.value() > MAX_COUNT)) {
            throw invalid("value", "must be between 0 and " + MAX_COUNT);
        }
        if (r.upper() != null && (r.qualifier() != Qualifier.RANGE || r.value() == null || r.upper() < r.value() || r.upper() > MAX_COUNT)) {
            throw invalid("upper", "an upper number goes with qualifier RANGE and a value not above it");
        }
        if (r.group() != null && r.group().isBlank()) {
            throw invalid("group", "must not be blank");
        }
        if (r.periodStart() != null && r.periodEnd() != null && r.periodStart().isAfter(r.periodEnd())) {
            throw invalid("periodStart", "must not be after periodEnd");
        }
        for (String field : List.of("group", "subgroup", "parentId", "place", "province", "sameAs")) {
            text(field, field.equals("sameAs") ? r.sameAs() : (String) changes.get(field));
        }
    }

    static void text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw invalid(field, "at most " + MAX_TEXT + " characters");
        }
        if (value != null) {
            StorableText.checked(field, value);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "invalid-correction", "Invalid correction", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
