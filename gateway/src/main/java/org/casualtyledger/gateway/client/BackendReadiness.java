package org.casualtyledger.gateway.client;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The gateway is ready only when both backends are: each check is named after its backend, so
 * {@code /q/health/ready} says which one is missing. Bypasses the circuit breakers on purpose.
 */
final class BackendReadiness {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private BackendReadiness() {
    }

    static Uni<HealthCheckResponse> probe(String name, String url, Supplier<Uni<Response>> ready) {
        return Uni.createFrom().deferred(() -> ready.get())
                .ifNoItem().after(PROBE_TIMEOUT).fail()
                .map(r -> HealthCheckResponse.named(name).withData("url", url)
                        .withData("status", r.getStatus()).status(r.getStatus() == 200).build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(name).withData("url", url)
                        .withData("error", describe(e)).down().build());
    }

    private static String describe(Throwable e) {
        if (e instanceof BackendFailure f) {
            return "not ready (HTTP " + f.status() + ")";
        }
        if (e instanceof BackendError f) {
            return "not ready (HTTP " + f.status() + ")";
        }
        if (e instanceof io.smallrye.mutiny.TimeoutException) {
            return "no answer within " + PROBE_TIMEOUT.toMillis() + " ms";
        }
        return "unreachable: " + e.getClass().getSimpleName();
    }

    @Readiness
    @ApplicationScoped
    static class Ingest implements AsyncHealthCheck {
        private final IngestApi api;
        private final String url;

        Ingest(@RestClient IngestApi api,
                @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.rest-client.ingest.url") String url) {
            this.api = api;
            this.url = url;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return probe("ingest-service", url, api::ready);
        }
    }

    @Readiness
    @ApplicationScoped
    static class Tally implements AsyncHealthCheck {
        private final TallyApi api;
        private final String url;

        Tally(@RestClient TallyApi api,
                @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.rest-client.tally.url") String url) {
            this.api = api;
            this.url = url;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return probe("tally-service", url, api::ready);
        }
    }
}
