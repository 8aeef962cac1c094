package org.casualtyledger.ingest.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what a round made of its entries: one UPDATE of the delivery columns per distinct outcome, so a round whose
 * entries were all applied is one statement. The entries are read read-only and never written back whole: the
 * payload of a bulletin (about 20 KB) written again on each delivery cost PostgreSQL a compression and a new TOAST
 * row per entry for nothing.
 */
final class DeliveryOutcomes {
    private static final String UPDATE = """
            UPDATE outbox SET attempts = attempts + 1, delivered_at = :delivered, failed_at = :failed, last_error = :error
            WHERE id IN (:ids)""";

    private DeliveryOutcomes() {
    }

    /** Every entry counts one more attempt and keeps the delivery columns the round gave it; the UPDATEs it took. */
    static Uni<Integer> record(List<OutboxEntry> entries) {
        Map<Outcome, List<Long>> ids = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            ids.computeIfAbsent(new Outcome(entry.deliveredAt, entry.failedAt, entry.lastError), o -> new ArrayList<>()).add(entry.id);
        }
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(ids.entrySet())
                .onItem().transformToUniAndConcatenate(each -> session.createNativeQuery(UPDATE)
                        .setParameter("delivered", each.getKey().deliveredAt()).setParameter("failed", each.getKey().failedAt())
                        .setParameter("error", each.getKey().lastError()).setParameter("ids", each.getValue()).executeUpdate())
                .collect().last())
                .replaceWith(ids.size());
    }

    private record Outcome(Instant deliveredAt, Instant failedAt, String lastError) {
    }
}
