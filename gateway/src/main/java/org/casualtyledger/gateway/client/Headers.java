package org.casualtyledger.gateway.client;

import jakarta.ws.rs.core.Response;

/** Header names shared by the clients and the rules for which backend answers count as failures. */
public final class Headers {
    public static final String REQUEST_ID = "X-Request-Id";
    /** The author of a correction, the name of the key that made it, percent-encoded UTF-8; set by the gateway only. */
    public static final String AUTHOR = "X-Correction-Author";

    private Headers() {
    }

    static String author(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A 503 says the backend is unwell: a failure that is retried when the call is idempotent and counted by the
     * circuit breaker. Any other 5xx is that request's own failure ({@link BackendError}): answered once, not counted.
     * A 4xx is the backend's answer to a bad request and goes back to the caller unchanged.
     */
    static RuntimeException serverError(Response response) {
        int status = response.getStatus();
        if (status < 500) {
            return null;
        }
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            return new BackendFailure(status, response.getHeaderString("Retry-After"));
        }
        return new BackendError(status);
    }
}
