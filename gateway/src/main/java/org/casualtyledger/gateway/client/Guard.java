package org.casualtyledger.gateway.client;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Timeout, retries and a circuit breaker (one per operation) around the calls to one backend, from SmallRye Fault
 * Tolerance's programmatic API: one guard per operation, built once, no CDI interceptor and no thread offload
 * (the call stays on the request's event loop). The breaker counts only what says the backend is unwell (timeouts,
 * refused connections, 503); a 4xx or another 5xx is the answer to that one request and counts as an answer.
 * A failure that survives its retries becomes the public problem ({@link BackendProblems}).
 */
final class Guard {
    private static final Logger LOG = Logger.getLogger(Guard.class);
    private static final TypeLiteral<Uni<Response>> UNI_RESPONSE = new TypeLiteral<>() {
    };
    static final int READ_RETRIES = 2;

    private final String backend;
    private final Map<String, TypedGuard<Uni<Response>>> guards = new ConcurrentHashMap<>();

    Guard(String backend) {
        this.backend = backend;
    }

    /**
     * An idempotent call: retried when the backend is unreachable or answers 503, never after a timeout, an open
     * circuit or a server error of the request itself ({@link BackendError}).
     */
    Uni<Response> idempotent(String operation, Duration timeout, Supplier<Uni<Response>> call) {
        return answer(operation, guards.computeIfAbsent(operation, o -> build(o, timeout, true)), call);
    }

    /** A call that must not be repeated behind the caller's back (a submission). */
    Uni<Response> once(String operation, Duration timeout, Supplier<Uni<Response>> call) {
        return answer(operation, guards.computeIfAbsent(operation, o -> build(o, timeout, false)), call);
    }

    private Uni<Response> answer(String operation, TypedGuard<Uni<Response>> guard, Supplier<Uni<Response>> call) {
        return guard.get(call).onFailure().transform(failure -> {
            LOG.warnf("%s call %s failed: %s", backend, operation, failure.toString());
            return BackendProblems.toProblem(backend, failure);
        });
    }

    private TypedGuard<Uni<Response>> build(String operation, Duration timeout, boolean retried) {
        TypedGuard.Builder<Uni<Response>> builder = TypedGuard.create(UNI_RESPONSE)
                .withDescription(backend + "#" + operation)
                .withThreadOffload(false)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().requestVolumeThreshold(20).failureRatio(0.5).delay(5, ChronoUnit.SECONDS)
                .successThreshold(2).skipOn(BackendError.class).done();
        if (retried) {
            builder = builder.withRetry().maxRetries(READ_RETRIES).delay(50, ChronoUnit.MILLIS).jitter(25, ChronoUnit.MILLIS)
                    .abortOn(List.of(TimeoutException.class, CircuitBreakerOpenException.class, BackendError.class)).done();
        }
        return builder.build();
    }
}
