package org.casualtyledger.tally.claims;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.casualtyledger.problem.SortOrder;

/**
 * Filters of a claim listing; null means "any". Dates bound the claim's date (incident date or publication).
 * {@code orderBy}: the checked order of the {@code sort} parameter ({@link #SORT}).
 */
public record ClaimQuery(String group, Outcome outcome, String source, LocalDate from, LocalDate to, Scope scope,
                         String reportId, String eventId, String orderBy, int page, int size) {
    public static final String SORT_DESCRIPTION = "Order of the claims: date (the claim's date), publishedAt, source, "
            + "best, outcome, group or scope, with a leading '-' for descending; then by id. Default date";
    public static final SortOrder SORT = SortOrder.of("id", "date", "date", "claim_date", "publishedAt", "published_at",
            "source", "source", "best", "best", "outcome", "outcome", "group", "grp", "scope", "scope");
}
