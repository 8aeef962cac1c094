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

/** Every correction, newest first: the orphaned ones are listed here, never dropped. */
@Path("/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections")
public class CorrectionResource {
    static final int MAX_SIZE = 10_000;

    private final CorrectionReader reader;

    public CorrectionResource(CorrectionReader reader) {
        this.reader = reader;
    }

    @GET
    @Operation(summary = "Corrections", description = "Newest first, filtered by state (ACTIVE, ORPHANED: the claim is not in the "
            + "latest reading of its report), author, source and time made; as of a time, only those recorded by then.")
    @APIResponse(responseCode = "200", description = "A page of corrections", content = @Content(schema = @Schema(implementation = CorrectionPage.class)))
    public Uni<Page<Correction>> list(
            @Parameter(description = "active or orphaned", example = "orphaned") @QueryParam("state") String state,
            @Parameter(description = "The name of the key that made them", example = "Alice") @QueryParam("author") String author,
            @Parameter(description = "Source of the corrected claims", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "Made at or after (a date or a time)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Made before (a date counts whole)", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = AsOf.DESCRIPTION, example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 10000", example = "50") @QueryParam("size") String size) {
        Instant start = QueryParams.instant("from", from, false);
        Instant end = QueryParams.instant("to", to, true);
        return reader.list(new CorrectionQuery(QueryParams.enumValue("state", state, Correction.State.class), CorrectionInput.text("author", author),
                CorrectionInput.text("source", source), start, end, AsOf.parse(asOf), QueryParams.intInRange("page", page, 0, 0, 1_000_000),
                QueryParams.intInRange("size", size, Page.DEFAULT_SIZE, 1, MAX_SIZE)));
    }

    @Schema(description = "One page of corrections")
    public record CorrectionPage(List<Correction> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
                                 @Schema(example = "1") long total) {
    }
}
