package org.casualtyledger.tally.tallies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.casualtyledger.problem.QueryParams;
import org.casualtyledger.problem.SortOrder;

/**
 * The {@code sort} parameter of a tally: a figure of the cells or one of its groupBy dimensions, then the key. The
 * cells come in key order, so a stable sort by the field leaves ties in key order.
 */
final class TallyOrder {
    static final String DESCRIPTION = "Order of the cells: low, best, high, events, claims, reports, sources or one of "
            + "the groupBy dimensions, with a leading '-' for descending; then by key. Default: by key";
    private static final SortOrder SORT = SortOrder.of("key", "key", "key", "key", "low", "low", "best", "best", "high", "high",
            "events", "events", "claims", "claims", "reports", "reports", "sources", "sources", "group", "group",
            "outcome", "outcome", "subgroup", "subgroup", "location", "location", "province", "province",
            "source", "source", "month", "month");

    private TallyOrder() {
    }

    /** Checks the parameter against the question before anything is read. */
    static SortOrder.Choice choose(String value, TallyQuery q) {
        SortOrder.Choice choice = SORT.choose(value);
        boolean dimension = q.groupBy().stream().anyMatch(d -> d.parameter().equals(choice.field()));
        boolean known = dimension || List.of("key", "low", "best", "high", "events", "claims", "reports", "sources").contains(choice.field());
        if (!known) {
            throw QueryParams.invalid(SortOrder.PARAMETER, "'" + choice.field() + "' is not a dimension of groupBy");
        }
        return choice;
    }

    /** The cells (in key order) in the chosen order. */
    static List<Tally> sorted(List<Tally> cells, SortOrder.Choice choice) {
        List<Tally> sorted = new ArrayList<>(cells);
        Comparator<Tally> by = switch (choice.field()) {
            case "key" -> null;
            case "low" -> Comparator.comparingLong(Tally::low);
            case "best" -> Comparator.comparingLong(Tally::best);
            case "high" -> Comparator.comparingLong(Tally::high);
            case "events" -> Comparator.comparingLong(Tally::events);
            case "claims" -> Comparator.comparingLong(Tally::claims);
            case "reports" -> Comparator.comparingLong(Tally::reports);
            case "sources" -> Comparator.comparingLong(Tally::sources);
            default -> Comparator.comparing((Tally t) -> t.key().get(choice.field()), Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (by != null) {
            sorted.sort(by);
        }
        if (choice.descending()) {
            // Ties too go by key descending, as the listings' ties go by id descending.
            Collections.reverse(sorted);
        }
        return sorted;
    }
}
