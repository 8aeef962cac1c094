package org.casualtyledger.tally.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Tag(name = "changes", description = "Every change to claims, events and series, in order, for keeping a copy in sync")
public class ChangeResource {
    public static final String NDJSON = "application/x-ndjson";
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    /** The sync loop of the OpenAPI document and the API guide. */
    static final String SYNC_LOOP = """
            A copy stays in sync by reading on from the last cursor it applied, forever:

            ```sh
            cursor=$(cat cursor 2>/dev/null || echo 0)
            while true; do
              page=$(curl -s "$LEDGER/changes?after=$cursor&limit=1000" -H "X-API-Key: $KEY")
              echo "$page" | jq -c '.items[]' | while read -r change; do
                apply "$change"   # CREATED/UPDATED: upsert .data by .entity and .id; SUPERSEDED/RETRACTED: delete .id
              done
              next=$(echo "$page" | jq -r .next)
              [ "$next" = "$cursor" ] && sleep 10   # nothing new: wait
              cursor=$next; echo "$cursor" > cursor
            done
            ```

            With `Accept: application/x-ndjson` each line is one change; the next `after` is the last line's `cursor`.""";

    private final ChangeReader reader;
    private final ObjectMapper json;

    public ChangeResource(ChangeReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "The feed of changes", description = "Every change to claims, events and series (CREATED, UPDATED, "
            + "SUPERSEDED, RETRACTED) in one total order, oldest first, after the cursor given (from the beginning without one). "
            + "Cursors survive restarts; a change is never listed twice or skipped, deletions included. A claim delivered again "
            + "unchanged makes no change.\n\n" + SYNC_LOOP)
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to read on from",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)),
                    @Content(mediaType = NDJSON, schema = @Schema(implementation = ChangeView.class))})
    @APIResponse(responseCode = "400", description = "A cursor that is not one, or a limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> changes(
            @Parameter(description = "The cursor of the last change already read; none or 0 for the beginning", example = "1042")
            @QueryParam("after") String after,
            @Parameter(description = "Most changes to answer, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")", example = "100")
            @QueryParam("limit") String limit,
            @HeaderParam("Accept") String accept) {
        long position = Cursor.parse(after);
        int most = limit(limit);
        boolean lines = accept != null && accept.toLowerCase(Locale.ROOT).startsWith(NDJSON);
        return reader.after(position, most).map(items -> {
            if (lines) {
                return Response.ok(ndjson(items), NDJSON).build();
            }
            String next = items.isEmpty() ? Cursor.of(position) : items.get(items.size() - 1).cursor();
            return Response.ok(new ChangePage(items, next), MediaType.APPLICATION_JSON).build();
        });
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw QueryParams.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", was '" + value + "'");
    }

    private String ndjson(List<ChangeView> items) {
        StringBuilder out = new StringBuilder();
        try {
            for (ChangeView item : items) {
                out.append(json.writeValueAsString(item)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @Schema(description = "Changes in order and where to read on")
    public record ChangePage(@Schema(description = "The changes, oldest first") List<ChangeView> items,
                             @Schema(description = "Cursor to pass as `after` next: the last change's, or the one given when there was none",
                                     example = "1042") String next) {
    }
}
