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

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections", description = "Analysts' corrections of claims and events, kept beside the original reading")
public class CorrectionResource {
    /** Percent-encoded UTF-8 name of the key that made the correction; the gateway sets it, nothing else should. */
    public static final String AUTHOR = "X-Correction-Author";
    static final int MAX_SIZE = 10_000;

    private final Corrector corrector;
    private final CorrectionStore store;
    private final CorrectionReader reader;
    private final ReportReadings readings;

    public CorrectionResource(Corrector corrector, CorrectionStore store, CorrectionReader reader, ReportReadings readings) {
        this.corrector = corrector;
        this.store = store;
        this.reader = reader;
        this.readings = readings;
    }

    @POST
    @Path("claims/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a claim", description = "Changes fields of the claim or rejects it; a reason is required, the "
            + "author comes from the " + AUTHOR + " header. The claim is filed again in its corrected reading at once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClaimCorrectionRequest.class), examples = {
            @ExampleObject(name = "change", value = "{\"reason\":\"The bulletin says about 35\",\"value\":35,\"qualifier\":\"ABOUT\"}"),
            @ExampleObject(name = "reject", value = "{\"reason\":\"Repeats the morning figure\",\"reject\":\"SAME_INCIDENT\",\"sameAs\":\"c-13ca1f08cfa2186b7a4b9913\"}")}))
    @APIResponse(responseCode = "201", description = "The correction, applied", content = @Content(schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "400", description = "A missing reason, a bad value, an unknown claim named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> correctClaim(@Parameter(description = "Claim id", example = "c-3f1a9b0c2d4e5f60718293a4") @PathParam("id") String id,
            ClaimCorrectionRequest request, @HeaderParam(AUTHOR) String author) {
        return corrector.correctClaim(id, body(request), author(author)).map(c -> Response.status(201).entity(c).build());
    }

    @POST
    @Path("events/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an event", description = "Splits a claim off the event (a SPLIT correction of that claim), or "
            + "joins another event into it (a JOIN correction of each of its claims, filed under this event's first claim).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventCorrectionRequest.class)))
    @APIResponse(responseCode = "201", description = "The corrections made, applied",
            content = @Content(schema = @Schema(implementation = Correction.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> correctEvent(@Parameter(description = "Event id", example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") @PathParam("id") String id,
            EventCorrectionRequest request, @HeaderParam(AUTHOR) String author) {
        return corrector.correctEvent(id, body(request), author(author)).map(c -> Response.status(201).entity(c).build());
    }

    @GET
    @Path("claims/{id}/corrections")
    @Operation(summary = "A claim's corrections", description = "Oldest first, active and orphaned.")
    @APIResponse(responseCode = "200", description = "The corrections", content = @Content(schema = @Schema(implementation = Correction.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such claim, and no correction of it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<Correction>> ofClaim(@Parameter(description = "Claim id", example = "c-3f1a9b0c2d4e5f60718293a4") @PathParam("id") String id) {
        return store.ofClaim(id).chain(list -> list.isEmpty()
                ? readings.claim(id).map(found -> found.map(f -> List.<Correction>of()).orElseThrow(() -> ProblemException.notFound("no claim " + id)))
                : Uni.createFrom().item(list));
    }

    @GET
    @Path("corrections")
    @Operation(summary = "Corrections", description = "Newest first, filtered by state (ACTIVE, ORPHANED: the claim is not in the "
            + "latest reading of its report), author, source and time made.")
    @APIResponse(responseCode = "200", description = "A page of corrections", content = @Content(schema = @Schema(implementation = CorrectionPage.class)))
    public Uni<Page<Correction>> list(
            @Parameter(description = "active or orphaned", example = "orphaned") @QueryParam("state") String state,
            @Parameter(description = "The name of the key that made them", example = "Alice") @QueryParam("author") String author,
            @Parameter(description = "Source of the corrected claims", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "Made at or after (a date or a time)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Made before (a date counts whole)", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 10000", example = "50") @QueryParam("size") String size) {
        Instant start = QueryParams.instant("from", from, false);
        Instant end = QueryParams.instant("to", to, true);
        return reader.list(new CorrectionQuery(QueryParams.enumValue("state", state, Correction.State.class), text("author", author),
                text("source", source), start, end, QueryParams.intInRange("page", page, 0, 0, 1_000_000),
                QueryParams.intInRange("size", size, Page.DEFAULT_SIZE, 1, MAX_SIZE)));
    }

    @Schema(description = "One page of corrections")
    public record CorrectionPage(List<Correction> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
                                 @Schema(example = "1") long total) {
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw CorrectionRules.invalid("reason", "a correction needs a body with a reason");
        }
        return request;
    }

    private static String text(String field, String value) {
        if (CorrectionRules.blank(value)) {
            return null;
        }
        CorrectionRules.text(field, value);
        return value.strip();
    }

    private static String author(String header) {
        String name = CorrectionRules.blank(header) ? null : URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
        if (CorrectionRules.blank(name)) {
            throw new ProblemException(Problem.of(400, "invalid-correction", "Invalid correction",
                    AUTHOR + ": the author of a correction is required (the gateway names the key that made it)"));
        }
        CorrectionRules.text("author", name);
        return name;
    }
}
