package org.casualtyledger.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A circuit breaker over a rolling window of the last calls: when the window is full and at least
 * {@code failureRatio} of it failed, the circuit opens and calls are refused for {@code delay}; then trial
 * calls go through, and {@code successThreshold} successes in a row close it again (one failure reopens it).
 * Plain Java, so that the gateway's hot path pays a few field updates per call and nothing else.
 */
public final class CircuitBreaker {
    /** The settings of one breaker. */
    public record Settings(int window, double failureRatio, Duration delay, int successThreshold) {
        public Settings {
            if (window < 1 || successThreshold < 1 || failureRatio <= 0 || failureRatio > 1 || delay.isNegative()) {
                throw new IllegalArgumentException("circuit breaker settings out of range: " + window + ", "
                        + failureRatio + ", " + delay + ", " + successThreshold);
            }
        }
    }

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final Settings settings;
    private final LongSupplier nanoClock;
    private final boolean[] failed;
    private int next;
    private int recorded;
    private int failures;
    private State state = State.CLOSED;
    private long openedAt;
    private int trialSuccesses;

    public CircuitBreaker(Settings settings) {
        this(settings, System::nanoTime);
    }

    CircuitBreaker(Settings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.failed = new boolean[settings.window()];
    }

    /** Whether a call may be made now. An open circuit lets trial calls through once its delay is over. */
    public synchronized boolean allows() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= settings.delay().toNanos()) {
            state = State.HALF_OPEN;
            trialSuccesses = 0;
        }
        return state != State.OPEN;
    }

    public synchronized void succeeded() {
        if (state == State.HALF_OPEN) {
            if (++trialSuccesses >= settings.successThreshold()) {
                close();
            }
            return;
        }
        record(false);
    }

    public synchronized void failed() {
        if (state == State.HALF_OPEN) {
            open();
            return;
        }
        record(true);
        if (recorded == failed.length && failures >= settings.failureRatio() * failed.length) {
            open();
        }
    }

    public synchronized State state() {
        return state;
    }

    private void record(boolean failure) {
        if (recorded == failed.length && failed[next]) {
            failures--;
        }
        failed[next] = failure;
        if (failure) {
            failures++;
        }
        next = (next + 1) % failed.length;
        recorded = Math.min(recorded + 1, failed.length);
    }

    private void open() {
        state = State.OPEN;
        openedAt = nanoClock.getAsLong();
    }

    private void close() {
        state = State.CLOSED;
        java.util.Arrays.fill(failed, false);
        next = 0;
        recorded = 0;
        failures = 0;
    }
}
