package org.casualtyledger.gateway.client;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.casualtyledger.gateway.resilience.CircuitBreaker;
import org.jboss.logging.Logger;

/**
 * Timeout, retries and a circuit breaker (one per operation) around the calls to one backend, built from
 * Mutiny operators and a Vert.x timer on the caller's event loop: no interceptor, no thread hop, no context
 * capture per call. A failure that survives its retries becomes the public problem ({@link BackendProblems}).
 */
final class Guard {
    private static final Logger LOG = Logger.getLogger(Guard.class);
    static final CircuitBreaker.Settings BREAKER = new CircuitBreaker.Settings(20, 0.5, Duration.ofSeconds(5), 2);
    static final int READ_RETRIES = 2;
    private static final Duration RETRY_DELAY = Duration.ofMillis(50);

    private final String backend;
    private final Vertx vertx;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    Guard(String backend, Vertx vertx) {
        this.backend = backend;
        this.vertx = vertx;
    }

    /** An idempotent call: retried on server errors and connection failures, never after a timeout or an open circuit. */
    <T> Uni<T> idempotent(String operation, Duration timeout, Supplier<Uni<T>> call) {
        return answer(operation, withRetries(attempt(operation, timeout, call), READ_RETRIES));
    }

    /** A call that must not be repeated behind the caller's back (a submission). */
    <T> Uni<T> once(String operation, Duration timeout, Supplier<Uni<T>> call) {
        return answer(operation, attempt(operation, timeout, call));
    }

    CircuitBreaker.State state(String operation) {
        return breaker(operation).state();
    }

    private <T> Uni<T> answer(String operation, Uni<T> guarded) {
        return guarded.onFailure().transform(failure -> {
            LOG.warnf("%s call %s failed: %s", backend, operation, failure.toString());
            return BackendProblems.toProblem(backend, failure);
        });
    }

    private <T> Uni<T> attempt(String operation, Duration timeout, Supplier<Uni<T>> call) {
        CircuitBreaker breaker = breaker(operation);
        return Uni.createFrom().deferred(() -> breaker.allows()
                        ? withTimeout(timeout, call.get())
                        : Uni.createFrom().failure(new CircuitOpen()))
                .onItemOrFailure().invoke((item, failure) -> {
                    if (failure == null) {
                        breaker.succeeded();
                    } else if (!(failure instanceof CircuitOpen)) {
                        breaker.failed();
                    }
                });
    }

    /** Fails with {@link BackendTimeout} when no answer came in time, and cancels the call. */
    private <T> Uni<T> withTimeout(Duration timeout, Uni<T> call) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicReference<Cancellable> running = new AtomicReference<>();
            long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
                Cancellable c = running.get();
                if (c != null) {
                    c.cancel();
                }
                emitter.fail(new BackendTimeout(timeout));
            });
            running.set(call.subscribe().with(
                    item -> {
                        vertx.cancelTimer(timer);
                        emitter.complete(item);
                    },
                    failure -> {
                        vertx.cancelTimer(timer);
                        emitter.fail(failure);
                    }));
            emitter.onTermination(() -> vertx.cancelTimer(timer));
        });
    }

    /** Plain recursion on failure: Mutiny's retry-with-backoff builds a stream machine per call, even when nothing fails. */
    private <T> Uni<T> withRetries(Uni<T> attempt, int retriesLeft) {
        if (retriesLeft == 0) {
            return attempt;
        }
        return attempt.onFailure(Guard::retryable).recoverWithUni(failure -> pause(retryDelay())
                .chain(() -> withRetries(attempt, retriesLeft - 1)));
    }

    private Uni<Void> pause(long millis) {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(millis, id -> emitter.complete(null)));
    }

    /** 50 ms give or take 25, so that retries of many callers do not arrive together. */
    private static long retryDelay() {
        long base = RETRY_DELAY.toMillis();
        return base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
    }

    private static boolean retryable(Throwable failure) {
        return !(failure instanceof BackendTimeout) && !(failure instanceof CircuitOpen);
    }

    private CircuitBreaker breaker(String operation) {
        return breakers.computeIfAbsent(operation, o -> new CircuitBreaker(BREAKER));
    }

    /** The backend did not answer within the timeout. */
    static final class BackendTimeout extends RuntimeException {
        BackendTimeout(Duration timeout) {
            super("no answer within " + timeout.toMillis() + " ms", null, false, false);
        }
    }

    /** The operation's circuit is open: the call was not made. */
    static final class CircuitOpen extends RuntimeException {
        CircuitOpen() {
            super("circuit open", null, false, false);
        }
    }
}
