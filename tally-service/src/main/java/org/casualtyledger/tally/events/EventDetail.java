package org.casualtyledger.tally.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.casualtyledger.tally.claims.LedgerClaim;

@Schema(description = "An event with its claims, each with its evidence sentence, span and the reason it was joined",
        example = "{\"id\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\",\"outcome\":\"KILLED\",\"group\":\"ISIS\",\"low\":34,\"best\":35,\"high\":39,"
                + "\"claimList\":[{\"id\":\"c-3f1a9b0c2d4e5f60718293a4\",\"joinReason\":\"first report of the incident\","
                + "\"evidence\":{\"sentence\":\"About 35 ISIS members were killed\",\"start\":0,\"end\":33}}]}")
public record EventDetail(
        @JsonUnwrapped @Schema(implementation = EventView.class) EventView event,
        @Schema(description = "The event's claims in canonical order, with evidence and join reasons") List<LedgerClaim> claimList) {
}
