package org.casualtyledger.ingest.revisions;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casualtyledger.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports/{id}/revisions")
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {
    private final Revisions revisions;

    public RevisionResource(Revisions revisions) {
        this.revisions = revisions;
    }

    @GET
    @Operation(summary = "The revisions of one report",
            description = "Every text the report has had under its source and url, oldest first: when each was received "
                    + "and superseded, the extractor that read it, and its claims. Only the current revision's claims count in the tallies.")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(schema = @Schema(implementation = RevisionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RevisionView>> list(@Parameter(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") @PathParam("id") String id) {
        return revisions.list(id);
    }
}
