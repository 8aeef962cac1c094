package org.casualtyledger.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details",
        example = "{\"type\":\"https://casualtyledger.org/problems/invalid-field\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"text: must not be blank\",\"errors\":[{\"field\":\"text\",\"message\":\"must not be blank\"}]}")
public record Problem(
        @Schema(description = "A URI naming the kind of problem") URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong this time", example = "text: must not be blank") String detail,
        @Schema(description = "The request path", example = "/reports", nullable = true) String instance,
        @Schema(description = "Field errors, when the request had invalid fields", nullable = true) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://casualtyledger.org/problems/";

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    @Schema(description = "One invalid field")
    public record FieldError(
            @Schema(example = "text") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
