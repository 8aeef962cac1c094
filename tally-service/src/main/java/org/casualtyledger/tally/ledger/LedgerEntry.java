package org.casualtyledger.tally.ledger;

import java.time.LocalDate;
import java.util.Locale;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.claim.Scope;

/**
 * A claim as the ledger files it: the claim, its report's source and date, and the keys the ledger sorts and
 * clusters by. Plain data derived from the claim alone, so that a rebuild derives exactly the same entry.
 */
public record LedgerEntry(
        Claim claim,
        String source,
        LocalDate publishedAt,
        LocalDate date,
        String subgroup,
        String province,
        String place,
        String placeKey,
        boolean topLevel,
        boolean breakdown,
        long low,
        long best,
        Long high,
        long statedHigh,
        boolean openHigh,
        int precisionRank,
        int placeRank,
        String clusterKey,
        String seriesId) {

    public static LedgerEntry of(Claim claim, ReportRef report) {
        CountRange count = claim.count();
        Place location = claim.location();
        String subgroup = blankToEmpty(claim.subgroup());
        String province = location == null ? "" : blankToEmpty(location.province());
        String placeKey = placeKey(location);
        return new LedgerEntry(claim, report.source(), report.publishedAt(), dateOf(claim, report.publishedAt()),
                subgroup, province,
                location == null ? "" : blankToEmpty(location.name()),
                placeKey,
                claim.isTopLevel(), claim.parentId() != null,
                count.low(), count.best(), count.high(), statedHigh(count),
                count.high() == null || claim.flags().contains(ClaimFlag.PROVISIONAL),
                precisionRank(count.qualifier()), placeRank(location),
                clusterKey(claim, subgroup, province, placeKey),
                seriesId(claim, report.source(), subgroup));
    }

    /** The same entry split off any event by an analyst: an incident of its own, a cluster of its own. */
    public LedgerEntry alone() {
        if (clusterKey == null) {
            return this;
        }
        return new LedgerEntry(claim, source, publishedAt, date, subgroup, province, place, placeKey, topLevel, breakdown,
                low, best, high, statedHigh, openHigh, precisionRank, placeRank, "solo|" + claim.id(), seriesId);
    }

    /**
     * Incident claims can only share an event within one cluster: same outcome, group, subgroup and province
     * (or the same unresolved place). A claim without any place is a cluster of its own: too vague to join.
     */
    static String clusterKey(Claim claim, String subgroup, String province, String placeKey) {
        if (claim.scope() != Scope.INCIDENT || !claim.isTopLevel()) {
            return null;
        }
        if (placeKey.isEmpty()) {
            return "solo|" + claim.id();
        }
        String where = province.isEmpty() ? placeKey : normalise(province);
        return claim.outcome() + "|" + claim.group() + "|" + subgroup + "|" + where;
    }

    /** A running total belongs to the series of its source, group, outcome, subgroup and period start. */
    static String seriesId(Claim claim, String source, String subgroup) {
        if (claim.scope() != Scope.CUMULATIVE || claim.restates() != null) {
            return null;
        }
        String key = source + "|" + claim.group() + "|" + claim.outcome() + "|" + subgroup + "|"
                + claim.periodStart() + "|" + (claim.parentId() != null ? "breakdown" : "top");
        return "s-" + Hashes.sha256Hex(key).substring(0, 24);
    }

    /** 2: a named town or village; 1: only a province; 0: unresolved or no place. */
    static int placeRank(Place location) {
        if (location == null) {
            return 0;
        }
        boolean hasProvince = location.province() != null && !location.province().isBlank();
        boolean hasName = location.name() != null && !location.name().isBlank();
        if (hasName && !(hasProvince && normalise(location.name()).equals(normalise(location.province())))) {
            return 2;
        }
        return hasProvince || hasName ? 1 : 0;
    }

    /** An incident is dated by its period start; a running total by the day it was published. */
    static LocalDate dateOf(Claim claim, LocalDate publishedAt) {
        if (claim.scope() == Scope.CUMULATIVE) {
            return publishedAt;
        }
        if (claim.periodStart() != null) {
            return claim.periodStart();
        }
        return claim.periodEnd() != null ? claim.periodEnd() : publishedAt;
    }

    /** The largest figure the claim states: the upper number of a range, otherwise the number itself. */
    static long statedHigh(CountRange count) {
        long stated = count.upper() != null ? Math.max(count.value(), count.upper()) : count.value();
        return Math.max(stated, count.low());
    }

    /** How precise the wording is: an exact figure says more than "at least", which says more than "dozens". */
    static int precisionRank(Qualifier qualifier) {
        switch (qualifier) {
            case EXACT:
                return 4;
            case AT_LEAST:
            case MORE_THAN:
            case NEARLY:
            case ABOUT:
                return 3;
            case RANGE:
            case UP_TO:
            case LESS_THAN:
                return 2;
            default:
                return 1;
        }
    }

    static String placeKey(Place location) {
        if (location == null) {
            return "";
        }
        if (location.name() != null && !location.name().isBlank()) {
            return normalise(location.name());
        }
        if (location.province() != null && !location.province().isBlank()) {
            return normalise(location.province());
        }
        return location.asWritten() == null || location.asWritten().isBlank() ? "" : "?" + normalise(location.asWritten());
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String normalise(String name) {
        return WHITESPACE.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    public boolean isIncident() {
        return claim.scope() == Scope.INCIDENT;
    }

    public Double latitude() {
        return claim.location() == null ? null : claim.location().latitude();
    }

    public Double longitude() {
        return claim.location() == null ? null : claim.location().longitude();
    }
}
