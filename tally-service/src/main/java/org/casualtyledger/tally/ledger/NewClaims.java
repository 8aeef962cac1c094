package org.casualtyledger.tally.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.tally.events.EventClusterer;
import org.casualtyledger.tally.events.IncidentClaim;

/**
 * The claims a change is about to write, clustered before they are written so that each row is written once, with
 * its event. Re-clustering sees them exactly as it would see them in the table right after an upsert (no event yet,
 * then the event a settled round assigned them), and no longer sees the stored versions they replace.
 */
final class NewClaims {
    private final Set<String> ids = new HashSet<>();
    private final Map<String, List<IncidentClaim>> byCluster = new HashMap<>();
    private final Map<String, EventClusterer.Assignment> assigned = new HashMap<>();

    static NewClaims none() {
        return new NewClaims(List.of());
    }

    NewClaims(List<LedgerEntry> entries) {
        for (LedgerEntry entry : entries) {
            ids.add(entry.claim().id());
            if (entry.clusterKey() != null) {
                byCluster.computeIfAbsent(entry.clusterKey(), k -> new ArrayList<>()).add(incidentClaim(entry));
            }
        }
    }

    /** Written by this change: a stored version of it no longer counts. */
    boolean isNew(String claimId) {
        return ids.contains(claimId);
    }

    /** The new claims of a cluster dated within [from, until], with the event assigned so far (none at first). */
    List<IncidentClaim> within(String clusterKey, LocalDate from, LocalDate until) {
        List<IncidentClaim> found = new ArrayList<>();
        for (IncidentClaim c : byCluster.getOrDefault(clusterKey, List.of())) {
            if (!c.date().isBefore(from) && !c.date().isAfter(until)) {
                EventClusterer.Assignment a = assigned.get(c.id());
                found.add(a == null ? c : c.inEvent(a.eventId()));
            }
        }
        return found;
    }

    void assign(String claimId, EventClusterer.Assignment assignment) {
        assigned.put(claimId, assignment);
    }

    EventClusterer.Assignment assignment(String claimId) {
        return assigned.get(claimId);
    }

    /** The same fields {@link Derivations} reads from a stored claim row. */
    private static IncidentClaim incidentClaim(LedgerEntry e) {
        return new IncidentClaim(e.claim().id(), e.claim().reportId(), e.date(), e.publishedAt(), e.placeKey(),
                e.province(), e.low(), e.openHigh() ? null : e.high(), wording(e.claim().count()), null);
    }

    /** How a claim words its figure ("AT_LEAST 34"), as join reasons quote it; stored with the claim. */
    static String wording(CountRange count) {
        return count.qualifier() == null ? null : count.qualifier().name() + " " + count.value();
    }
}
