package org.casualtyledger.tally.ledger;

import java.util.List;
import org.casualtyledger.claim.LedgerChange;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;

/** Checks a delivery of changes: the delivery as a whole, and each change on its own (one bad change refuses only itself). */
public final class ChangeValidator {
    public static final int MAX_CHANGES = 1_000;
    public static final int MAX_CLAIMS = 50_000;
    private static final int MAX_ID_LENGTH = 64;

    private ChangeValidator() {
    }

    /** Throws a 400 (or 413) problem when the delivery as a whole cannot be taken. */
    public static void checkDelivery(List<LedgerChange> changes) {
        if (changes == null) {
            throw ProblemException.badRequest("a JSON array of changes is required");
        }
        if (changes.size() > MAX_CHANGES) {
            throw ProblemException.tooLarge("at most " + MAX_CHANGES + " changes per delivery, got " + changes.size());
        }
        long claims = changes.stream()
                .filter(c -> c != null && c.batch() != null && c.batch().claims() != null)
                .mapToLong(c -> c.batch().claims().size()).sum();
        if (claims > MAX_CLAIMS) {
            throw ProblemException.tooLarge("at most " + MAX_CLAIMS + " claims per delivery, got " + claims);
        }
    }

    /** The problem with one change, or null when it may be applied. */
    public static ProblemException problem(LedgerChange change) {
        if (change == null) {
            return invalid("change", "must not be null");
        }
        if (change.kind() == null) {
            return invalid("kind", "must be UPSERT or RETRACT");
        }
        if (change.reportId() == null || change.reportId().isBlank()) {
            return invalid("reportId", "must not be blank");
        }
        if (change.reportId().length() > MAX_ID_LENGTH) {
            return invalid("reportId", "at most " + MAX_ID_LENGTH + " characters");
        }
        if (change.kind() == LedgerChange.Kind.RETRACT) {
            return change.batch() == null ? null : invalid("batch", "must be absent for RETRACT");
        }
        if (change.batch() == null) {
            return invalid("batch", "must not be null for UPSERT");
        }
        try {
            BatchValidator.check(change.batch());
        } catch (ProblemException e) {
            return e;
        }
        if (!change.reportId().equals(change.batch().report().id())) {
            return invalid("reportId", "must be the batch's report id " + change.batch().report().id());
        }
        return null;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "invalid-field", "Invalid change", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
