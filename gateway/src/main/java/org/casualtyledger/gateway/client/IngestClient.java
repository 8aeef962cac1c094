package org.casualtyledger.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to ingest-service. Submissions are not retried (a repeat would be a second request the
 * caller never made); reads and the idempotent DELETE are. Timeouts and breaker settings can be
 * overridden in configuration, e.g. {@code org.casualtyledger.gateway.client.IngestClient/Timeout/value=10000}.
 */
@ApplicationScoped
// Stay on the request's event loop: no hop to another thread before or after the call.
@AsynchronousNonBlocking
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
public class IngestClient {
    private final IngestApi api;

    IngestClient(@RestClient IngestApi api) {
        this.api = api;
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> submitJson(byte[] body, Forwarding f) {
        return api.submitJson(body, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> submitText(byte[] body, Forwarding f) {
        return api.submitText(body, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> submitBatch(byte[] body, Forwarding f) {
        return api.submitBatch(body, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> extractJson(byte[] body, Forwarding f) {
        return api.extractJson(body, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> extractText(byte[] body, Forwarding f) {
        return api.extractText(body, f.query(), f.accept(), f.requestId());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @Fallback(BackendProblems.class)
    public Uni<Response> reports(Forwarding f) {
        return api.reports(f.query(), f.accept(), f.requestId());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @Fallback(BackendProblems.class)
    public Uni<Response> report(String id, Forwarding f) {
        return api.report(id, f.query(), f.accept(), f.requestId());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @Fallback(BackendProblems.class)
    public Uni<Response> reportClaims(String id, Forwarding f) {
        return api.reportClaims(id, f.query(), f.accept(), f.requestId());
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @Fallback(BackendProblems.class)
    public Uni<Response> retract(String id, Forwarding f) {
        return api.retract(id, f.query(), f.accept(), f.requestId());
    }
}
