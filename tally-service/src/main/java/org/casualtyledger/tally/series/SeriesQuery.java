package org.casualtyledger.tally.series;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;

/** Filters of a series listing and the interval its points are bucketed by. */
public record SeriesQuery(String group, Outcome outcome, String subgroup, String source, Interval interval,
                          LocalDate from, LocalDate to, int page, int size) {

    public enum Interval {
        DAY, WEEK, MONTH;

        public LocalDate bucketOf(LocalDate date) {
            switch (this) {
                case DAY:
                    return date;
                case WEEK:
                    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
                default:
                    return date.withDayOfMonth(1);
            }
        }
    }
}
