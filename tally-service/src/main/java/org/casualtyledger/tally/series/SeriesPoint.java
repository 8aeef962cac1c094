package org.casualtyledger.tally.series;

import java.time.LocalDate;
import java.util.Comparator;

/** One figure of a running total: the value a source published on a day, and the claim that holds it. */
public record SeriesPoint(String claimId, String reportId, LocalDate publishedAt, long value) {

    /** Publication order; claims published the same day are ordered by report and claim so the order is stable. */
    public static final Comparator<SeriesPoint> PUBLICATION_ORDER = Comparator.comparing(SeriesPoint::publishedAt)
            .thenComparing(SeriesPoint::reportId)
            .thenComparing(SeriesPoint::claimId);
}
