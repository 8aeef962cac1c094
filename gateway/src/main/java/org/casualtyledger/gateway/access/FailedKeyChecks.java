package org.casualtyledger.gateway.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Failed key checks per client address ({@code ledger.access.failed-key-checks.requests} per {@code .period}):
 * once an address has used them up, its key checks are refused with 429 until the bucket refills, whatever key
 * it presents, so guessing keys or flooding the log with refusals costs the guesser time. The addresses kept are
 * bounded (the least recently failing ones are forgotten first).
 */
@ApplicationScoped
public class FailedKeyChecks {
    static final int MAX_ADDRESSES = 10_000;

    private final long failures;
    private final Duration period;
    private final MeterRegistry metrics;
    private final Map<String, Bucket> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    FailedKeyChecks(AccessConfig config, MeterRegistry metrics) {
        this.failures = config.failedKeyChecks().requests();
        this.period = config.failedKeyChecks().period();
        this.metrics = metrics;
    }

    /** Seconds the address must wait before its next key check, or 0 when it may go on. */
    public long waitSeconds(String address) {
        Bucket bucket;
        synchronized (byAddress) {
            bucket = byAddress.get(address);
        }
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        metrics.counter("ledger.gateway.key.checks.throttled").increment();
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    public void failed(String address) {
        Bucket bucket;
        synchronized (byAddress) {
            bucket = byAddress.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, period).build()).build());
        }
        bucket.tryConsume(1);
    }
}
