package org.casualtyledger.ingest.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.casualtyledger.claim.LedgerChange;

/**
 * The body of a delivery: a JSON array of {@link LedgerChange}s written straight from the outbox rows. An UPSERT's
 * stored claim batch goes in as the text it is stored as, with the entry's id spliced in as its batchId, instead of
 * being read into objects and written out again: the payloads were written by this service and hold about twenty
 * claims each, and binding them was a good part of a delivery's cost. A payload of another shape is copied token by
 * token.
 */
final class DeliveryBody {
    private DeliveryBody() {
    }

    static byte[] of(JsonFactory factory, List<OutboxEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 16_384);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartArray();
            for (OutboxEntry entry : entries) {
                write(factory, g, entry);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a delivery", e);
        }
        return out.toByteArray();
    }

    private static void write(JsonFactory factory, JsonGenerator g, OutboxEntry entry) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", entry.id);
        g.writeStringField("kind", entry.kind == OutboxEntry.Kind.RETRACT ? LedgerChange.Kind.RETRACT.name() : LedgerChange.Kind.UPSERT.name());
        g.writeStringField("reportId", entry.reportId);
        if (entry.kind == OutboxEntry.Kind.UPSERT) {
            g.writeFieldName("batch");
            copyBatch(factory, g, entry.payload, entry.id);
        }
        g.writeEndObject();
    }

    /**
     * The stored batch with its batchId set to the outbox entry's id (it was not known when the batch was written):
     * spliced in as text when the payload opens with the batchId 0 written for it, else copied token by token.
     */
    private static void copyBatch(JsonFactory factory, JsonGenerator g, String payload, long batchId) throws IOException {
        if (payload.startsWith(BatchPayload.OPENING)) {
            g.writeRawValue("{\"" + BatchPayload.BATCH_ID + "\":" + batchId + payload.substring(BatchPayload.OPENING.length() - 1));
            return;
        }
        try (JsonParser p = factory.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("outbox payload is not a claim batch");
            }
            g.writeStartObject();
            g.writeNumberField(BatchPayload.BATCH_ID, batchId);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (BatchPayload.BATCH_ID.equals(name)) {
                    p.skipChildren();
                } else {
                    g.writeFieldName(name);
                    g.copyCurrentStructure(p);
                }
            }
            g.writeEndObject();
        }
    }
}
