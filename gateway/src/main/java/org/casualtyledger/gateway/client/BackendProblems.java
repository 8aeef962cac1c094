package org.casualtyledger.gateway.client;

import jakarta.ws.rs.core.Response;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The last step of every backend call that failed after its retries: the failure becomes the public problem,
 * always with a Retry-After so that clients back off instead of hammering a struggling backend.
 */
final class BackendProblems {
    static final long RETRY_AFTER_SECONDS = 5;

    private BackendProblems() {
    }

    static ProblemException toProblem(String backend, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return new ProblemException(Problem.of(504, "backend-timeout", "Gateway timeout",
                    backend + " did not answer in time"), 1);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new ProblemException(Problem.of(503, "backend-unavailable", "Service unavailable",
                    backend + " is failing; calls are paused for a few seconds"), RETRY_AFTER_SECONDS);
        }
        if (failure instanceof BackendFailure answered) {
            return fromServerError(backend, answered);
        }
        return new ProblemException(Problem.of(503, "backend-unavailable", "Service unavailable",
                backend + " is unreachable"), RETRY_AFTER_SECONDS);
    }

    private static ProblemException fromServerError(String backend, BackendFailure failure) {
        if (failure.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            return new ProblemException(Problem.of(503, "backend-unavailable", "Service unavailable",
                    backend + " is not ready"), retryAfter(failure.retryAfter()));
        }
        return new ProblemException(Problem.of(502, "backend-error", "Bad gateway",
                backend + " failed with HTTP " + failure.status()), 1);
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? RETRY_AFTER_SECONDS : Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return RETRY_AFTER_SECONDS;
        }
    }
}
