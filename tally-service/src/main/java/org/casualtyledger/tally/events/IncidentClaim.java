package org.casualtyledger.tally.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

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
        String eventId,
        boolean provinceLevel) {

    /** The canonical order every clustering follows, so that any rebuild meets the claims in the same order. */
    public static final Comparator<IncidentClaim> CANONICAL = Comparator.comparing(IncidentClaim::date)
            .thenComparing(IncidentClaim::publishedAt)
            .thenComparing(IncidentClaim::reportId)
            .thenComparing(IncidentClaim::id);

    /**
     * {@code provinceLevel}: named by the province alone ("in Deir ez-Zor countryside"), so any place in that
     * province may be meant. Worked out once here, as the clusterer asks it on every comparison.
     */
    public IncidentClaim(String id, String reportId, LocalDate date, LocalDate publishedAt, String placeKey,
                         String province, long low, Long high, String wording, String eventId) {
        this(id, reportId, date, publishedAt, placeKey, province, low, high, wording, eventId,
                placeKey != null && province != null && !province.isEmpty()
                        && placeKey.equals(province.toLowerCase(Locale.ROOT)));
    }

    public boolean hasPlace() {
        return placeKey != null && !placeKey.isEmpty();
    }

    /** The same claim, held in another event. */
    public IncidentClaim inEvent(String otherEventId) {
        return new IncidentClaim(id, reportId, date, publishedAt, placeKey, province, low, high, wording, otherEventId,
                provinceLevel);
    }
}
