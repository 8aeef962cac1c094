package org.casualtyledger.ingest.reextract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports/reextract")
@Tag(name = "reextractions")
@Produces(MediaType.APPLICATION_JSON)
public class ReextractResource {
    /** The filter's fields: a misspelt one must not widen a re-extraction to every report. */
    private static final Set<String> FIELDS = Arrays.stream(ReextractionFilter.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    private final Reextractions reextractions;
    private final ReextractionRunner runner;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ReextractResource(Reextractions reextractions, ReextractionRunner runner, ObjectMapper mapper, Validator validator) {
        this.reextractions = reextractions;
        this.runner = runner;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read stored reports again", description = "Starts a job that reads the reports the filter selects "
            + "with the current extractor, in the background and in batches. Claims that come out the same (same id, same content) "
            + "change nothing downstream; a report whose claims changed sends its new claim set to the ledger like any revision; "
            + "a report not read before is read. Follow the job at /reextractions/{id} (the Location header).")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = ReextractionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter: not a JSON object, a field it does not know, a value "
            + "of the wrong kind, or olderThan naming no version that ran here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A job with the same filter is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start(@RequestBody(content = @Content(schema = @Schema(implementation = ReextractionFilter.class)))
                               JsonNode body) throws JsonProcessingException {
        ReextractionFilter filter = filter(body);
        return reextractions.start(filter).invoke(runner::wake)
                .map(job -> Response.accepted(job).location(URI.create("/reextractions/" + job.id())).build());
    }

    private ReextractionFilter filter(JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object of filters; {} reads every report");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest(name + ": not a filter of re-extraction (" + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        ReextractionFilter filter = mapper.treeToValue(body, ReextractionFilter.class);
        Set<ConstraintViolation<ReextractionFilter>> violations = validator.validate(filter);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return filter;
    }
}
