package org.casualtyledger.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(
            new CircuitBreaker.Settings(4, 0.5, Duration.ofSeconds(5), 2), now::get);

    @Test
    void staysClosedUntilTheWindowIsFull() {
        breaker.failed();
        breaker.failed();
        breaker.failed();
        assertTrue(breaker.allows(), "3 failures in a window of 4 are not yet a verdict");
        breaker.failed();
        assertFalse(breaker.allows());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void opensAtTheFailureRatioOverTheLastCallsOnly() {
        breaker.failed();
        breaker.succeeded();
        breaker.succeeded();
        breaker.succeeded();
        breaker.succeeded();
        breaker.failed();
        assertTrue(breaker.allows(), "the first failure has left the window: 1 of 4");
        breaker.failed();
        assertFalse(breaker.allows(), "2 of the last 4 failed");
    }

    @Test
    void letsTrialCallsThroughAfterTheDelayAndClosesAfterEnoughSuccesses() {
        openIt();
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertFalse(breaker.allows());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(breaker.allows());
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        breaker.failed();
        assertTrue(breaker.allows(), "a closed circuit starts with an empty window");
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherDelay() {
        openIt();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(breaker.allows());
        breaker.failed();
        assertFalse(breaker.allows());
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(breaker.allows());
    }

    private void openIt() {
        for (int i = 0; i < 4; i++) {
            breaker.failed();
        }
        assertFalse(breaker.allows());
    }
}
