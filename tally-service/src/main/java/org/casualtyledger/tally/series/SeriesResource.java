package org.casualtyledger.tally.series;

import org.casualtyledger.claim.Outcome;
import org.casualtyledger.problem.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.tally.history.LedgerAt;
import org.casualtyledger.problem.AsOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.casualtyledger.tally.query.Params;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "series", description = "Sources' running totals and where they fall")
public class SeriesResource {
    private final SeriesReader reader;
    private final LedgerAt ledger;

    public SeriesResource(SeriesReader reader, LedgerAt ledger) {
        this.reader = reader;
        this.ledger = ledger;
    }

    @GET
    @Path("series")
    @Operation(summary = "Running totals as chart points", description = "Each series is one source's running total for a "
            + "group, outcome, subgroup and period start; its points give, per interval, the latest figure published in it "
            + "(the value as of the interval's end). Series in a stable order: source, group, outcome, subgroup, period start.")
    @APIResponse(responseCode = "200", description = "One page of series",
            content = @Content(schema = @Schema(implementation = SeriesPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not parse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<SeriesView>> series(
            @Parameter(description = "Canonical group", example = "ISIS") @QueryParam("group") String group,
            @Parameter(description = "Outcome", example = "KILLED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Subgroup", example = "CHILDREN") @QueryParam("subgroup") String subgroup,
            @Parameter(description = "Source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "day, week or month (default month)", example = "month") @QueryParam("interval") String interval,
            @Parameter(description = "First publication date, inclusive", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last publication date, inclusive", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        SeriesQuery query = new SeriesQuery(Params.text("group", group, true), QueryParams.enumValue("outcome", outcome, Outcome.class),
                Params.text("subgroup", subgroup, true), Params.text("source", source, false), interval(interval),
                QueryParams.date("from", from), QueryParams.date("to", to), Params.page(page), Params.size(size));
        QueryParams.checkOrder(query.from(), query.to());
        java.time.Instant at = AsOf.parse(asOf);
        return ledger.read(at, "series " + query, db -> reader.list(db, query));
    }

    @GET
    @Path("discrepancies")
    @Operation(summary = "Running totals that fell", description = "Every time a source published a running total lower "
            + "than its previous figure (1250 then 1205): stored when the claim arrived, listed here in publication order, "
            + "never hidden or corrected.")
    @APIResponse(responseCode = "200", description = "One page of discrepancies",
            content = @Content(schema = @Schema(implementation = DiscrepancyPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not parse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<Discrepancy>> discrepancies(
            @Parameter(description = "Canonical group", example = "ISIS") @QueryParam("group") String group,
            @Parameter(description = "Outcome", example = "KILLED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "First publication date, inclusive", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last publication date, inclusive", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        var o = QueryParams.enumValue("outcome", outcome, Outcome.class);
        var fromDate = QueryParams.date("from", from);
        var toDate = QueryParams.date("to", to);
        QueryParams.checkOrder(fromDate, toDate);
        String g = Params.text("group", group, true);
        String s = Params.text("source", source, false);
        int p = Params.page(page);
        int n = Params.size(size);
        java.time.Instant at = AsOf.parse(asOf);
        String question = String.join("|", "discrepancies", g, o == null ? null : o.name(), s, String.valueOf(fromDate),
                String.valueOf(toDate), String.valueOf(p), String.valueOf(n));
        return ledger.read(at, question, db -> reader.discrepancies(db, g, o == null ? null : o.name(), s, fromDate, toDate, p, n));
    }

    private static SeriesQuery.Interval interval(String value) {
        if (Params.blank(value)) {
            return SeriesQuery.Interval.MONTH;
        }
        try {
            return SeriesQuery.Interval.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("interval", "'" + value + "' is not day, week or month");
        }
    }

    @Schema(description = "One page of series")
    public record SeriesPage(@Schema(description = "The series") List<SeriesView> items,
                             @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }

    @Schema(description = "One page of discrepancies")
    public record DiscrepancyPage(@Schema(description = "The discrepancies") List<Discrepancy> items,
                                  @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }
}
