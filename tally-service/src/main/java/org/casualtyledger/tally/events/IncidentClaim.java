package org.casualtyledger.tally.events;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * What the clusterer needs of a top-level incident claim. {@code high} is null when the claim sets no upper bound
 * ("at least 34") or expects its toll to rise; {@code eventId} is the event the ledger holds it in, if any.
 */
public record IncidentClaim(
        String id,
        String reportId,
        LocalDate date,
        LocalDate publishedAt,
        String placeKey,
        String province,
        long low,
        Long high,
        String wording,
        String eventId) {

    /** The canonical order every clustering follows, so that any rebuild meets the claims in the same order. */
    public static final Comparator<IncidentClaim> CANONICAL = Comparator.comparing(IncidentClaim::date)
            .thenComparing(IncidentClaim::publishedAt)
            .thenComparing(IncidentClaim::reportId)
            .thenComparing(IncidentClaim::id);

    public boolean hasPlace() {
        return placeKey != null && !placeKey.isEmpty();
    }

    /** Named by the province alone ("in Deir ez-Zor countryside"), so any place in that province may be meant. */
    public boolean provinceLevel() {
        return province != null && !province.isEmpty() && placeKey.equals(lowerCase(province));
    }

    /** Provinces are few and asked for on every comparison: their lower-case forms are kept. */
    private static final java.util.Map<String, String> LOWER = new java.util.concurrent.ConcurrentHashMap<>();

    private static String lowerCase(String province) {
        return LOWER.computeIfAbsent(province, p -> p.toLowerCase(java.util.Locale.ROOT));
    }
}
