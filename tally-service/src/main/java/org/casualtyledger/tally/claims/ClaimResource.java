package org.casualtyledger.tally.claims;

import org.casualtyledger.claim.Outcome;
import org.casualtyledger.problem.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.casualtyledger.claim.Scope;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import org.casualtyledger.claim.ClaimBatch;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.casualtyledger.tally.history.LedgerAt;
import org.casualtyledger.problem.AsOf;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.casualtyledger.tally.ledger.BatchResult;
import org.casualtyledger.tally.ledger.BatchValidator;
import org.casualtyledger.tally.ledger.LedgerResource;
import org.casualtyledger.tally.ledger.LedgerWriter;
import org.casualtyledger.tally.query.Csv;
import org.casualtyledger.tally.query.Params;

@Path("/claims")
@Tag(name = "claims", description = "The claims in the ledger, each with its evidence")
public class ClaimResource {
    private final ClaimReader reader;
    private final ClaimView view;
    private final LedgerAt ledger;
    private final LedgerWriter writer;

    public ClaimResource(ClaimReader reader, ClaimView view, LedgerWriter writer, LedgerAt ledger) {
        this.reader = reader;
        this.view = view;
        this.ledger = ledger;
        this.writer = writer;
    }

    @POST
    @Path("batch")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upsert the full set of one report's claims",
            description = "The batch is every claim of its report: claims are upserted by id, claims of the report missing "
                    + "from the batch are removed, and events, series and rollups follow in the same transaction. "
                    + "Sending the same batch again changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimBatch.class), examples = @ExampleObject(name = "one claim", value = LedgerResource.BATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What the batch changed",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BatchResult> batch(ClaimBatch batch) {
        BatchValidator.check(batch);
        return writer.apply(batch);
    }


    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List claims", description = "Claims in a stable order (claim date, then id, unless sorted otherwise), filtered by group, "
            + "outcome, source, scope, report, event and a date range on the claim's date (incident date, or publication "
            + "date for running totals). Accept: text/csv gives the page as CSV.")
    @APIResponse(responseCode = "200", description = "One page of claims",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not parse (a bad date, an unknown outcome)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @Parameter(description = "Canonical group", example = "ISIS") @QueryParam("group") String group,
            @Parameter(description = "Outcome", example = "KILLED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Report source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "First claim date, inclusive", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last claim date, inclusive", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "INCIDENT or CUMULATIVE", example = "INCIDENT") @QueryParam("scope") String scope,
            @Parameter(description = "Only claims of this report", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") @QueryParam("reportId") String reportId,
            @Parameter(description = "Only claims of this event", example = "e-9a8b7c6d5e4f3a2b1c0d9e8f") @QueryParam("eventId") String eventId,
            @Parameter(description = ClaimQuery.SORT_DESCRIPTION, example = "-best") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf,
            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        ClaimQuery query = new ClaimQuery(Params.text("group", group, true), QueryParams.enumValue("outcome", outcome, Outcome.class),
                Params.text("source", source, false), QueryParams.date("from", from), QueryParams.date("to", to), scope(scope),
                Params.text("reportId", reportId, false), Params.text("eventId", eventId, false),
                ClaimQuery.SORT.orderBy(sort), Params.page(page), Params.size(size));
        QueryParams.checkOrder(query.from(), query.to());
        java.time.Instant at = AsOf.parse(asOf);
        return ledger.read(at, "claims " + query, db -> reader.list(db, query)).map(result -> Csv.wanted(accept)
                ? Csv.response(Csv.claims(result.items()))
                : Response.ok(result, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One claim", description = "A claim with its evidence sentence and span, its report's source and "
            + "date, and the event or series it was filed in; a corrected claim also shows its reading as received (original) "
            + "and its corrections, beside the corrected reading it is filed in.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = LedgerClaim.class)))
    @APIResponse(responseCode = "404", description = "No claim with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<LedgerClaim> one(@Parameter(description = "Claim id", example = "c-3f1a9b0c2d4e5f60718293a4") @PathParam("id") String id,
                                 @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        java.time.Instant at = AsOf.parse(asOf);
        if (at == null) {
            return view.of(id);
        }
        return ledger.read(at, "claim " + id, db -> reader.find(db, id)).map(found -> found.orElseThrow(() -> ProblemException.notFound("no claim " + id)));
    }

    private static Scope scope(String value) {
        if (Params.blank(value)) {
            return null;
        }
        try {
            return Scope.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("scope", "'" + value + "' is not INCIDENT or CUMULATIVE");
        }
    }

    @Schema(description = "One page of claims")
    public record ClaimPage(@Schema(description = "The claims") java.util.List<LedgerClaim> items,
                            @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }
}
