package org.casualtyledger.ingest.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/outbox")
@Tag(name = "outbox", description = "Delivery of claims to the ledger")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @GET
    @Operation(summary = "Delivery status", description = "Counts of pending, delivered and refused outbox entries, for operators.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(schema = @Schema(implementation = OutboxStatus.class)))
    public Uni<OutboxStatus> status() {
        return Panache.withSession(() -> OutboxEntry.count("deliveredAt is null and failedAt is null")
                .chain(pending -> OutboxEntry.count("deliveredAt is not null")
                        .chain(delivered -> OutboxEntry.count("failedAt is not null")
                                .chain(refused -> OutboxEntry.<OutboxEntry>find("deliveredAt is null and failedAt is null order by id")
                                        .firstResult()
                                        .map(oldest -> new OutboxStatus(pending, delivered, refused,
                                                oldest == null ? null : oldest.createdAt,
                                                oldest == null ? null : oldest.lastError))))));
    }
}
