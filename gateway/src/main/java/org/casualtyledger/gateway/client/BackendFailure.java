package org.casualtyledger.gateway.client;

/**
 * A backend said it is unwell (HTTP 503). Raised so that retries and the circuit breaker see it;
 * the fallback turns it into the public problem.
 */
public class BackendFailure extends RuntimeException {
    private final int status;
    private final String retryAfter;

    public BackendFailure(int status, String retryAfter) {
        super("backend answered HTTP " + status, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The backend's own Retry-After header, or null. */
    public String retryAfter() {
        return retryAfter;
    }
}
