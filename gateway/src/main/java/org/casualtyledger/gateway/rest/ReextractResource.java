package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casualtyledger.gateway.access.Allowed;
import org.casualtyledger.gateway.access.Role;
import org.casualtyledger.gateway.client.IngestClient;
import org.casualtyledger.gateway.limits.BodyLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public face of ingest-service's re-extraction: an admin reads stored reports again with the current extractor. */
@Path("/api/v1/reports/reextract")
@Tag(name = "Re-extraction")
public class ReextractResource {
    static final String FILTER_EXAMPLE = "{\"source\":\"SOHR\",\"publishedFrom\":\"2019-01-01\",\"publishedTo\":\"2019-12-31\",\"notCurrent\":true}";

    private final IngestClient ingest;
    private final BodyLimits limits;

    ReextractResource(IngestClient ingest, BodyLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "startReextraction", summary = "Read stored reports again",
            description = "Starts a background job that reads the reports the filter selects (source, publication period, "
                    + "extractor version older than a given one or other than the current) with the current extractor. "
                    + "Unchanged claims change nothing in the ledger; changed claim sets reach it like any revision.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "filter", value = FILTER_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Started; Location names the job")
    @APIResponse(responseCode = "409", description = "A job with the same filter is running")
    public Uni<Response> start(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.reextract(body, Relay.forwarding(uri, headers)));
    }
}
