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
 * Every call to tally-service. All of them are reads, so all are retried on connection failures and
 * server errors, never on a timeout (a slow backend gets no extra load from us).
 * Override per class in configuration, e.g. {@code org.casualtyledger.gateway.client.TallyClient/Timeout/value=2000}.
 */
@ApplicationScoped
// Stay on the request's event loop: no hop to another thread before or after the call.
@AsynchronousNonBlocking
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
public class TallyClient {
    private final TallyApi api;

    TallyClient(@RestClient TallyApi api) {
        this.api = api;
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> tallies(Forwarding f) {
        return api.tallies(f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> series(Forwarding f) {
        return api.series(f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> events(Forwarding f) {
        return api.events(f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> event(String id, Forwarding f) {
        return api.event(id, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> claims(Forwarding f) {
        return api.claims(f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> claim(String id, Forwarding f) {
        return api.claim(id, f.query(), f.accept(), f.requestId());
    }

    @Fallback(BackendProblems.class)
    public Uni<Response> discrepancies(Forwarding f) {
        return api.discrepancies(f.query(), f.accept(), f.requestId());
    }
}
