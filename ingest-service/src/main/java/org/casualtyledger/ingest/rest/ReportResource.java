package org.casualtyledger.ingest.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Page;
import org.casualtyledger.ingest.report.IngestResult;
import org.casualtyledger.ingest.report.ReportFilter;
import org.casualtyledger.ingest.report.ReportInput;
import org.casualtyledger.ingest.report.ReportService;
import org.casualtyledger.ingest.report.ReportView;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Tag(name = "reports", description = "Bulletins received, their claims, and their retraction")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportResource {
    private final ReportService reports;
    private final ReportInputs inputs;

    public ReportResource(ReportService reports, ReportInputs inputs) {
        this.reports = reports;
        this.inputs = inputs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a report", description = "Stores the report once per source and content, extracts its claims and queues them for the ledger. "
            + "A report received again answers 200 with the stored report and created=false. A text the extractor cannot read "
            + "within ledger.extract.budget (or at all) is stored anyway and answers 202 with read=false; it is read again later.")
    @APIResponse(responseCode = "201", description = "Stored now", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "202", description = "Stored now, not read yet: its claims follow when it is read again", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "Already stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "413", description = "Text over the per-report limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither JSON nor text/plain", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ingest(@Valid @NotNull ReportInput input) {
        return reports.ingest(input).map(ReportResource::created);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest a report sent as plain text", description = "The same as the JSON form, with the metadata as query parameters.")
    @APIResponse(responseCode = "201", description = "Stored now", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "202", description = "Stored now, not read yet: its claims follow when it is read again", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "Already stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    public Uni<Response> ingestText(
            @Parameter(description = "The report text", example = "At least 12 members of the organization were killed in Al-Baghuz.") String text,
            @Parameter(description = "Publishing monitor", example = "SOHR", required = true) @QueryParam("source") String source,
            @Parameter(description = "Report URL", example = "https://example.org/2019/01/26/baghuz") @QueryParam("url") String url,
            @Parameter(description = "Report title", example = "Clashes east of the Euphrates") @QueryParam("title") String title,
            @Parameter(description = "Publication date YYYY-MM-DD", example = "2019-01-26") @QueryParam("publishedAt") String publishedAt,
            @Parameter(description = "Language code", example = "en") @QueryParam("language") String language) {
        ReportInput input = inputs.fromPlainText(text, source, url, title, publishedAt, language);
        return reports.ingest(input).map(ReportResource::created);
    }

    @GET
    @Operation(summary = "List reports", description = "Newest publication first, then by id, unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(schema = @Schema(implementation = Page.class)))
    public Uni<Page<ReportView>> list(
            @Parameter(description = "Only this source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "Published on or after (YYYY-MM-DD)", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Published on or before (YYYY-MM-DD)", example = "2019-01-31") @QueryParam("to") String to,
            @Parameter(description = ReportFilter.SORT_DESCRIPTION, example = "source") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") String size) {
        ReportFilter filter = new ReportFilter(blankToNull(source), QueryParams.date("from", from), QueryParams.date("to", to));
        QueryParams.checkOrder(filter.from(), filter.to());
        return reports.list(filter, ReportFilter.SORT.orderBy(sort), QueryParams.intInRange("page", page, 0, 0, 100_000),
                QueryParams.intInRange("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one report", description = "The stored report with its text.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReportView> get(@Parameter(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") @PathParam("id") String id) {
        return reports.find(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "The claims of one report", description = "In text order.")
    @APIResponse(responseCode = "200", description = "The claims", content = @Content(schema = @Schema(implementation = Claim.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<Claim>> claims(@Parameter(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") @PathParam("id") String id) {
        return reports.claimsOf(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Retract a report", description = "Deletes the report and its claims here and retracts them from the ledger (delivered through the outbox).")
    @APIResponse(responseCode = "200", description = "Retracted", content = @Content(examples = @ExampleObject(name = "retracted", value = "{\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"retractedClaims\":12}")))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Map<String, Object>> retract(@Parameter(description = "Report id", example = "r-5b2c0d9e8f7a6b5c4d3e2f10") @PathParam("id") String id) {
        return reports.retract(id).map(removed -> Map.of("reportId", id, "retractedClaims", removed));
    }

    private static Response created(IngestResult result) {
        return Response.status(status(result)).entity(result).build();
    }

    /** 201 stored and read, 202 stored but not read yet (read again later), 200 stored before. */
    static int status(IngestResult result) {
        if (!result.created()) {
            return 200;
        }
        return result.read() ? 201 : 202;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
