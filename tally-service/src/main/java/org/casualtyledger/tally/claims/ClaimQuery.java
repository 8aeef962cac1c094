package org.casualtyledger.tally.claims;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;

/** Filters of a claim listing; null means "any". Dates bound the claim's date (incident date or publication). */
public record ClaimQuery(String group, Outcome outcome, String source, LocalDate from, LocalDate to, Scope scope,
                         String reportId, String eventId, int page, int size) {
}
