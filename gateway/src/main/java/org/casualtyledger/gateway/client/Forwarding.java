package org.casualtyledger.gateway.client;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What a public request hands on to its backend besides the body: the query parameters as sent,
 * the media types the caller accepts and the request id that ties the log lines of all services together.
 */
public record Forwarding(MultivaluedMap<String, String> query, String accept, String requestId) {

    public static final String DEFAULT_ACCEPT = "application/json";

    public Forwarding {
        query = query == null ? new MultivaluedHashMap<>() : query;
        accept = accept == null || accept.isBlank() ? DEFAULT_ACCEPT : accept;
    }
}
