package org.casualtyledger.tally.corrections;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An event's corrections: a claim split off, another event joined. */
@Path("/events/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections")
public class EventCorrectionResource {
    private final Corrector corrector;

    public EventCorrectionResource(Corrector corrector) {
        this.corrector = corrector;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an event", description = "Splits a claim off the event (a SPLIT correction of that claim), or "
            + "joins another event into it (a JOIN correction of each of its claims, filed under this event's first claim).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventCorrectionRequest.class)))
    @APIResponse(responseCode = "201", description = "The corrections made, applied",
            content = @Content(schema = @Schema(implementation = Correction.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> correctEvent(@Parameter(description = "Event id", example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") @PathParam("id") String id,
            EventCorrectionRequest request, @HeaderParam(CorrectionInput.AUTHOR) String author) {
        return corrector.correctEvent(id, CorrectionInput.body(request), CorrectionInput.author(author)).map(c -> Response.status(201).entity(c).build());
    }
}
