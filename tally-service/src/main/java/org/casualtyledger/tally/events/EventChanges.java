package org.casualtyledger.tally.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.mutiny.sqlclient.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    /**
     * Returned by the statements that delete and insert events, beside the rollup columns (which hold the event's other
     * columns): the log's content is made from them here. {@code to_jsonb(event)::text} in the statements' RETURNING
     * took PostgreSQL about as long as inserting the events.
     */
    public static final String COLUMNS = "id, place, latitude, longitude, first_date, last_date, best_claim_id, reports, corrected";

    private static final JsonFactory JSON = new JsonFactory();

    private EventChanges() {
    }

    /** The event's row as the log keeps it: its columns by name, as {@code to_jsonb(event)} would give them. */
    static String content(Row e) {
        StringWriter text = new StringWriter(384);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            for (String column : List.of("id", "outcome", "grp", "subgroup", "province", "place")) {
                g.writeStringField(column, e.getString(column));
            }
            writeNumber(g, "latitude", e.getDouble("latitude"));
            writeNumber(g, "longitude", e.getDouble("longitude"));
            g.writeStringField("first_date", e.getLocalDate("first_date").toString());
            g.writeStringField("last_date", e.getLocalDate("last_date").toString());
            for (String column : List.of("low", "best", "high")) {
                g.writeNumberField(column, e.getLong(column));
            }
            g.writeStringField("best_claim_id", e.getString("best_claim_id"));
            g.writeNumberField("claims", e.getInteger("claims"));
            g.writeNumberField("reports", e.getInteger("reports"));
            for (String column : List.of("sources", "report_ids")) {
                g.writeArrayFieldStart(column);
                for (String value : e.getArrayOfStrings(column)) {
                    g.writeString(value);
                }
                g.writeEndArray();
            }
            g.writeBooleanField("corrected", e.getBoolean("corrected"));
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return text.toString();
    }

    private static void writeNumber(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    public static void log(Iterable<Row> removed, Iterable<Row> added, ChangeSet changes) {
        Map<String, Row> before = new HashMap<>();
        removed.forEach(r -> before.put(r.getString("id"), r));
        Map<String, Row> after = new HashMap<>();
        added.forEach(r -> after.put(r.getString("id"), r));
        for (Map.Entry<String, Row> e : after.entrySet()) {
            Row old = before.get(e.getKey());
            String content = content(e.getValue());
            if (old == null) {
                changes.add(ChangeKind.CREATED, Entity.EVENT, e.getKey(), reports(changes, e.getValue(), null), content);
            } else if (!content(old).equals(content)) {
                changes.add(ChangeKind.UPDATED, Entity.EVENT, e.getKey(), reports(changes, old, e.getValue()), content);
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
