package org.casualtyledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to ingest-service, each with a timeout and a circuit breaker per operation. Submissions are not
 * retried (a repeat would be a second request the caller never made); reads and the idempotent DELETE are.
 * Timeouts: {@code ledger.ingest.read-timeout} (default 5S), {@code ledger.ingest.submit-timeout} (30S),
 * {@code ledger.ingest.retract-timeout} (10S), {@code ledger.ingest.poll-timeout} (120S: a poll fetches a feed and its pages).
 */
@ApplicationScoped
public class IngestClient {
    static final String BACKEND = "ingest-service";

    private final EventLoopClients<IngestApi> api;
    private final Guard guard;
    private final Duration readTimeout;
    private final Duration submitTimeout;
    private final Duration retractTimeout;
    private final Duration pollTimeout;

    IngestClient(@RestClient IngestApi api,
            @ConfigProperty(name = "ledger.ingest.read-timeout", defaultValue = "5S") Duration readTimeout,
            @ConfigProperty(name = "ledger.ingest.submit-timeout", defaultValue = "30S") Duration submitTimeout,
            @ConfigProperty(name = "ledger.ingest.retract-timeout", defaultValue = "10S") Duration retractTimeout,
            @ConfigProperty(name = "ledger.ingest.poll-timeout", defaultValue = "120S") Duration pollTimeout) {
        this.api = new EventLoopClients<>(IngestApi.class, "ingest", api);
        this.guard = new Guard(BACKEND);
        this.readTimeout = readTimeout;
        this.submitTimeout = submitTimeout;
        this.retractTimeout = retractTimeout;
        this.pollTimeout = pollTimeout;
    }

    public Uni<Response> submitJson(byte[] body, Forwarding f) {
        return guard.once("submitJson", submitTimeout, () -> api.current().submitJson(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> submitText(byte[] body, Forwarding f) {
        return guard.once("submitText", submitTimeout, () -> api.current().submitText(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> submitBatch(byte[] body, Forwarding f) {
        return guard.once("submitBatch", submitTimeout, () -> api.current().submitBatch(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> extractJson(byte[] body, Forwarding f) {
        return guard.once("extractJson", submitTimeout, () -> api.current().extractJson(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> extractText(byte[] body, Forwarding f) {
        return guard.once("extractText", submitTimeout, () -> api.current().extractText(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reports(Forwarding f) {
        return guard.idempotent("reports", readTimeout, () -> api.current().reports(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> report(String id, Forwarding f) {
        return guard.idempotent("report", readTimeout, () -> api.current().report(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reportClaims(String id, Forwarding f) {
        return guard.idempotent("reportClaims", readTimeout, () -> api.current().reportClaims(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reportRevisions(String id, Forwarding f) {
        return guard.idempotent("reportRevisions", readTimeout, () -> api.current().reportRevisions(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> revisions(Forwarding f) {
        return guard.idempotent("revisions", readTimeout, () -> api.current().revisions(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> retract(String id, Forwarding f) {
        return guard.idempotent("retract", retractTimeout, () -> api.current().retract(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> sources(Forwarding f) {
        return guard.idempotent("sources", readTimeout, () -> api.current().sources(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> source(String name, Forwarding f) {
        return guard.idempotent("source", readTimeout, () -> api.current().source(name, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> addSource(byte[] body, Forwarding f) {
        return guard.once("addSource", readTimeout, () -> api.current().addSource(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> changeSource(String name, byte[] body, Forwarding f) {
        return guard.idempotent("changeSource", readTimeout, () -> api.current().changeSource(name, body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> removeSource(String name, Forwarding f) {
        return guard.idempotent("removeSource", readTimeout, () -> api.current().removeSource(name, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> pollSource(String name, Forwarding f) {
        return guard.once("pollSource", pollTimeout, () -> api.current().pollSource(name, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reextract(byte[] body, Forwarding f) {
        return guard.once("reextract", readTimeout, () -> api.current().reextract(body, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reextractions(Forwarding f) {
        return guard.idempotent("reextractions", readTimeout, () -> api.current().reextractions(f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> reextraction(String id, Forwarding f) {
        return guard.idempotent("reextraction", readTimeout, () -> api.current().reextraction(id, f.query(), f.accept(), f.requestId()));
    }

    public Uni<Response> cancelReextraction(String id, Forwarding f) {
        return guard.idempotent("cancelReextraction", readTimeout, () -> api.current().cancelReextraction(id, f.query(), f.accept(), f.requestId()));
    }
}
