package org.casualtyledger.ingest.reextract;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casualtyledger.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports/reextract")
@Tag(name = "reextractions")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractResource {
    private final Reextractions reextractions;
    private final ReextractionRunner runner;

    public ReextractResource(Reextractions reextractions, ReextractionRunner runner) {
        this.reextractions = reextractions;
        this.runner = runner;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read stored reports again", description = "Starts a job that reads the reports the filter selects "
            + "with the current extractor, in the background and in batches. Claims that come out the same (same id, same content) "
            + "change nothing downstream; a report whose claims changed sends its new claim set to the ledger like any revision; "
            + "a report not read before is read. Follow the job at /reextractions/{id} (the Location header).")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = ReextractionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter (olderThan names no version that ran here)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A job with the same filter is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start(@Valid ReextractionFilter filter) {
        return reextractions.start(filter).invoke(runner::wake)
                .map(job -> Response.accepted(job).location(URI.create("/reextractions/" + job.id())).build());
    }
}
