package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.casualtyledger.gateway.client.IngestClient;
import org.casualtyledger.gateway.limits.BodyLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public face of ingest-service's reports: submit bulletins, read them back, retract them. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Bulletins as received and the claims extracted from them")
public class ReportsResource {
    static final String NDJSON = "application/x-ndjson";
    static final String REPORT_EXAMPLE = "{\"source\":\"SOHR\",\"url\":\"https://example.org/bulletins/2026-03-04\","
            + "\"title\":\"Clashes east of Deir Ezzor\",\"publishedAt\":\"2026-03-04\",\"language\":\"en\","
            + "\"text\":\"At least 12 members of ISIS were killed in clashes with SDF near Al-Busayrah.\"}";

    private final IngestClient ingest;
    private final BodyLimits limits;

    ReportsResource(IngestClient ingest, BodyLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUBMITTER)
    @Operation(operationId = "submitReport", summary = "Submit a bulletin",
            description = "Stores the report once per source and content and returns its extracted claims. "
                    + "201 for a new report, 200 with created=false when the same text from the same source was already stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored; the report and its claims")
    @APIResponse(responseCode = "200", description = "Already stored; the existing report and its claims")
    public Uni<Response> submit(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.submitJson(body, Relay.forwarding(uri, headers)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUBMITTER)
    @Operation(operationId = "submitReportText", summary = "Submit a bulletin as plain text",
            description = "The same as the JSON form; the metadata comes as query parameters.")
    @Parameter(name = "source", in = ParameterIn.QUERY, required = true, example = "SOHR", description = "Who published the bulletin")
    @Parameter(name = "url", in = ParameterIn.QUERY, example = "https://example.org/bulletins/2026-03-04", description = "Where it was published")
    @Parameter(name = "title", in = ParameterIn.QUERY, example = "Clashes east of Deir Ezzor", description = "Its title")
    @Parameter(name = "publishedAt", in = ParameterIn.QUERY, example = "2026-03-04", description = "Publication date, YYYY-MM-DD")
    @Parameter(name = "language", in = ParameterIn.QUERY, example = "en", description = "Language code")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            examples = @ExampleObject(name = "text", value = "At least 12 members of ISIS were killed in clashes with SDF near Al-Busayrah.")))
    @APIResponse(responseCode = "201", description = "Stored; the report and its claims")
    @APIResponse(responseCode = "200", description = "Already stored; the existing report and its claims")
    public Uni<Response> submitText(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.submitText(body, Relay.forwarding(uri, headers)));
    }

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Allowed(Role.SUBMITTER)
    @Operation(operationId = "submitReportBatch", summary = "Submit many bulletins",
            description = "One report JSON per line in, one result per line out, in the same order.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            examples = @ExampleObject(name = "two reports", value = REPORT_EXAMPLE + "\n" + REPORT_EXAMPLE + "\n")))
    @APIResponse(responseCode = "200", description = "One result per input line")
    public Uni<Response> submitBatch(byte[] body, @Context UriInfo uri, @Context HttpHeaders headers) {
        limits.check(uri.getPath(), body);
        return Relay.relay(ingest.submitBatch(body, Relay.forwarding(uri, headers)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Reports in a stable order, filtered by source and publication period.")
    @Parameter(name = "source", in = ParameterIn.QUERY, example = "SOHR", description = "Only this source")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-01-01", description = "Published on or after, YYYY-MM-DD")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-12-31", description = "Published on or before, YYYY-MM-DD")
    @Parameter(name = "sort", in = ParameterIn.QUERY, example = "source", description = "Order: publishedAt, receivedAt, source, title or claimCount; a leading - for descending; then by id. Default -publishedAt")
    @Parameter(name = "page", in = ParameterIn.QUERY, example = "0", description = "Page number from 0")
    @Parameter(name = "size", in = ParameterIn.QUERY, example = "50", description = "Page size, at most 500")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Uni<Response> list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.reports(Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "getReport", summary = "One report", description = "The report as received, with its metadata.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report")
    public Uni<Response> get(@Parameter(description = "Report id", example = "r-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.report(id, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/{id}/claims")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "getReportClaims", summary = "Claims of one report",
            description = "Every claim extracted from the report, with its evidence sentence and span.")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "404", description = "No such report")
    public Uni<Response> claims(@Parameter(description = "Report id", example = "r-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.reportClaims(id, Relay.forwarding(uri, headers)));
    }

    @GET
    @Path("/{id}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.READER)
    @Operation(operationId = "getReportRevisions", summary = "Revisions of one report",
            description = "Every text the report has had under its source and url, oldest first, with when it was received "
                    + "and superseded, the extractor version that read it, and its claims. Only the current revision counts in the tallies.")
    @APIResponse(responseCode = "200", description = "The revisions")
    @APIResponse(responseCode = "404", description = "No such report")
    public Uni<Response> revisions(@Parameter(description = "Report id", example = "r-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.reportRevisions(id, Relay.forwarding(uri, headers)));
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "retractReport", summary = "Retract a report",
            description = "Deletes the report and retracts its claims from the tallies.")
    @APIResponse(responseCode = "200", description = "Retracted")
    @APIResponse(responseCode = "204", description = "Retracted")
    @APIResponse(responseCode = "404", description = "No such report")
    public Uni<Response> retract(@Parameter(description = "Report id", example = "r-0123456789abcdef01234567") @PathParam("id") String id,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return Relay.relay(ingest.retract(id, Relay.forwarding(uri, headers)));
    }
}
