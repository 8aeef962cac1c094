package org.casualtyledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to tally-service. Reads are retried on connection failures and 503, never after a timeout (a slow
 * backend gets no extra load from us); corrections are sent once, signed with their author. One circuit breaker per
 * operation. Timeout per attempt: {@code ledger.tally.timeout} (default 5S).
 */
@ApplicationScoped
public class TallyClient {
    static final String BACKEND = "tally-service";

    private final EventLoopClients<TallyApi> api;
    private final Guard guard;
    private final Duration timeout;

    TallyClient(@RestClient TallyApi api,
            @ConfigProperty(name = "ledger.tally.timeout", defaultValue = "5S") Duration timeout) {
        this.api = new EventLoopClients<>(TallyApi.class, "tally", api);
        this.guard = new Guard(BACKEND);
        this.timeout = timeout;
    }

    public Uni<Response> tallies(Forwarding f) {
        return guard.idempotent("tallies", timeout, () -> api.current().tallies(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> series(Forwarding f) {
        return guard.idempotent("series", timeout, () -> api.current().series(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> events(Forwarding f) {
        return guard.idempotent("events", timeout, () -> api.current().events(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> event(String id, Forwarding f) {
        return guard.idempotent("event", timeout, () -> api.current().event(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> claims(Forwarding f) {
        return guard.idempotent("claims", timeout, () -> api.current().claims(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> claim(String id, Forwarding f) {
        return guard.idempotent("claim", timeout, () -> api.current().claim(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> changes(Forwarding f) {
        return guard.idempotent("changes", timeout, () -> api.current().changes(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> discrepancies(Forwarding f) {
        return guard.idempotent("discrepancies", timeout, () -> api.current().discrepancies(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> correctClaim(String id, byte[] body, Forwarding f, String author) {
        return guard.once("correctClaim", timeout,
                () -> api.current().correctClaim(id, body, f.query(), f.accept(), f.requestId(), Headers.author(author)));
    }

    public Uni<Response> correctEvent(String id, byte[] body, Forwarding f, String author) {
        return guard.once("correctEvent", timeout,
                () -> api.current().correctEvent(id, body, f.query(), f.accept(), f.requestId(), Headers.author(author)));
    }

    public Uni<Response> claimCorrections(String id, Forwarding f) {
        return guard.idempotent("claimCorrections", timeout, () -> api.current().claimCorrections(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> corrections(Forwarding f) {
        return guard.idempotent("corrections", timeout, () -> api.current().corrections(f.query(), f.accept(), f.requestId()));
    }
}
