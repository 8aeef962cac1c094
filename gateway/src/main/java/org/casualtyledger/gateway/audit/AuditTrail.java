package org.casualtyledger.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casualtyledger.gateway.client.Forwarding;
import org.casualtyledger.gateway.client.IngestClient;
import org.casualtyledger.gateway.client.TallyClient;

/**
 * Every correction (tally-service) and every report revision (ingest-service), merged newest first. A page is cut
 * from the first {@code (page + 1) * size} entries of each backend, so pages reach back {@value #MAX_DEPTH} entries.
 */
@ApplicationScoped
public class AuditTrail {
    public static final int MAX_DEPTH = 10_000;
    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at).reversed()
            .thenComparing(AuditEntry::kind).thenComparing(AuditEntry::subject);

    private final TallyClient tally;
    private final IngestClient ingest;
    private final ObjectMapper json;

    AuditTrail(TallyClient tally, IngestClient ingest, ObjectMapper json) {
        this.tally = tally;
        this.ingest = ingest;
        this.json = json;
    }

    /**
     * The filters and the page asked for; a backend's 4xx (a malformed time) is relayed as its answer. Each backend
     * answers {@code asOf} for its half.
     */
    public record Query(String kind, String author, String source, String from, String to, String asOf, int page, int size) {
        boolean corrections() {
            return kind == null || kind.equals("correction");
        }

        /** Revisions have no author: a filter by author leaves only corrections. */
        boolean revisions() {
            return (kind == null || kind.equals("revision")) && author == null;
        }
    }

    /** A page of the merged trail, or the backend answer that stood in its way. */
    public record Result(AuditPage page, Response refusal) {
    }

    public Uni<Result> page(Query q, String requestId) {
        int depth = (q.page() + 1) * q.size();
        Uni<Response> corrections = q.corrections()
                ? tally.corrections(forwarding(q, depth, requestId, true)) : Uni.createFrom().nullItem();
        Uni<Response> revisions = q.revisions()
                ? ingest.revisions(forwarding(q, depth, requestId, false)) : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(corrections, revisions).asTuple().map(both -> {
            for (Response answer : new Response[] {both.getItem1(), both.getItem2()}) {
                if (answer != null && answer.getStatus() != 200) {
                    return new Result(null, answer);
                }
            }
            JsonNode correctionPage = read(both.getItem1());
            JsonNode revisionPage = read(both.getItem2());
            List<AuditEntry> all = new ArrayList<>(AuditEntries.corrections(correctionPage));
            all.addAll(AuditEntries.revisions(revisionPage));
            all.sort(NEWEST_FIRST);
            long total = correctionPage.path("total").asLong() + revisionPage.path("total").asLong();
            int from = Math.min(all.size(), q.page() * q.size());
            List<AuditEntry> items = all.subList(from, Math.min(all.size(), from + q.size()));
            return new Result(new AuditPage(List.copyOf(items), q.page(), q.size(), total), null);
        });
    }

    private static Forwarding forwarding(Query q, int depth, String requestId, boolean withAuthor) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        put(query, "source", q.source());
        put(query, "from", q.from());
        put(query, "to", q.to());
        put(query, "asOf", q.asOf());
        if (withAuthor) {
            put(query, "author", q.author());
        }
        query.putSingle("page", "0");
        query.putSingle("size", Integer.toString(depth));
        return new Forwarding(query, Forwarding.DEFAULT_ACCEPT, requestId);
    }

    private static void put(MultivaluedMap<String, String> query, String name, String value) {
        if (value != null) {
            query.putSingle(name, value);
        }
    }

    private JsonNode read(Response answer) {
        if (answer == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(answer.readEntity(byte[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("a backend's page is not JSON", e);
        }
    }
}
