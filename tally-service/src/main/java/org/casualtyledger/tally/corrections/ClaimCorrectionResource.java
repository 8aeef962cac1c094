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
import org.casualtyledger.problem.AsOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A claim's corrections: made here (the author from the gateway's header), listed here. */
@Path("/claims/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections", description = "Analysts' corrections of claims and events, kept beside the original reading")
public class ClaimCorrectionResource {
    private final Corrector corrector;
    private final CorrectionStore store;
    private final ReportReadings readings;

    public ClaimCorrectionResource(Corrector corrector, CorrectionStore store, ReportReadings readings) {
        this.corrector = corrector;
        this.store = store;
        this.readings = readings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a claim", description = "Changes fields of the claim or rejects it; a reason is required, the "
            + "author comes from the " + CorrectionInput.AUTHOR + " header. The claim is filed again in its corrected reading at once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClaimCorrectionRequest.class), examples = {
            @ExampleObject(name = "change", value = "{\"reason\":\"The bulletin says about 35\",\"value\":35,\"qualifier\":\"ABOUT\"}"),
            @ExampleObject(name = "reject", value = "{\"reason\":\"Repeats the morning figure\",\"reject\":\"SAME_INCIDENT\",\"sameAs\":\"c-13ca1f08cfa2186b7a4b9913\"}")}))
    @APIResponse(responseCode = "201", description = "The correction, applied", content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "400", description = "A missing reason, a bad value, an unknown claim named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> correctClaim(@Parameter(description = "Claim id", example = "c-3f1a9b0c2d4e5f60718293a4") @PathParam("id") String id,
            ClaimCorrectionRequest request, @HeaderParam(CorrectionInput.AUTHOR) String author) {
        return corrector.correctClaim(id, CorrectionInput.body(request), CorrectionInput.author(author)).map(c -> Response.status(201).entity(c).build());
    }

    @GET
    @Operation(summary = "A claim's corrections", description = "Oldest first, active and orphaned; as of a time, only those "
            + "recorded by then.")
    @APIResponse(responseCode = "200", description = "The corrections", content = @Content(schema = @Schema(implementation = Correction.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such claim, and no correction of it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<Correction>> ofClaim(@Parameter(description = "Claim id", example = "c-3f1a9b0c2d4e5f60718293a4") @PathParam("id") String id,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        Instant at = AsOf.parse(asOf);
        return store.ofClaim(id).map(all -> at == null ? all : all.stream().filter(c -> !c.createdAt().isAfter(at)).toList())
                .chain(list -> list.isEmpty()
                ? readings.claim(id).map(found -> found.map(f -> List.<Correction>of()).orElseThrow(() -> ProblemException.notFound("no claim " + id)))
                : Uni.createFrom().item(list));
    }
}
