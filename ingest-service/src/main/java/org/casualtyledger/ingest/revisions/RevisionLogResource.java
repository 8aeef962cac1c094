package org.casualtyledger.ingest.revisions;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.casualtyledger.claim.Page;
import org.casualtyledger.problem.AsOf;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/revisions")
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionLogResource {
    /** Deep enough for the audit to merge pages with the corrections. */
    static final int MAX_SIZE = 10_000;

    private final RevisionLog log;

    public RevisionLogResource(RevisionLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Every report revision",
            description = "The revisions of all reports, newest received first, without their text and claims: when each "
                    + "was received and superseded and which extractor read it.")
    @APIResponse(responseCode = "200", description = "A page of revisions", content = @Content(schema = @Schema(implementation = Page.class)))
    public Uni<Page<RevisionEntry>> list(
            @Parameter(description = "Received at or after (a date, or a time such as 2019-01-26T10:15:30Z)", example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Received before (a date counts whole)", example = "2019-01-31") @QueryParam("to") String to,
            @Parameter(description = "Only this source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 10000", example = "50") @QueryParam("size") String size,
            @Parameter(description = "The log as it stood at this time: revisions received by then, superseded only if "
                    + "replaced by then (ISO 8601 with offset, or a date meaning its start in UTC); now when absent",
                    example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf) {
        Instant start = QueryParams.instant("from", from, false);
        Instant end = QueryParams.instant("to", to, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw QueryParams.invalid("from", "must not be after to");
        }
        return log.list(new RevisionLog.Filter(start, end, source == null || source.isBlank() ? null : source.strip(), AsOf.parse(asOf)),
                QueryParams.intInRange("page", page, 0, 0, 100_000),
                QueryParams.intInRange("size", size, Page.DEFAULT_SIZE, 1, MAX_SIZE));
    }
}
