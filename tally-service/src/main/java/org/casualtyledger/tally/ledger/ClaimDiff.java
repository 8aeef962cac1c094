package org.casualtyledger.tally.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Row;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.tally.changes.ChangeKind;
import org.casualtyledger.tally.changes.Entity;

/**
 * Compares a report's stored claims with the claims it should now have: new claims are inserted, claims whose content
 * changed are updated, claims no longer there are removed, and claims with the same content change nothing.
 */
final class ClaimDiff {
    /** The stored claims' columns the diff and the derivation read. */
    static final String EXISTING = "SELECT id, report_id, claim_date, cluster_key, series_id, event_id, source, "
            + "published_at, corrected, body::text AS body FROM claim";

    private final ObjectMapper json;

    ClaimDiff(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The change, with its claims' rows of the change log: CREATED, UPDATED, and {@code removal} (SUPERSEDED by a new
     * revision, RETRACTED with the report) for the claims no longer there. Unchanged claims log nothing; a claim
     * written is logged with its {@code content}. A claim whose reading became corrected (or no longer is) is written
     * again, with the mark, though its content is the same; it logs nothing then ({@code corrected}: the claims of the
     * entries in a corrected reading).
     */
    ClaimChange diff(Iterable<Row> existing, List<LedgerEntry> entries, ChangeKind removal,
                     Function<LedgerEntry, String> content, Set<String> corrected) {
        Map<String, Row> old = new HashMap<>();
        for (Row row : existing) {
            old.put(row.getString("id"), row);
        }
        ClaimChange change = new ClaimChange();
        Set<String> kept = new HashSet<>();
        for (LedgerEntry entry : entries) {
            Row previous = old.get(entry.claim().id());
            kept.add(entry.claim().id());
            if (corrected.contains(entry.claim().id())) {
                change.corrected.add(entry.claim().id());
            }
            if (previous == null) {
                change.inserted++;
                change.log.add(ChangeKind.CREATED, Entity.CLAIM, entry.claim().id(), List.of(entry.claim().reportId()),
                        content.apply(entry));
                change.toWrite.add(entry);
                change.affected.addNew(entry);
            } else {
                boolean same = sameContent(previous, entry);
                if (same && previous.getBoolean("corrected") == corrected.contains(entry.claim().id())) {
                    continue;
                }
                change.updated++;
                // The log's content carries no mark: a claim whose mark alone changed is written, not logged.
                if (same) {
                    change.log.cite(List.of(entry.claim().reportId()));
                } else {
                    change.log.add(ChangeKind.UPDATED, Entity.CLAIM, entry.claim().id(), List.of(entry.claim().reportId()),
                            content.apply(entry));
                }
                change.previousIds.add(entry.claim().id());
                change.toWrite.add(entry);
                change.affected.addOld(previous);
                change.affected.addNew(entry);
            }
        }
        for (Map.Entry<String, Row> previous : old.entrySet()) {
            if (!kept.contains(previous.getKey())) {
                change.removed++;
                change.log.add(removal, Entity.CLAIM, previous.getKey(), List.of(previous.getValue().getString("report_id")));
                change.toRemove.add(previous.getKey());
                change.previousIds.add(previous.getKey());
                change.affected.addOld(previous.getValue());
            }
        }
        return change;
    }

    private boolean sameContent(Row previous, LedgerEntry entry) {
        try {
            Claim stored = json.readValue(previous.getString("body"), Claim.class);
            return stored.equals(entry.claim()) && Objects.equals(previous.getString("source"), entry.source())
                    && Objects.equals(previous.getLocalDate("published_at"), entry.publishedAt())
                    && Objects.equals(previous.getString("cluster_key"), entry.clusterKey());
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
