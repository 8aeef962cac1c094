package org.casualtyledger.tally.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the incident claims of one cluster (same outcome, group, subgroup, province) into events.
 *
 * <p>The rule is greedy over the canonical order (incident date, publication date, report, claim): a claim joins
 * the earliest open event that it fits with every member of, otherwise it opens an event of its own. An event is
 * open for the window after its first claim's date, so it never spans more than the window. A claim fits a member
 * when they come from different reports (one report's figures are different incidents), name the same place or one
 * names the province the other lies in, and their count ranges overlap ("about 35" and "at least 34" do; "12" and
 * "40" do not). Anything less is kept apart: the rule prefers two events to one wrong merge.
 *
 * <p>Because the decision for a claim depends only on the events open at its date, re-clustering from any date
 * with the events open there gives exactly what a rebuild from scratch gives.
 */
public final class EventClusterer {
    private final int windowDays;

    public EventClusterer(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative");
        }
        this.windowDays = windowDays;
    }

    public int windowDays() {
        return windowDays;
    }

    /** The event of one claim and why it is there. */
    public record Assignment(String eventId, String reason) {
    }

    /**
     * Assigns every claim dated on or after {@code restartFrom}; earlier claims keep the event the ledger holds them
     * in and only serve as the state the greedy rule continues from. {@code claims} need not be sorted.
     */
    public Map<String, Assignment> cluster(List<IncidentClaim> claims, LocalDate restartFrom) {
        List<IncidentClaim> ordered = new ArrayList<>(claims);
        ordered.sort(IncidentClaim.CANONICAL);
        Map<String, OpenEvent> events = new LinkedHashMap<>();
        Map<String, Assignment> assignments = new HashMap<>();
        for (IncidentClaim claim : ordered) {
            if (restartFrom != null && claim.date().isBefore(restartFrom) && claim.eventId() != null) {
                // An event whose first claim lies before the loaded claims closed before restartFrom.
                boolean anchorLoaded = eventIdOf(claim.id()).equals(claim.eventId());
                events.computeIfAbsent(claim.eventId(), id -> new OpenEvent(id, claim, !anchorLoaded)).members.add(claim);
                continue;
            }
            assignments.put(claim.id(), place(claim, events));
        }
        return assignments;
    }

    private Assignment place(IncidentClaim claim, Map<String, OpenEvent> events) {
        forgetClosed(events, claim.date());
        for (OpenEvent event : events.values()) {
            if (event.closed || daysBetween(event.anchor.date(), claim.date()) > windowDays) {
                continue;
            }
            Optional<String> reason = joinReason(event, claim);
            if (reason.isPresent()) {
                event.members.add(claim);
                return new Assignment(event.id, reason.get());
            }
        }
        OpenEvent opened = new OpenEvent(eventIdOf(claim.id()), claim, false);
        opened.members.add(claim);
        events.put(opened.id, opened);
        return new Assignment(opened.id, claim.hasPlace() ? "first report of the incident"
                : "no place stated: kept as an event of its own");
    }

    /**
     * Events come in the order of their first claim's date and claims come in date order, so an event out of the
     * window of this claim is out of the window of every later one: dropping it keeps a long cluster linear.
     */
    private void forgetClosed(Map<String, OpenEvent> events, LocalDate date) {
        Iterator<OpenEvent> it = events.values().iterator();
        while (it.hasNext()) {
            if (ChronoUnit.DAYS.between(it.next().anchor.date(), date) <= windowDays) {
                return;
            }
            it.remove();
        }
    }

    private Optional<String> joinReason(OpenEvent event, IncidentClaim claim) {
        if (!claim.hasPlace()) {
            return Optional.empty();
        }
        for (IncidentClaim member : event.members) {
            if (member.reportId().equals(claim.reportId()) || !placesFit(member, claim) || !countsFit(member, claim)) {
                return Optional.empty();
            }
        }
        IncidentClaim anchor = event.anchor;
        long days = daysBetween(anchor.date(), claim.date());
        return Optional.of("same outcome and group; " + placeReason(anchor, claim) + "; "
                + (days == 0 ? "same day" : days + " day(s) apart, within " + windowDays)
                + "; counts agree (" + anchor.wording() + " / " + claim.wording() + ")");
    }

    static boolean placesFit(IncidentClaim a, IncidentClaim b) {
        if (!a.hasPlace() || !b.hasPlace()) {
            return false;
        }
        if (a.placeKey().equals(b.placeKey())) {
            return true;
        }
        return inProvinceOf(a, b) || inProvinceOf(b, a);
    }

    private static boolean inProvinceOf(IncidentClaim inner, IncidentClaim provinceClaim) {
        return provinceClaim.provinceLevel() && inner.province() != null
                && inner.province().equalsIgnoreCase(provinceClaim.province());
    }

    private static String placeReason(IncidentClaim anchor, IncidentClaim claim) {
        if (anchor.placeKey().equals(claim.placeKey())) {
            return "same place (" + claim.placeKey() + ")";
        }
        return "one place inside the other's province (" + anchor.placeKey() + " / " + claim.placeKey() + ")";
    }

    /** Two count ranges fit when they overlap; an open upper bound reaches any larger figure. */
    static boolean countsFit(IncidentClaim a, IncidentClaim b) {
        long aHigh = a.high() == null ? Long.MAX_VALUE : a.high();
        long bHigh = b.high() == null ? Long.MAX_VALUE : b.high();
        return a.low() <= bHigh && b.low() <= aHigh;
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return Math.abs(ChronoUnit.DAYS.between(from, to));
    }

    /** An event is named after its first claim, so the same claims always give the same event id. */
    public static String eventIdOf(String anchorClaimId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("event|" + anchorClaimId).getBytes(StandardCharsets.UTF_8));
            return "e-" + HexFormat.of().formatHex(digest).substring(0, 24).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OpenEvent {
        final String id;
        final IncidentClaim anchor;
        final boolean closed;
        final List<IncidentClaim> members = new ArrayList<>();

        OpenEvent(String id, IncidentClaim anchor, boolean closed) {
            this.id = id;
            this.anchor = anchor;
            this.closed = closed;
        }
    }
}
