package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casualtyledger.gateway.access.Allowed;
import org.casualtyledger.gateway.access.Role;
import org.casualtyledger.gateway.client.IngestClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public face of ingest-service's re-extraction jobs: any key follows their progress, an admin key cancels one. */
@Path("/api/v1/reextractions")
@Tag(name = "Re-extraction", description = "Stored reports read again by the current extractor, in the background")
public class ReextractionsResource {
    private final IngestClient ingest;

    ReextractionsResource(IngestClient ingest) {
        this.ingest = ingest;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "listReextractions", summary = "List re-extractions", description = "The latest jobs first, with their progress.")
    @APIResponse(responseCode = "200", description = "The jobs")
    public Uni<Response> list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.reextractions(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "getReextraction", summary = "One re-extraction and its progress",
            description = "Total, done, failed and changed reports, state, start and finish, and the reports that could not be read.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public Uni<Response> get(@Parameter(description = "Job id", example = "3") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.reextraction(id, Relay.forwarding(uri, headers)));
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "cancelReextraction", summary = "Cancel a re-extraction",
            description = "Stops a running job after the report it is reading; the reports it has not read keep their claims. "
                    + "Answers the job, state CANCELLED.")
    @APIResponse(responseCode = "200", description = "The job, cancelled")
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has finished")
    public Uni<Response> cancel(@Parameter(description = "Job id", example = "3") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.cancelReextraction(id, Relay.forwarding(uri, headers)));
    }
}
