package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casualtyledger.gateway.access.Allowed;
import org.casualtyledger.gateway.access.Role;
import org.casualtyledger.gateway.client.TallyClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public face of tally-service: the questions an analyst asks of the ledger. All reads. */
@Path("/api/v1")
@Tag(name = "Ledger", description = "Tallies, running totals, events, claims and discrepancies")
public class LedgerResource {
    static final String CSV = "text/csv";
    static final String GEO_JSON = "application/geo+json";

    private final TallyClient tally;

    LedgerResource(TallyClient tally) {
        this.tally = tally;
    }

    @GET
    @Path("/tallies")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Allowed(Role.READER)
    @Operation(operationId = "tallies", summary = "How many?",
            description = "Low, best and high for each group of the result, with the numbers of events, claims, reports and "
                    + "sources behind them, the method (events, series or both) and any discrepancy. Accept: text/csv for a CSV export.")
    @Parameter(name = "group", in = ParameterIn.QUERY, example = "ISIS", description = "Party or victim group")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, example = "KILLED", description = "KILLED, INJURED, CAPTURED, EXECUTED, MISSING, DISPLACED or SURRENDERED")
    @Parameter(name = "subgroup", in = ParameterIn.QUERY, example = "CHILDREN", description = "Subgroup such as CHILDREN or WOMEN")
    @Parameter(name = "location", in = ParameterIn.QUERY, example = "Deir Ezzor", description = "Place or province (a province includes its places)")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", description = "From date, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-12-31", description = "To date, YYYY-MM-DD")
    @Parameter(name = "source", in = ParameterIn.QUERY, example = "SOHR", description = "Only this source")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, example = "group,outcome",
            description = "Comma-separated: group, outcome, subgroup, location, province, source, month")
    @Parameter(name = "sort", in = ParameterIn.QUERY, example = "-best", description = "Order of the cells: low, best, high, events, claims, reports, sources or a groupBy dimension; a leading - for descending; then by key")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "The tallies")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> tallies(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.tallies(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/series")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "series", summary = "Running totals over time",
            description = "Points of each source's running total for charts, per day, week or month.")
    @Parameter(name = "group", in = ParameterIn.QUERY, example = "ISIS", description = "Party or victim group")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, example = "KILLED", description = "Outcome")
    @Parameter(name = "source", in = ParameterIn.QUERY, example = "SOHR", description = "Only this source")
    @Parameter(name = "interval", in = ParameterIn.QUERY, example = "month", description = "day, week or month")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", description = "From date, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-12-31", description = "To date, YYYY-MM-DD")
    @APIResponse(responseCode = "200", description = "The series and their points")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> series(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.series(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/events")
    @Produces({MediaType.APPLICATION_JSON, CSV, GEO_JSON})
    @Allowed(Role.READER)
    @Operation(operationId = "events", summary = "Events",
            description = "Incidents joined from the claims of one or more reports, with their estimate. "
                    + "Accept: text/csv for CSV, application/geo+json for the events that have coordinates.")
    @Parameter(name = "group", in = ParameterIn.QUERY, example = "ISIS", description = "Party or victim group")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, example = "KILLED", description = "Outcome")
    @Parameter(name = "location", in = ParameterIn.QUERY, example = "Deir Ezzor", description = "Place or province")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", description = "From date, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-12-31", description = "To date, YYYY-MM-DD")
    @Parameter(name = "sort", in = ParameterIn.QUERY, example = "-best", description = "Order: firstDate, lastDate, group, outcome, place, best or claims; a leading - for descending; then by id")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "A page of events")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> events(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.events(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/events/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "event", summary = "One event",
            description = "The event with its claims, their evidence sentences and the reasons they were joined.")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> event(@Parameter(description = "Event id", example = "e-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.event(id, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/claims")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Allowed(Role.READER)
    @Operation(operationId = "claims", summary = "Claims in the ledger",
            description = "Every claim the tally holds, filtered; Accept: text/csv for a CSV export.")
    @Parameter(name = "group", in = ParameterIn.QUERY, example = "ISIS", description = "Party or victim group")
    @Parameter(name = "outcome", in = ParameterIn.QUERY, example = "KILLED", description = "Outcome")
    @Parameter(name = "source", in = ParameterIn.QUERY, example = "SOHR", description = "Only this source")
    @Parameter(name = "reportId", in = ParameterIn.QUERY, example = "r-0123456789abcdef01234567", description = "Only this report")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", description = "From date, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-12-31", description = "To date, YYYY-MM-DD")
    @Parameter(name = "sort", in = ParameterIn.QUERY, example = "-best", description = "Order: date, publishedAt, source, best, outcome, group or scope; a leading - for descending; then by id")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> claims(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.claims(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/claims/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "claim", summary = "One claim", description = "The claim with its evidence and its report.")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> claim(@Parameter(description = "Claim id", example = "c-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.claim(id, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/discrepancies")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "discrepancies", summary = "Discrepancies",
            description = "Running totals that fell, and series that disagree with the sum of their events: shown, never hidden.")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "A page of discrepancies")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, example = "2026-03-01T12:00:00Z",
            description = "Answer as the ledger stood at this time (ISO 8601 with offset, or a date meaning its start in UTC), built only from what it had recorded by then; now when absent")
    public Uni<Response> discrepancies(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.discrepancies(Relay.forwarding(uri, headers)));
    }

    static final String NDJSON = "application/x-ndjson";

    /** The sync loop of the public document (docs/api.md has the same). */
    static final String SYNC_LOOP = """
            A downstream copy stays in sync by reading on from the last cursor it applied:

            ```sh
            cursor=$(cat cursor 2>/dev/null || echo 0)
            while true; do
              page=$(curl -s "http://localhost:8080/api/v1/changes?after=$cursor&limit=1000" -H "X-API-Key: $KEY")
              echo "$page" | jq -c '.items[]' | while read -r change; do
                apply "$change"   # CREATED/UPDATED: upsert .data by .entity and .id; SUPERSEDED/RETRACTED: delete .id
              done
              next=$(echo "$page" | jq -r .next)
              [ "$next" = "$cursor" ] && sleep 10   # nothing new yet
              cursor=$next; echo "$cursor" > cursor
            done
            ```

            With `Accept: application/x-ndjson` each line is one change and the next `after` is the last line's `cursor`.""";

    @GET
    @Path("/changes")
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Allowed(Role.READER)
    @Operation(operationId = "changes", summary = "The feed of changes",
            description = "Every change to claims, events and series (CREATED, UPDATED, SUPERSEDED, RETRACTED) in one total "
                    + "order, oldest first, after the cursor given; cursors survive restarts, and no change is skipped or "
                    + "listed twice, deletions included.\n\n" + SYNC_LOOP)
    @Parameter(name = "after", in = ParameterIn.QUERY, example = "1042", description = "Cursor of the last change read (opaque); none or 0 for the beginning")
    @Parameter(name = "limit", in = ParameterIn.QUERY, example = "100", description = "Most changes to answer, 1 to 1000 (default 100)")
    @APIResponse(responseCode = "200", description = "The next changes (JSON: items and the next cursor; NDJSON: one change per line)")
    @APIResponse(responseCode = "400", description = "A cursor that is not one, or a limit out of range")
    public Uni<Response> changes(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(tally.changes(Relay.forwarding(uri, headers)));
    }
}
