package org.casualtyledger.tally.tallies;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Outcome;

/**
 * A "how many?" question: filters (null = any) and the dimensions to split the answer by.
 * A location matches a place by name, or a province and every place inside it.
 */
public record TallyQuery(String group, Outcome outcome, String subgroup, String location, String source,
                         LocalDate from, LocalDate to, List<Dimension> groupBy, int page, int size) {

    /** The same question, another page. */
    public TallyQuery withPage(int page, int size) {
        return new TallyQuery(group, outcome, subgroup, location, source, from, to, groupBy, page, size);
    }

    public boolean has(Dimension d) {
        return groupBy.contains(d);
    }

    /** Running totals cannot answer a question about a place. */
    public boolean seriesApply() {
        return location == null && groupBy.stream().allMatch(Dimension::seriesKnowIt);
    }

    /** Whole months only: then the monthly rollup answers instead of the events themselves. */
    public boolean monthAligned() {
        boolean fromAligned = from == null || from.getDayOfMonth() == 1;
        boolean toAligned = to == null || to.getDayOfMonth() == to.lengthOfMonth();
        return fromAligned && toAligned;
    }
}
