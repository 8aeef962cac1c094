package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.casualtyledger.gateway.access.Allowed;
import org.casualtyledger.gateway.access.Role;
import org.casualtyledger.gateway.audit.AuditPage;
import org.casualtyledger.gateway.audit.AuditTrail;
import org.casualtyledger.gateway.client.Headers;
import org.casualtyledger.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: every correction and every report revision, newest first, composed by the gateway. */
@Path("/api/v1/audit")
@Tag(name = "Corrections")
public class AuditResource {
    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, LedgerResource.CSV})
    @Allowed(Role.READER)
    @Operation(operationId = "audit", summary = "Audit trail",
            description = "Every correction (who, when, what, why) and every report revision (when, which extractor read it), "
                    + "merged newest first. Accept: text/csv for CSV. Pages reach back " + AuditTrail.MAX_DEPTH + " entries.")
    @APIResponse(responseCode = "200", description = "A page of the trail",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)),
                @Content(mediaType = LedgerResource.CSV)})
    public Uni<Response> audit(
            @Parameter(description = "correction or revision", example = "correction") @QueryParam("kind") String kind,
            @Parameter(description = "Only corrections by this key name", example = "Alice") @QueryParam("author") String author,
            @Parameter(description = "Only this source", example = "SOHR") @QueryParam("source") String source,
            @Parameter(description = "At or after (a date, or a time such as 2026-12-06T02:30:00Z)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Before (a date counts whole)", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, at most 500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "The trail as it stood at this time: corrections made and revisions received by then, "
                    + "a revision superseded only by a text received by then (ISO 8601 with offset, or a date meaning its start "
                    + "in UTC); now when absent", example = "2026-03-01T12:00:00Z") @QueryParam("asOf") String asOf,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId) {
        AuditTrail.Query query = query(kind, author, source, from, to, asOf, page, size);
        boolean csv = accept != null && accept.toLowerCase(Locale.ROOT).contains(LedgerResource.CSV)
                && !accept.toLowerCase(Locale.ROOT).contains(MediaType.APPLICATION_JSON);
        return trail.page(query, requestId).map(result -> {
            if (result.refusal() != null) {
                return Relay.toPublic(result.refusal());
            }
            return csv ? Response.ok(result.page().csv(), LedgerResource.CSV + "; charset=UTF-8").build()
                    : Response.ok(result.page(), MediaType.APPLICATION_JSON).build();
        });
    }

    private static AuditTrail.Query query(String kind, String author, String source, String from, String to, String asOf,
                                          String page, String size) {
        String k = blankToNull(kind);
        if (k != null && !k.equals("correction") && !k.equals("revision")) {
            throw QueryParams.invalid("kind", "'" + kind + "' is not correction or revision");
        }
        int s = QueryParams.intInRange("size", size, 50, 1, 500);
        int p = QueryParams.intInRange("page", page, 0, 0, AuditTrail.MAX_DEPTH / s - 1);
        return new AuditTrail.Query(k, blankToNull(author), blankToNull(source), blankToNull(from), blankToNull(to),
                blankToNull(asOf), p, s);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
