package org.casualtyledger.tally.changes;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a claim, event or series, in the ledger's total order",
        example = "{\"cursor\":\"1042\",\"kind\":\"CREATED\",\"entity\":\"CLAIM\",\"id\":\"c-3f1a9b0c2d4e5f60718293a4\","
                + "\"reportIds\":[\"r-5b2c0d9e8f7a6b5c4d3e2f10\"],\"recordedAt\":\"2026-12-06T02:10:00.123Z\","
                + "\"data\":{\"id\":\"c-3f1a9b0c2d4e5f60718293a4\",\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"outcome\":\"KILLED\","
                + "\"group\":\"ISIS\",\"count\":{\"value\":34,\"qualifier\":\"AT_LEAST\",\"low\":34,\"best\":34,\"high\":null},"
                + "\"source\":\"SOHR\",\"publishedAt\":\"2019-01-26\"}}")
public record ChangeView(
        @Schema(description = "Opaque position of this change: pass it as `after` to read on from here", example = "1042") String cursor,
        @Schema(example = "CREATED") ChangeKind kind,
        @Schema(example = "CLAIM") Entity entity,
        @Schema(description = "Id of the claim, event or series", example = "c-3f1a9b0c2d4e5f60718293a4") String id,
        @Schema(description = "The reports whose change this is") List<String> reportIds,
        @Schema(description = "When the ledger recorded it (every change of one write has the same time)") OffsetDateTime recordedAt,
        @Schema(description = "The claim (as GET /claims/{id} shows it, without its event), event (as in GET /events) or "
                + "series (without its points) after the change; null for SUPERSEDED and RETRACTED", nullable = true,
                implementation = Object.class)
        @JsonRawValue String data) {
}
