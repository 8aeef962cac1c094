package org.casualtyledger.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service answers is an RFC 9457 problem: these mappers turn each kind of failure into one.
 * Unexpected failures are logged and answered with a 500 problem that reveals nothing internal.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final long OUTAGE_RETRY_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, @Context UriInfo uri) {
        Response response = e.problem().withInstance(path(uri)).toResponse();
        if (e.retryAfterSeconds() >= 0) {
            response.getHeaders().add("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, @Context UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problem.of(400, "invalid-field", "Invalid request", detail)
                .withErrors(errors).withInstance(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e, @Context UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, @Context UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, @Context UriInfo uri) {
        return jsonProblem(e).withInstance(path(uri)).toResponse();
    }

    /** The 400 problem for a body that is not the JSON expected, naming the field where there is one. */
    public static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof StrictJson.UnstorableTextException u) {
            String field = jsonPath(u);
            return Problem.of(400, "invalid-field", "Invalid request", field + ": " + u.getOriginalMessage())
                    .withErrors(List.of(new Problem.FieldError(field, u.getOriginalMessage())));
        }
        String detail;
        if (e instanceof InvalidFormatException f) {
            detail = "field " + jsonPath(f) + ": cannot read value '" + f.getValue() + "'";
        } else if (e instanceof MismatchedInputException m) {
            detail = "field " + jsonPath(m) + ": wrong type or shape" + (m.getPath().isEmpty() ? ": " + m.getOriginalMessage() : "");
        } else {
            detail = "malformed JSON: " + e.getOriginalMessage();
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", detail);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, @Context UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "HTTP " + status : info.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? title : e.getMessage();
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA)
                .entity(Problem.of(status, "http-" + status, title, detail).withInstance(path(uri)));
        copyHeader(original, builder, "Allow");
        copyHeader(original, builder, "Retry-After");
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, @Context UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), e.toString());
            return problem(ProblemException.unavailable("The database is unreachable; retry shortly.", OUTAGE_RETRY_SECONDS), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return Problem.of(500, "internal", "Internal error", "The request could not be completed; it has been logged.")
                .withInstance(path(uri)).toResponse();
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path;
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // Method validation paths read "create.arg0.text"; the caller wants the field name only.
        int lastDot = path.lastIndexOf('.');
        return lastDot >= 0 ? path.substring(lastDot + 1) : path;
    }
}
