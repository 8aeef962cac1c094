package org.casualtyledger.gateway.client;

import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The last step of every backend call that failed after its retries: the failure becomes the public problem.
 * Failures of the backend (timeout, unreachable, 503, open circuit) carry a Retry-After so that clients back off
 * instead of hammering a struggling backend; a server error of the request itself does not (waiting changes nothing).
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
        if (failure instanceof BackendFailure unwell) {
            return new ProblemException(Problem.of(503, "backend-unavailable", "Service unavailable",
                    backend + " is not ready"), retryAfter(unwell.retryAfter()));
        }
        if (failure instanceof BackendError failed) {
            return new ProblemException(Problem.of(502, "backend-error", "Bad gateway",
                    backend + " failed with HTTP " + failed.status()));
        }
        return new ProblemException(Problem.of(503, "backend-unavailable", "Service unavailable",
                backend + " is unreachable"), RETRY_AFTER_SECONDS);
    }

    private static long retryAfter(String header) {
        try {
            return header == null ? RETRY_AFTER_SECONDS : Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return RETRY_AFTER_SECONDS;
        }
    }
}
