package org.casualtyledger.gateway.input;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casualtyledger.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a public request whose path ids or query parameters would not survive the trip to PostgreSQL (NUL,
 * broken UTF-8, encoded surrogates, stray '%'): a 400 problem naming the parameter, before any backend is called.
 * Runs after the key checks, so callers without a key learn nothing from it.
 */
public class ParameterFilter {

    @ServerRequestFilter(priority = Priorities.USER)
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        Optional<Response> refused = checkPath(request, http.path());
        return refused.isPresent() ? refused : checkQuery(request, http.query());
    }

    /** The path as it came, segment by segment; the public paths have at most one parameter (an id). */
    private static Optional<Response> checkPath(ContainerRequestContext request, String rawPath) {
        Set<String> names = request.getUriInfo().getPathParameters().keySet();
        String name = names.size() == 1 ? names.iterator().next() : "path";
        for (String segment : rawPath == null ? new String[0] : rawPath.split("/")) {
            Optional<String> problem = ParameterText.problem(segment);
            if (problem.isPresent()) {
                return Optional.of(invalid(request, name, problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> checkQuery(ContainerRequestContext request, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> problem = ParameterText.problem(equals < 0 ? "" : pair.substring(equals + 1));
            if (problem.isPresent()) {
                return Optional.of(invalid(request, shownName(name), problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Response invalid(ContainerRequestContext request, String name, String message) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return Problem.of(400, "invalid-parameter", "Invalid parameter", name + ": " + message)
                .withErrors(List.of(new Problem.FieldError(name, message))).withInstance(path).toResponse();
    }

    /** A parameter's name goes back to the caller and into logs: only its plain characters, and not too many. */
    private static String shownName(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9._\\-\\[\\]]", "?");
        return plain.length() > 64 ? plain.substring(0, 64) + "..." : plain;
    }
}
