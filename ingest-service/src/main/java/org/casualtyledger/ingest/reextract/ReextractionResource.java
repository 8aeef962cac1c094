package org.casualtyledger.ingest.reextract;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reextractions")
@Tag(name = "reextractions", description = "Stored reports read again by the current extractor, in the background")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractionResource {
    private final Reextractions reextractions;

    public ReextractionResource(Reextractions reextractions) {
        this.reextractions = reextractions;
    }

    @GET
    @Operation(summary = "List re-extractions", description = "The latest jobs first, at most 100, with their progress.")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(schema = @Schema(implementation = ReextractionView.class, type = SchemaType.ARRAY)))
    public Uni<List<ReextractionView>> list() {
        return reextractions.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One re-extraction and its progress", description = "Total, done, failed and changed reports, "
            + "state, start and finish, and the reports that could not be read and why.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = ReextractionView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReextractionView> get(@Parameter(description = "Job id", example = "3") @PathParam("id") String id) {
        return reextractions.find(QueryParams.intInRange("id", id, 0, 1, Integer.MAX_VALUE));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a re-extraction", description = "Stops a running job after the report it is reading; the "
            + "reports it has not read keep their claims as they are. Answers the job, state CANCELLED (again for a job "
            + "cancelled before).")
    @APIResponse(responseCode = "200", description = "The job, cancelled", content = @Content(schema = @Schema(implementation = ReextractionView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job has finished", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReextractionView> cancel(@Parameter(description = "Job id", example = "3") @PathParam("id") String id) {
        return reextractions.cancel(QueryParams.intInRange("id", id, 0, 1, Integer.MAX_VALUE));
    }
}
