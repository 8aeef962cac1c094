package org.casualtyledger.tally.ledger;

import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.casualtyledger.tally.series.SeriesUpdates;

/** The clusters (with the dates that changed in each), events and series a change touches. */
final class Affected {
    final Map<String, SortedSet<LocalDate>> clusterDates = new HashMap<>();
    final Set<String> eventIds = new HashSet<>();
    final Set<String> seriesIds = new HashSet<>();
    final SeriesUpdates series = new SeriesUpdates();

    /** A claim about to be written. */
    void addNew(LedgerEntry entry) {
        addCluster(entry.clusterKey(), entry.date());
        if (entry.seriesId() != null) {
            seriesIds.add(entry.seriesId());
            series.changed(entry.seriesId(), entry.publishedAt(), entry.claim().reportId(), entry.claim().id());
        }
    }

    /** A stored claim about to be replaced or removed (a row of {@link ClaimDiff#EXISTING}). */
    void addOld(Row row) {
        addCluster(row.getString("cluster_key"), row.getLocalDate("claim_date"));
        if (row.getString("event_id") != null) {
            eventIds.add(row.getString("event_id"));
        }
        if (row.getString("series_id") != null) {
            seriesIds.add(row.getString("series_id"));
            series.changed(row.getString("series_id"), row.getLocalDate("published_at"), row.getString("report_id"),
                    row.getString("id"));
        }
    }

    void absorb(Affected other) {
        other.clusterDates.forEach((key, dates) -> dates.forEach(d -> addCluster(key, d)));
        eventIds.addAll(other.eventIds);
        seriesIds.addAll(other.seriesIds);
        series.absorb(other.series);
    }

    void addCluster(String key, LocalDate date) {
        if (key == null) {
            return;
        }
        clusterDates.computeIfAbsent(key, k -> new TreeSet<>()).add(date);
    }
}
