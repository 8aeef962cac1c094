package org.casualtyledger.gateway.client;

import jakarta.ws.rs.core.Response;

/** Header names shared by the clients and the rules for which backend answers count as failures. */
public final class Headers {
    public static final String REQUEST_ID = "X-Request-Id";

    private Headers() {
    }

    /**
     * A 5xx is a failure (retried when the call is idempotent, counted by the circuit breaker);
     * a 4xx is the backend's answer to a bad request and goes back to the caller unchanged.
     */
    static RuntimeException serverError(Response response) {
        if (response.getStatus() < 500) {
            return null;
        }
        return new BackendFailure(response.getStatus(), response.getHeaderString("Retry-After"));
    }
}
