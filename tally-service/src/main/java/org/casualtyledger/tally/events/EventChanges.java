package org.casualtyledger.tally.events;

import io.vertx.mutiny.sqlclient.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casualtyledger.tally.changes.ChangeKind;
import org.casualtyledger.tally.changes.ChangeSet;
import org.casualtyledger.tally.changes.Entity;

/**
 * The change-log rows of events that were replaced: an event formed again exactly as it was changes nothing, one
 * formed differently is UPDATED, a new one CREATED, and one no claim forms any more RETRACTED. Each is attributed to
 * the reports of the write that it cites (before or after), or, when it cites none of them (a re-clustering moved a
 * claim of another report), to all of them.
 */
public final class EventChanges {
    /** Returned by the statements that delete and insert events, beside the rollup columns. */
    public static final String COLUMNS = "id, to_jsonb(event)::text AS content";

    private EventChanges() {
    }

    public static void log(Iterable<Row> removed, Iterable<Row> added, ChangeSet changes) {
        Map<String, Row> before = new HashMap<>();
        removed.forEach(r -> before.put(r.getString("id"), r));
        Map<String, Row> after = new HashMap<>();
        added.forEach(r -> after.put(r.getString("id"), r));
        for (Map.Entry<String, Row> e : after.entrySet()) {
            Row old = before.get(e.getKey());
            if (old == null) {
                changes.add(ChangeKind.CREATED, Entity.EVENT, e.getKey(), reports(changes, e.getValue(), null),
                        e.getValue().getString("content"));
            } else if (!old.getString("content").equals(e.getValue().getString("content"))) {
                changes.add(ChangeKind.UPDATED, Entity.EVENT, e.getKey(), reports(changes, old, e.getValue()),
                        e.getValue().getString("content"));
            }
        }
        for (Map.Entry<String, Row> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                changes.add(ChangeKind.RETRACTED, Entity.EVENT, e.getKey(), reports(changes, e.getValue(), null));
            }
        }
    }

    private static Set<String> reports(ChangeSet changes, Row one, Row other) {
        Set<String> cited = new TreeSet<>(List.of(one.getArrayOfStrings("report_ids")));
        if (other != null) {
            cited.addAll(List.of(other.getArrayOfStrings("report_ids")));
        }
        cited.retainAll(changes.claimReports());
        return cited.isEmpty() ? changes.claimReports() : cited;
    }
}
