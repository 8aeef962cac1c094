package org.casualtyledger.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casualtyledger.ingest.report.IngestResult;
import org.casualtyledger.ingest.report.ReportInput;
import org.casualtyledger.ingest.report.ReportService;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.casualtyledger.problem.ProblemMappers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many reports in one request: each line is ingested on its own, and a bad line never stops the others. */
@Path("/reports/batch")
@Tag(name = "reports")
public class BatchResource {
    public static final String NDJSON = "application/x-ndjson";

    private final ReportService reports;
    private final ReportInputs inputs;
    private final ObjectMapper json;
    private final int maxLines;

    public BatchResource(ReportService reports, ReportInputs inputs, ObjectMapper json,
            @ConfigProperty(name = "ledger.batch.max-lines", defaultValue = "1000") int maxLines) {
        this.reports = reports;
        this.inputs = inputs;
        this.json = json;
        this.maxLines = maxLines;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Ingest many reports", description = "One report JSON per line (at most ledger.batch.max-lines lines); "
            + "the answer has one result per non-empty line, in order, with the line number and either the report id or a problem.")
    @RequestBody(content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two reports",
            value = "{\"source\":\"SOHR\",\"publishedAt\":\"2019-01-26\",\"text\":\"At least 12 members of the organization were killed.\"}\n"
                    + "{\"source\":\"SOHR\",\"publishedAt\":\"2019-01-27\",\"text\":\"Five civilians were wounded in shelling on Hajin.\"}")))
    @APIResponse(responseCode = "200", description = "One result per line", content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "results",
            value = "{\"line\":1,\"status\":201,\"reportId\":\"r-5b2c0d9e8f7a6b5c4d3e2f10\",\"created\":true,\"read\":true,\"claims\":1}\n"
                    + "{\"line\":2,\"status\":400,\"problem\":{\"title\":\"Invalid request\",\"status\":400,\"detail\":\"source: must not be blank\"}}")))
    @APIResponse(responseCode = "413", description = "Too many lines", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> ingestAll(String body) {
        List<String> lines = body == null ? List.of() : body.lines().toList();
        long reportsSent = lines.stream().filter(l -> !l.isBlank()).count();
        if (reportsSent > maxLines) {
            throw ProblemException.tooLarge(reportsSent + " reports in one batch; the limit is " + maxLines + " (ledger.batch.max-lines)");
        }
        return Multi.createFrom().range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank())
                .onItem().transformToUniAndConcatenate(i -> ingestLine(i + 1, lines.get(i)))
                .collect().asList()
                .map(results -> results.stream().map(this::write).collect(Collectors.joining("\n", "", results.isEmpty() ? "" : "\n")));
    }

    private Uni<Map<String, Object>> ingestLine(int lineNumber, String line) {
        return Uni.createFrom().item(() -> inputs.valid(read(line)))
                .chain(reports::ingest)
                .map(result -> accepted(lineNumber, result))
                .onFailure().recoverWithItem(e -> rejected(lineNumber, e));
    }

    private ReportInput read(String line) {
        try {
            return json.readValue(line, ReportInput.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemMappers.jsonProblem(e));
        }
    }

    private static Map<String, Object> accepted(int line, IngestResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("status", ReportResource.status(result));
        out.put("reportId", result.report().id());
        out.put("created", result.created());
        out.put("read", result.read());
        out.put("claims", result.claims().size());
        return out;
    }

    private static Map<String, Object> rejected(int line, Throwable error) {
        Problem problem;
        if (error instanceof ProblemException p) {
            problem = p.problem();
        } else if (error instanceof ConstraintViolationException v) {
            problem = Problem.of(400, "invalid-field", "Invalid request", v.getConstraintViolations().stream()
                    .map(c -> c.getPropertyPath() + ": " + c.getMessage()).sorted().collect(Collectors.joining("; ")));
        } else {
            problem = Problem.of(500, "internal", "Internal error", "this report could not be stored; it has been logged");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("status", problem.status());
        out.put("problem", problem);
        return out;
    }

    private String write(Map<String, Object> result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
