package org.casualtyledger.tally.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A source's running total for one group, outcome, subgroup and period start, in publication order.
 * The value as of a date is the latest figure published by then. A running total should never fall: each fall
 * (1250 then 1205) is kept as a {@link Fall}, never smoothed away.
 */
public final class CumulativeSeries {
    private final List<SeriesPoint> points;

    public CumulativeSeries(List<SeriesPoint> points) {
        List<SeriesPoint> ordered = new ArrayList<>(points);
        ordered.sort(SeriesPoint.PUBLICATION_ORDER);
        this.points = List.copyOf(ordered);
    }

    /** A figure lower than the one published before it. */
    public record Fall(SeriesPoint previous, SeriesPoint point) {
    }

    public List<SeriesPoint> points() {
        return points;
    }

    public Optional<SeriesPoint> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    public Optional<SeriesPoint> asOf(LocalDate date) {
        SeriesPoint found = null;
        for (SeriesPoint point : points) {
            if (point.publishedAt().isAfter(date)) {
                break;
            }
            found = point;
        }
        return Optional.ofNullable(found);
    }

    public List<Fall> falls() {
        List<Fall> falls = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).value() < points.get(i - 1).value()) {
                falls.add(new Fall(points.get(i - 1), points.get(i)));
            }
        }
        return falls;
    }
}
