package org.casualtyledger.tally.tallies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.QueryParams;
import org.casualtyledger.problem.SortOrder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.tally.history.LedgerAt;
import org.casualtyledger.problem.AsOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.casualtyledger.tally.query.Csv;
import org.casualtyledger.tally.query.Params;

@Path("/tallies")
@Tag(name = "tallies", description = "How many? Ranges from events and running totals, side by side")
public class TallyResource {
    private final TallyReader reader;
    private final LedgerAt ledger;
    private final Timer queryTime;
    private final ObjectMapper json;

    public TallyResource(TallyReader reader, LedgerAt ledger, MeterRegistry registry, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
        this.ledger = ledger;
        this.queryTime = Timer.builder("ledger.tally.query")
                .description("Time to answer a tally query")
                .publishPercentileHistogram()
                .register(registry);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Tally casualties", description = "For each group of the result: low, best and high; the numbers "
            + "of events, claims, reports and sources behind it; the method (events, series or both); and where a source's "
            + "running total and the events it reported disagree, the disagreement. Breakdown children (\"including 141 "
            + "children\") and restated figures never add to a tally; running totals are never added to incident events: "
            + "when both answer, the cell's figure is the larger, and both are shown. A location on a province includes "
            + "the places inside it. Accept: text/csv gives the page as CSV.")
    @APIResponse(responseCode = "200", description = "One page of tally cells, ordered by key unless sorted otherwise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TallyPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter does not parse (a bad date, an unknown outcome or groupBy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> tallies(
            @Parameter(description = "Canonical group", example = "ISIS") @QueryParam("group") String group,
            @Parameter(description = "Outcome", example = "KILLED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Subgroup (CHILDREN, WOMEN, LEADERS, a nationality)", example = "CHILDREN") @QueryParam("subgroup") String subgroup,
            @Parameter(description = "A place, or a province with every place in it", example = "Deir ez-Zor") @QueryParam("location") String location,
            @Parameter(description = "Report source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "First date, inclusive", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last date, inclusive", example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "Comma-separated: group, outcome, subgroup, location, province, source, month", example = "group,outcome")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "events: from the events alone, without running totals and their disagreements "
                    + "(lighter, e.g. for a chart of events over time); default both", example = "events")
            @QueryParam("method") String method,
            @Parameter(description = TallyOrder.DESCRIPTION, example = "-best") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf,
            @HeaderParam("Accept") String accept) {
        TallyQuery query = new TallyQuery(Params.text("group", group, true), QueryParams.enumValue("outcome", outcome, Outcome.class),
                Params.text("subgroup", subgroup, true), Params.text("location", location, false),
                Params.text("source", source, false), QueryParams.date("from", from), QueryParams.date("to", to),
                dimensions(groupBy), Params.page(page), Params.size(size));
        QueryParams.checkOrder(query.from(), query.to());
        SortOrder.Choice order = TallyOrder.choose(sort, query);
        Timer.Sample sample = Timer.start();
        Instant at = AsOf.parse(asOf);
        boolean eventsOnly = eventsOnly(method);
        // Every page is cut from the same cells: they are remembered for the question without its page.
        String question = "tallies " + (eventsOnly ? "events " : "") + query.withPage(0, 1);
        boolean asCsv = Csv.wanted(accept);
        String pageKey = order + " " + query.page() + "/" + query.size() + (asCsv ? " csv" : " json");
        Function<TallyAnswer, byte[]> writePage = answer -> answer.page(pageKey, () -> {
            Page<Tally> result = TallyReader.page(query, TallyOrder.sorted(answer.cells(), order));
            return asCsv ? csv(query, result.items()).getBytes(StandardCharsets.UTF_8) : json(result);
        });
        // The page asked is written with the answer, so that an answer computed ahead of its readers has it written.
        return ledger.readRemembered(at, question, db -> reader.cells(db, query, eventsOnly).map(TallyAnswer::new).invoke(writePage::apply))
                .map(writePage)
                .eventually(() -> sample.stop(queryTime))
                .map(body -> asCsv ? Csv.response(body) : Response.ok(body, MediaType.APPLICATION_JSON).build());
    }

    private byte[] json(Page<Tally> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tally page cannot be written as JSON", e);
        }
    }

    private static boolean eventsOnly(String method) {
        String m = Params.text("method", method, false);
        if (m == null || m.equalsIgnoreCase("both")) {
            return false;
        }
        if (m.equalsIgnoreCase("events")) {
            return true;
        }
        throw QueryParams.invalid("method", "'" + m + "' is not events or both");
    }

    private static List<Dimension> dimensions(String groupBy) {
        try {
            return Dimension.parseList(Params.text("groupBy", groupBy, false));
        } catch (IllegalArgumentException e) {
            throw QueryParams.invalid("groupBy", e.getMessage());
        }
    }

    private static String csv(TallyQuery query, List<Tally> tallies) {
        List<String> header = new ArrayList<>();
        query.groupBy().forEach(d -> header.add(d.parameter()));
        header.addAll(Arrays.asList("low", "best", "high", "method", "events", "claims", "reports", "sources",
                "eventsBest", "seriesBest", "discrepancies", "corrected"));
        List<List<Object>> rows = new ArrayList<>();
        for (Tally t : tallies) {
            List<Object> row = new ArrayList<>(t.key().values());
            row.addAll(Arrays.asList(t.low(), t.best(), t.high(), t.method(), t.events(), t.claims(), t.reports(), t.sources(),
                    t.fromEvents() == null ? null : t.fromEvents().best(), t.fromSeries() == null ? null : t.fromSeries().best(),
                    t.discrepancies().size(), t.corrected()));
            rows.add(row);
        }
        return Csv.table(header, rows);
    }

    @Schema(description = "One page of tally cells")
    public record TallyPage(@Schema(description = "The cells") List<Tally> items,
                            @Schema(example = "0") int page, @Schema(example = "50") int size, @Schema(example = "1") long total) {
    }
}
