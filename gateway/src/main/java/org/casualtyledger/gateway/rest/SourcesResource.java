package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.casualtyledger.gateway.limits.BodyLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public face of ingest-service's sources: the feeds it follows on a schedule. Readers see them; admins change them. */
@Path("/api/v1/sources")
@Tag(name = "Sources", description = "RSS and Atom feeds polled on a schedule; each new item becomes a report")
public class SourcesResource {
    static final String SOURCE_EXAMPLE = "{\"name\":\"SOHR\",\"feedUrl\":\"https://example.org/feed/\",\"language\":\"en\","
            + "\"pollEvery\":\"PT15M\",\"bodySelector\":\"div.entry-content\",\"enabled\":true}";

    private final IngestClient ingest;
    private final BodyLimits limits;

    SourcesResource(IngestClient ingest, BodyLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "listSources", summary = "List sources", description = "Every source with its settings and polling state.")
    @APIResponse(responseCode = "200", description = "The sources")
    public Uni<Response> list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.sources(Relay.forwarding(uri, headers)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "addSource", summary = "Add a source",
            description = "Follows an RSS 2.0 or Atom feed; pollEvery is an ISO-8601 duration of at least one minute.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "source", value = SOURCE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "A source of that name exists")
    public Uni<Response> add(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.addSource(body, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "getSource", summary = "One source and its state",
            description = "Last poll, last success, last error with its HTTP status or parse error, items seen, reports stored, "
                    + "next poll, and the items that gave no report.")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source")
    public Uni<Response> get(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.source(name, Relay.forwarding(uri, headers)));
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "changeSource", summary = "Change a source", description = "Replaces its settings; its state is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "source", value = SOURCE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such source")
    public Uni<Response> change(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name,
            byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.changeSource(name, body, Relay.forwarding(uri, headers)));
    }

    @DELETE
    @Path("/{name}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "removeSource", summary = "Stop following a source", description = "The reports stored from it stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such source")
    public Uni<Response> remove(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.removeSource(name, Relay.forwarding(uri, headers)));
    }

    @POST
    @Path("/{name}/poll")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "pollSource", summary = "Poll a source now", description = "Polls at once and answers the state after the poll.")
    @APIResponse(responseCode = "200", description = "Polled")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "409", description = "A poll round is running; try again shortly")
    public Uni<Response> poll(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.pollSource(name, Relay.forwarding(uri, headers)));
    }
}
