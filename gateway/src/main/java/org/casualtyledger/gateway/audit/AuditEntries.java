package org.casualtyledger.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the backends' pages (tally's corrections, ingest's revisions) as audit entries. */
final class AuditEntries {
    private AuditEntries() {
    }

    static List<AuditEntry> corrections(JsonNode page) {
        List<AuditEntry> entries = new ArrayList<>();
        for (JsonNode c : page.path("items")) {
            entries.add(new AuditEntry(Instant.parse(c.path("createdAt").asText()), "correction", c.path("author").asText(),
                    c.path("source").asText(), c.path("claimId").asText(), what(c), c.path("reason").asText(),
                    c.path("state").asText()));
        }
        return entries;
    }

    static List<AuditEntry> revisions(JsonNode page) {
        List<AuditEntry> entries = new ArrayList<>();
        for (JsonNode r : page.path("items")) {
            int revision = r.path("revision").asInt();
            String why = revision == 1 ? "first text of the report" : "a new text under the same source and url";
            String what = "revision " + revision + " received: " + r.path("claimCount").asInt() + " claims read by "
                    + r.path("extractorVersion").asText();
            entries.add(new AuditEntry(Instant.parse(r.path("receivedAt").asText()), "revision", null,
                    r.path("source").asText(), r.path("reportId").asText(), what, why,
                    r.path("supersededAt").isNull() || r.path("supersededAt").isMissingNode() ? "CURRENT" : "SUPERSEDED"));
        }
        return entries;
    }

    private static String what(JsonNode c) {
        String kind = c.path("kind").asText();
        StringBuilder what = new StringBuilder(kind);
        switch (kind) {
            case "CHANGE" -> {
                List<String> fields = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = c.path("changes").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    fields.add(field.getKey() + "=" + field.getValue().asText());
                }
                what.append(' ').append(String.join(", ", fields));
            }
            case "REJECTION" -> what.append(' ').append(c.path("rejection").asText())
                    .append(c.path("sameAs").isTextual() ? " as " + c.path("sameAs").asText() : "");
            case "SPLIT" -> what.append(" off event ").append(c.path("eventId").asText());
            case "JOIN" -> what.append(" to event ").append(c.path("eventId").asText());
            default -> { }
        }
        return what.toString();
    }
}
