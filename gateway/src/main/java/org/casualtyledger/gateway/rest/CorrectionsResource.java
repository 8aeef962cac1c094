package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.casualtyledger.gateway.access.Allowed;
import org.casualtyledger.gateway.access.Role;
import org.casualtyledger.gateway.client.TallyClient;
import org.casualtyledger.gateway.limits.BodyLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Analysts' corrections of claims and events. The author of a correction is the name configured for the key that
 * made it ({@code ledger.access.names}), handed to tally-service by the gateway alone: nothing in the request sets it.
 */
@Path("/api/v1")
@Tag(name = "Corrections", description = "An analyst's corrections of claims and events, kept beside the original reading")
public class CorrectionsResource {
    static final String CHANGE_EXAMPLE = "{\"reason\":\"The bulletin says 35, the figure was read from the date\",\"value\":35,\"qualifier\":\"ABOUT\"}";
    static final String REJECT_EXAMPLE = "{\"reason\":\"Repeats the Hajin figure of the morning bulletin\",\"reject\":\"SAME_INCIDENT\",\"sameAs\":\"c-13ca1f08cfa2186b7a4b9913\"}";
    static final String SPLIT_EXAMPLE = "{\"reason\":\"A different village, the gazetteer confused the two\",\"split\":\"c-3f1a9b0c2d4e5f60718293a4\"}";
    static final String JOIN_EXAMPLE = "{\"reason\":\"The same shelling, dated a day apart\",\"join\":\"e-9a8b7c6d5e4f3a2b1c0d9e8f\"}";

    private final TallyClient tally;
    private final BodyLimits limits;

    CorrectionsResource(TallyClient tally, BodyLimits limits) {
        this.tally = tally;
        this.limits = limits;
    }

    @POST
    @Path("/claims/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ANALYST)
    @Operation(operationId = "correctClaim", summary = "Correct a claim",
            description = "Changes any of value, qualifier, outcome, group, subgroup, scope, periodStart, periodEnd, parentId, "
                    + "place and province, or rejects the claim (reject: NOT_A_CASUALTY_FIGURE, or SAME_INCIDENT with sameAs). "
                    + "A reason is required. The author is the name of the key that made the correction. Tallies, series, "
                    + "events and exports use the corrected reading and say corrected: true; the original stays visible.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "change", value = CHANGE_EXAMPLE), @ExampleObject(name = "reject", value = REJECT_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "The correction, applied")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Uni<Response> correctClaim(@Parameter(description = "Claim id", example = "c-0123456789abcdef01234567") @PathParam("id") String id,
            byte[] body, @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext caller) {
        limits.check(uri.getPath(), body);
        return Relay.relay(tally.correctClaim(id, body, Relay.forwarding(uri, headers), caller.getUserPrincipal().getName()));
    }

    @POST
    @Path("/events/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ANALYST)
    @Operation(operationId = "correctEvent", summary = "Correct an event",
            description = "Splits one of its claims off into an event of its own (split: claim id), or joins another event into "
                    + "this one (join: event id). A reason is required; the author is the name of the key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "split", value = SPLIT_EXAMPLE), @ExampleObject(name = "join", value = JOIN_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "The corrections made, applied")
    @APIResponse(responseCode = "404", description = "No such event")
    public Uni<Response> correctEvent(@Parameter(description = "Event id", example = "e-0123456789abcdef01234567") @PathParam("id") String id,
            byte[] body, @Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext caller) {
        limits.check(uri.getPath(), body);
        return Relay.relay(tally.correctEvent(id, body, Relay.forwarding(uri, headers), caller.getUserPrincipal().getName()));
    }

    @GET
    @Path("/claims/{id}/corrections")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "claimCorrections", summary = "A claim's corrections",
            description = "Every correction of the claim, oldest first, with author, reason, time and state.")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Only the corrections recorded by this time (ISO 8601 with offset, or a date meaning its start in UTC), as the ledger stood then; all when absent")
    @APIResponse(responseCode = "200", description = "The corrections")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Uni<Response> claimCorrections(@Parameter(description = "Claim id", example = "c-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.claimCorrections(id, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/corrections")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "corrections", summary = "Corrections",
            description = "Every correction, newest first; state=orphaned lists those whose claim a later reading of its report no longer has.")
    @Parameter(name = "state", in = ParameterIn.QUERY, example = "orphaned", description = "active or orphaned")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Only the corrections recorded by this time (ISO 8601 with offset, or a date meaning its start in UTC), as the ledger stood then; all when absent")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "A page of corrections")
    public Uni<Response> corrections(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.corrections(Relay.forwarding(uri, headers)));
    }
}
