package org.casualtyledger.gateway.client;

/**
 * A backend answered one request with a server error other than 503: a failure of that request (the same request
 * fails the same way again), not a sign that the backend is unwell. It is neither retried nor counted by the circuit
 * breaker, so that one client's bad requests cannot pause the backend for everyone.
 */
public class BackendError extends RuntimeException {
    private final int status;

    public BackendError(int status) {
        super("backend answered HTTP " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
