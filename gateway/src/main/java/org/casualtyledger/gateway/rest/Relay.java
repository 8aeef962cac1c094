package org.casualtyledger.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.casualtyledger.gateway.client.Forwarding;
import org.casualtyledger.gateway.client.Headers;

/** Hands a backend's answer back to the caller as it came: status, media type, body and the headers that matter. */
final class Relay {
    static final String PUBLIC_PREFIX = "/api/v1";
    private static final List<String> PASSED_HEADERS = List.of(
            HttpHeaders.CONTENT_TYPE, "Content-Disposition", "Retry-After", HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, "X-Total-Count");

    private Relay() {
    }

    static Forwarding forwarding(UriInfo uri, HttpHeaders headers) {
        return new Forwarding(uri.getQueryParameters(), headers.getHeaderString(HttpHeaders.ACCEPT),
                headers.getHeaderString(Headers.REQUEST_ID));
    }

    static Uni<Response> relay(Uni<Response> backendCall) {
        return backendCall.map(Relay::toPublic);
    }

    static Response toPublic(Response backend) {
        Response.ResponseBuilder answer = Response.status(backend.getStatus());
        // Each getHeaderString builds a fresh copy of all headers as strings: take that copy once.
        MultivaluedMap<String, String> headers = backend.getStringHeaders();
        for (String name : PASSED_HEADERS) {
            String value = joined(headers.get(name));
            if (value != null) {
                answer.header(name, value);
            }
        }
        String location = joined(headers.get(HttpHeaders.LOCATION));
        if (location != null) {
            answer.header(HttpHeaders.LOCATION, publicLocation(location));
        }
        if (backend.hasEntity()) {
            answer.entity(backend.readEntity(byte[].class));
        }
        return answer.build();
    }

    private static String joined(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    /** A backend's Location names its own host and path; callers only know the public one. */
    static String publicLocation(String backendLocation) {
        URI uri = URI.create(backendLocation);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return PUBLIC_PREFIX + (path.startsWith("/") ? path : "/" + path) + query;
    }
}
