package org.casualtyledger.tally.events;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.problem.SortOrder;

/**
 * Filters of an event listing; null means any. {@code located} keeps only events with coordinates (GeoJSON).
 * {@code orderBy}: the checked order of the {@code sort} parameter ({@link #SORT}).
 */
public record EventQuery(String group, Outcome outcome, String subgroup, String location, String source,
                         LocalDate from, LocalDate to, boolean located, String orderBy, int page, int size) {
    public static final String SORT_DESCRIPTION = "Order of the events: firstDate, lastDate, group, outcome, place, best "
            + "or claims, with a leading '-' for descending; then by id. Default firstDate";
    public static final SortOrder SORT = SortOrder.of("id", "firstDate", "firstDate", "first_date", "lastDate", "last_date",
            "group", "grp", "outcome", "outcome", "place", "place", "best", "best", "claims", "claims");
}
