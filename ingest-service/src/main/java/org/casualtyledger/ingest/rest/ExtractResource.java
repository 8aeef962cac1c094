package org.casualtyledger.ingest.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.ingest.report.ReportInput;
import org.casualtyledger.ingest.report.ReportService;
import org.casualtyledger.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/extract")
@Tag(name = "extract", description = "Dry runs of the extractor")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "413", description = "Text over the per-report limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "The extractor could not read the text within ledger.extract.budget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExtractResource {
    private final ReportService reports;
    private final ReportInputs inputs;

    public ExtractResource(ReportService reports, ReportInputs inputs) {
        this.reports = reports;
        this.inputs = inputs;
    }

    @Schema(description = "The claims the extractor reads in a text")
    public record Extraction(List<Claim> claims) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims without storing", description = "Runs the same extractor as POST /reports; nothing is stored or delivered.")
    @APIResponse(responseCode = "200", description = "The claims", content = @Content(schema = @Schema(implementation = Extraction.class)))
    public Uni<Extraction> extract(@Valid @NotNull ReportInput input) {
        return reports.extract(input).map(Extraction::new);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extract claims from plain text without storing", description = "Metadata as query parameters; source defaults to 'dry-run'.")
    @APIResponse(responseCode = "200", description = "The claims", content = @Content(schema = @Schema(implementation = Extraction.class)))
    public Uni<Extraction> extractText(
            @Parameter(description = "The text", example = "Three civilians were killed in shelling on Hajin.") String text,
            @Parameter(description = "Publishing monitor", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "Publication date YYYY-MM-DD", example = "2019-01-26") @QueryParam("publishedAt") String publishedAt) {
        ReportInput input = inputs.fromPlainText(text, source == null || source.isBlank() ? "dry-run" : source, null, null, publishedAt, null);
        return reports.extract(input).map(Extraction::new);
    }
}
