package org.casualtyledger.ingest.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How far claim delivery to tally-service has got",
        example = "{\"pending\":3,\"delivered\":120,\"refused\":0,\"oldestPending\":\"2019-01-26T10:15:30Z\",\"lastError\":\"Connection refused\"}")
public record OutboxStatus(
        @Schema(description = "Entries waiting for delivery", example = "3") long pending,
        @Schema(description = "Entries delivered", example = "120") long delivered,
        @Schema(description = "Entries tally-service refused for good (kept for an operator)", example = "0") long refused,
        @Schema(description = "When the oldest pending entry was written", nullable = true) Instant oldestPending,
        @Schema(description = "The last delivery error of a pending entry", nullable = true) String lastError) {
}
