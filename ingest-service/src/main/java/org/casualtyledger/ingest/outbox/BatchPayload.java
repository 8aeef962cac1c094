package org.casualtyledger.ingest.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An UPSERT entry's payload: the report's {@link org.casualtyledger.claim.ClaimBatch} as JSON, its batchId 0 until
 * the delivery sets it to the entry's id ({@link DeliveryBody}). The claims go in as the JSON their rows already hold,
 * so that a report's claims are written as JSON once, not twice.
 */
public final class BatchPayload {
    static final String BATCH_ID = "batchId";
    /** How a payload written here opens, up to the comma after its batchId. */
    static final String OPENING = "{\"" + BATCH_ID + "\":0,";
    private static final String REPORT = "report";
    private static final String CLAIMS = "claims";

    private BatchPayload() {
    }

    /** The payload from the report reference and each claim, both already JSON. */
    public static String of(JsonFactory factory, String reportJson, List<String> claimJsons) {
        StringWriter out = new StringWriter(256 + claimJsons.size() * 1024);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField(BATCH_ID, 0);
            g.writeFieldName(REPORT);
            g.writeRawValue(reportJson);
            g.writeArrayFieldStart(CLAIMS);
            for (String claim : claimJsons) {
                g.writeRawValue(claim);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a claim batch", e);
        }
        return out.toString();
    }
}
