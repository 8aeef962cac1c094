package org.casualtyledger.gateway.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per key, sized by the key's role. Buckets exist only for configured keys,
 * so their number is bounded by the configuration.
 */
@ApplicationScoped
public class RateLimits {
    private final Map<ApiKeys.KeyHolder, Bucket> buckets = new ConcurrentHashMap<>();
    private final AccessConfig config;
    private final MeterRegistry metrics;

    /** Whether the call may go on, and how long to wait when it may not. */
    public record Verdict(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    RateLimits(AccessConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    public Verdict take(ApiKeys.KeyHolder key) {
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> bucketFor(k.role()))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, probe.getRemainingTokens(), 0);
        }
        metrics.counter("ledger.gateway.rate.limited", "role", key.role().label()).increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Verdict(false, 0, seconds);
    }

    private Bucket bucketFor(Role role) {
        AccessConfig.RateLimit limit = config.rateLimit().get(role.label());
        long requests = limit == null ? 50 : limit.requests();
        java.time.Duration period = limit == null ? java.time.Duration.ofSeconds(1) : limit.period();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build();
    }
}
