package org.casualtyledger.tally.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.validation.PublicationDates;

/** Checks a claim batch before it touches the ledger, naming every invalid field in one 400 problem. */
public final class BatchValidator {
    public static final int MAX_CLAIMS = 5_000;
    private static final int MAX_ID_LENGTH = 64;

    private BatchValidator() {
    }

    public static void check(ClaimBatch batch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (batch == null) {
            throw ProblemException.badRequest("a claim batch body is required");
        }
        checkReport(batch.report(), errors);
        if (batch.claims() == null) {
            errors.add(new Problem.FieldError("claims", "must not be null (send [] to remove every claim of the report)"));
        } else if (batch.claims().size() > MAX_CLAIMS) {
            errors.add(new Problem.FieldError("claims", "at most " + MAX_CLAIMS + " claims per batch"));
        } else {
            String reportId = batch.report() == null ? null : batch.report().id();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < batch.claims().size(); i++) {
                checkClaim("claims[" + i + "]", batch.claims().get(i), reportId, seen, errors);
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.get(0).field() + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
            throw new ProblemException(Problem.of(400, "invalid-field", "Invalid claim batch", detail)
                    .withErrors(errors.subList(0, Math.min(errors.size(), 50))));
        }
    }

    private static void checkReport(ReportRef report, List<Problem.FieldError> errors) {
        if (report == null) {
            errors.add(new Problem.FieldError("report", "must not be null"));
            return;
        }
        checkId("report.id", report.id(), errors);
        if (report.source() == null || report.source().isBlank()) {
            errors.add(new Problem.FieldError("report.source", "must not be blank"));
        }
        if (report.publishedAt() == null) {
            errors.add(new Problem.FieldError("report.publishedAt", "must not be null"));
        }
        checkPublished("report.publishedAt", report.publishedAt(), errors);
    }

    private static void checkClaim(String field, Claim claim, String reportId, Set<String> seen,
                                   List<Problem.FieldError> errors) {
        if (claim == null) {
            errors.add(new Problem.FieldError(field, "must not be null"));
            return;
        }
        checkId(field + ".id", claim.id(), errors);
        if (claim.id() != null && !seen.add(claim.id())) {
            errors.add(new Problem.FieldError(field + ".id", "appears twice in the batch"));
        }
        if (claim.reportId() != null && reportId != null && !claim.reportId().equals(reportId)) {
            errors.add(new Problem.FieldError(field + ".reportId", "must be the batch's report id " + reportId));
        }
        if (claim.count() == null) {
            errors.add(new Problem.FieldError(field + ".count", "must not be null"));
        } else if (claim.count().qualifier() == null || claim.count().low() < 0 || claim.count().best() < 0) {
            errors.add(new Problem.FieldError(field + ".count", "needs a qualifier and non-negative low and best"));
        }
        if (claim.outcome() == null) {
            errors.add(new Problem.FieldError(field + ".outcome", "must not be null"));
        }
        if (claim.group() == null || claim.group().isBlank()) {
            errors.add(new Problem.FieldError(field + ".group", "must not be blank"));
        }
        if (claim.scope() == null) {
            errors.add(new Problem.FieldError(field + ".scope", "must not be null"));
        }
        checkPeriodDate(field + ".periodStart", claim.periodStart(), errors);
        checkPeriodDate(field + ".periodEnd", claim.periodEnd(), errors);
    }

    /** The publication range of ingest: a date outside it would be stored differently here (year 0 is 1 BC). */
    private static void checkPublished(String field, LocalDate date, List<Problem.FieldError> errors) {
        String flaw = PublicationDates.flaw(date);
        if (flaw != null) {
            errors.add(new Problem.FieldError(field, flaw));
        }
    }

    /**
     * A period a text names may lie before 1900 or be misread into the future; only years the database and Java read
     * alike are required (a batch refused for one odd date would keep all of its report's claims out of the ledger).
     */
    private static void checkPeriodDate(String field, LocalDate date, List<Problem.FieldError> errors) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            errors.add(new Problem.FieldError(field, "the year must be between 1 and 9999, was " + date.getYear()));
        }
    }

    private static void checkId(String field, String id, List<Problem.FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new Problem.FieldError(field, "must not be blank"));
        } else if (id.length() > MAX_ID_LENGTH) {
            errors.add(new Problem.FieldError(field, "at most " + MAX_ID_LENGTH + " characters"));
        }
    }
}
