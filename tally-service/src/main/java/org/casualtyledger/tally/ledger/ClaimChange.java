package org.casualtyledger.tally.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.tally.changes.ChangeSet;

/** What one batch or retraction (or a group of them) changes: claims to write and remove, and what they touch. */
final class ClaimChange {
    int inserted;
    int updated;
    int removed;
    final List<LedgerEntry> toWrite = new ArrayList<>();
    final List<String> toRemove = new ArrayList<>();
    final List<String> previousIds = new ArrayList<>();
    /** The claim rows made ahead of the writing, by claim id. */
    final Map<String, List<Object>> rows = new HashMap<>();
    /** The claims written in an analyst's corrected reading. */
    final Set<String> corrected = new HashSet<>();
    final Affected affected = new Affected();
    /** The claims' rows of the change log; events and series add theirs as they are derived. */
    final ChangeSet log = new ChangeSet();

    boolean isEmpty() {
        return toWrite.isEmpty() && toRemove.isEmpty();
    }

    void absorb(ClaimChange other) {
        toWrite.addAll(other.toWrite);
        toRemove.addAll(other.toRemove);
        previousIds.addAll(other.previousIds);
        rows.putAll(other.rows);
        corrected.addAll(other.corrected);
        affected.absorb(other.affected);
        log.absorb(other.log);
    }

    /** The advisory locks of the clusters and series the change touches. */
    Set<String> lockKeys() {
        Set<String> keys = new HashSet<>();
        affected.clusterDates.keySet().forEach(k -> keys.add("cluster|" + k));
        affected.seriesIds.forEach(k -> keys.add("series|" + k));
        return keys;
    }
}
