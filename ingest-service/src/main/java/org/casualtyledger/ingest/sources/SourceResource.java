package org.casualtyledger.ingest.sources;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sources")
@Tag(name = "sources", description = "Feeds followed on a schedule: each new item becomes a report")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SourceResource {
    private final SourceService sources;
    private final SourcePoller poller;

    public SourceResource(SourceService sources, SourcePoller poller) {
        this.sources = sources;
        this.poller = poller;
    }

    @GET
    @Operation(summary = "List sources", description = "Every source by name, with its state (without the item errors).")
    @APIResponse(responseCode = "200", description = "The sources", content = @Content(schema = @Schema(implementation = SourceView.class, type = SchemaType.ARRAY)))
    public Uni<List<SourceView>> list() {
        return sources.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a source", description = "Follows an RSS 2.0 or Atom feed; it is first polled within a scheduler tick.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", description = "A source of that name exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> add(SourceInput input) {
        return sources.create(SourceSettings.check(input))
                .map(view -> Response.created(URI.create("/sources/" + view.name().replace(" ", "%20"))).entity(view).build());
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One source and its state", description = "Last poll, last success, last error with its HTTP status "
            + "or parse error, items seen, reports stored, next poll, and the items that gave no report.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SourceView> get(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name) {
        return sources.find(name);
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a source", description = "Replaces the settings; the state is kept. A new feed URL is polled afresh.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SourceView> change(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name, SourceInput input) {
        return sources.update(name, SourceSettings.check(input == null ? null : input.withName(name)));
    }

    @DELETE
    @Path("/{name}")
    @Operation(summary = "Stop following a source", description = "Removes the source and its item records; the reports stored from it stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> remove(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name) {
        return sources.delete(name).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{name}/poll")
    @Blocking
    @Operation(summary = "Poll a source now", description = "Polls the source at once, due or not, and answers its state after the poll.")
    @APIResponse(responseCode = "200", description = "Polled; the state after the poll", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A poll round is running; try again shortly", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView poll(@Parameter(description = "Source name", example = "SOHR") @PathParam("name") String name) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sources.find(name));
        if (!poller.pollNow(name)) {
            throw new ProblemException(Problem.of(409, "poll-running", "Conflict", "a poll round is running; try again shortly"), 10);
        }
        return VertxContextSupport.subscribeAndAwait(() -> sources.find(name));
    }
}
