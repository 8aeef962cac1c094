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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A dry run of the extractor: the claims a text would give, nothing stored. */
@Path("/api/v1/extract")
@Tag(name = "Extraction", description = "Claims for a text without storing anything")
public class ExtractResource {
    private final IngestClient ingest;
    private final BodyLimits limits;

    ExtractResource(IngestClient ingest, BodyLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUBMITTER)
    @Operation(operationId = "extract", summary = "Extract claims from a bulletin",
            description = "Takes the same input as submitting a report and answers {claims:[Claim]}; nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "report", value = ReportsResource.REPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The claims the text gives")
    public Uni<Response> extract(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.extractJson(body, Relay.forwarding(uri, headers)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUBMITTER)
    @Operation(operationId = "extractText", summary = "Extract claims from plain text",
            description = "The plain-text form; metadata (publishedAt resolves relative dates) as query parameters.")
    @Parameter(name = "publishedAt", in = ParameterIn.QUERY, example = "2026-03-04", description = "Publication date, YYYY-MM-DD")
    @Parameter(name = "source", in = ParameterIn.QUERY, example = "SOHR", description = "Who published the text")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            examples = @ExampleObject(name = "text", value = "At least 12 members of ISIS were killed in clashes with SDF near Al-Busayrah.")))
    @APIResponse(responseCode = "200", description = "The claims the text gives")
    public Uni<Response> extractText(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.extractText(body, Relay.forwarding(uri, headers)));
    }
}
