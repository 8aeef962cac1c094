package org.casualtyledger.ingest.sources;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-source metrics: ledger_source_polls_total{source,result}, ledger_source_items_stored_total{source},
 * ledger_source_item_failures_total{source}, and the gauges ledger_source_lag_seconds{source} (time since the last
 * successful poll, or since the source was added) with ledger_sources_alert_after_seconds, the lag the alert allows.
 * Every replica refreshes the gauges from the database, so whichever replica polls, all of them tell the same.
 */
@ApplicationScoped
public class SourceMetrics {
    private final MeterRegistry registry;
    private final Map<String, Lag> lags = new ConcurrentHashMap<>();

    public SourceMetrics(MeterRegistry registry,
            @ConfigProperty(name = "ledger.sources.alert-after") Duration alertAfter) {
        this.registry = registry;
        Gauge.builder("ledger.sources.alert.after", alertAfter, Duration::toSeconds)
                .description("How long a source may go without a successful poll before LedgerSourceNotSucceeding fires")
                .baseUnit("seconds").register(registry);
    }

    /** result: ok, not_modified or failed. */
    public void polled(String source, String result) {
        registry.counter("ledger.source.polls", "source", source, "result", result).increment();
    }

    public void itemStored(String source) {
        registry.counter("ledger.source.items.stored", "source", source).increment();
    }

    public void itemFailed(String source) {
        registry.counter("ledger.source.item.failures", "source", source).increment();
    }

    /** The enabled sources as stored now; a source deleted or disabled loses its lag gauge. */
    public void refresh(Collection<Source> sources) {
        Set<String> enabled = sources.stream().filter(s -> s.enabled).map(s -> s.name).collect(Collectors.toSet());
        lags.keySet().stream().filter(name -> !enabled.contains(name)).toList().forEach(this::forget);
        for (Source source : sources) {
            if (source.enabled) {
                lags.computeIfAbsent(source.name, this::register).since = source.lastSuccessAt != null ? source.lastSuccessAt : source.createdAt;
            }
        }
    }

    private Lag register(String name) {
        Lag lag = new Lag();
        lag.gauge = Gauge.builder("ledger.source.lag", lag, Lag::seconds).tag("source", name)
                .description("Seconds since the source's last successful poll (or since it was added)")
                .baseUnit("seconds").strongReference(true).register(registry);
        return lag;
    }

    private void forget(String name) {
        Lag lag = lags.remove(name);
        if (lag != null) {
            registry.remove(lag.gauge);
        }
    }

    private static final class Lag {
        volatile Instant since = Instant.now();
        Gauge gauge;

        double seconds() {
            return Duration.between(since, Instant.now()).toMillis() / 1000.0;
        }
    }
}
