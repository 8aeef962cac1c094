package org.casualtyledger.gateway.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit trail: a correction (from tally-service) or a report revision (from ingest-service). */
@Schema(description = "One change to the ledger: who, when, what, why",
        example = "{\"at\":\"2026-12-06T02:30:00Z\",\"kind\":\"correction\",\"author\":\"Alice\",\"source\":\"SOHR\","
                + "\"subject\":\"c-3f1a9b0c2d4e5f60718293a4\",\"what\":\"CHANGE value=35, qualifier=ABOUT\","
                + "\"why\":\"The bulletin says about 35\",\"state\":\"ACTIVE\"}")
public record AuditEntry(
        @Schema(description = "When it happened") Instant at,
        @Schema(description = "correction or revision", example = "correction") String kind,
        @Schema(description = "The name of the key that made a correction; null for a revision", nullable = true) String author,
        @Schema(example = "SOHR") String source,
        @Schema(description = "The claim corrected, or the report revised", example = "c-3f1a9b0c2d4e5f60718293a4") String subject,
        @Schema(description = "What changed", example = "CHANGE value=35, qualifier=ABOUT") String what,
        @Schema(description = "The correction's reason, or what brought the revision", example = "The bulletin says about 35") String why,
        @Schema(description = "A correction's state (ACTIVE, ORPHANED); a revision's (CURRENT, SUPERSEDED)", example = "ACTIVE") String state) {
}
