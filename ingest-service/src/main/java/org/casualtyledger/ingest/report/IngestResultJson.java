package org.casualtyledger.ingest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.casualtyledger.claim.Claim;

/**
 * An {@link IngestResult} as JSON: the fields of the record, in its order, with the claims of a report stored now
 * written as the text their rows already hold instead of a second time from the objects (writing the twenty-odd claims
 * of a bulletin was the largest part of answering it).
 */
final class IngestResultJson extends StdSerializer<IngestResult> {

    IngestResultJson() {
        super(IngestResult.class);
    }

    @Override
    public void serialize(IngestResult result, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        provider.defaultSerializeField("report", result.report(), g);
        g.writeArrayFieldStart("claims");
        if (result.claimsJson() != null) {
            for (String claim : result.claimsJson()) {
                g.writeRawValue(claim);
            }
        } else {
            for (Claim claim : result.claims()) {
                provider.defaultSerializeValue(claim, g);
            }
        }
        g.writeEndArray();
        g.writeBooleanField("created", result.created());
        g.writeBooleanField("read", result.read());
        g.writeEndObject();
    }
}
