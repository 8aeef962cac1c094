package org.casualtyledger.tally.corrections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/**
 * A claim as its active corrections read it, applied in the order they were made: the corrected claim (none when
 * it is rejected as no casualty figure) and whether it stands alone, split off any event.
 */
public record CorrectedReading(Claim claim, boolean alone) {

    public static CorrectedReading of(Claim original, List<Correction> corrections) {
        Claim claim = original;
        boolean alone = false;
        for (Correction c : corrections) {
            if (!c.active()) {
                continue;
            }
            switch (c.kind()) {
                case CHANGE -> claim = changed(claim, c.changes());
                case SPLIT -> alone = true;
                case JOIN -> claim = restating(claim, c.sameAs());
                case REJECTION -> {
                    if (c.rejection() == Correction.Rejection.NOT_A_CASUALTY_FIGURE) {
                        return new CorrectedReading(null, false);
                    }
                    claim = restating(claim, c.sameAs());
                }
            }
        }
        return new CorrectedReading(claim, alone);
    }

    public boolean rejected() {
        return claim == null;
    }

    /** Filed as a repeat of another claim: it never adds to an event or a series again. */
    private static Claim restating(Claim c, String sameAs) {
        return new Claim(c.id(), c.reportId(), c.count(), c.outcome(), c.group(), c.groupAsWritten(), c.subgroup(),
                c.perpetrator(), c.location(), c.scope(), c.periodStart(), c.periodEnd(), c.parentId(), sameAs,
                c.evidence(), c.flags(), c.rule(), c.extractorVersion());
    }

    private static Claim changed(Claim c, Map<String, Object> changes) {
        return new Claim(c.id(), c.reportId(), count(c.count(), changes),
                text(changes, "outcome") == null ? c.outcome() : Outcome.valueOf(text(changes, "outcome")),
                or(text(changes, "group"), c.group()), c.groupAsWritten(), emptyToNull(or(text(changes, "subgroup"), c.subgroup())),
                c.perpetrator(), place(c.location(), changes),
                text(changes, "scope") == null ? c.scope() : Scope.valueOf(text(changes, "scope")),
                date(changes, "periodStart", c.periodStart()), date(changes, "periodEnd", c.periodEnd()),
                emptyToNull(or(text(changes, "parentId"), c.parentId())), c.restates(), c.evidence(), c.flags(), c.rule(), c.extractorVersion());
    }

    private static CountRange count(CountRange count, Map<String, Object> changes) {
        if (!changes.containsKey("value") && !changes.containsKey("qualifier") && !changes.containsKey("upper")) {
            return count;
        }
        Qualifier qualifier = text(changes, "qualifier") == null ? count.qualifier() : Qualifier.valueOf(text(changes, "qualifier"));
        long value = changes.get("value") instanceof Number n ? n.longValue() : count.value();
        if (qualifier == Qualifier.RANGE) {
            long upper = changes.get("upper") instanceof Number n ? n.longValue() : count.upper() == null ? value : count.upper();
            return CountRange.between(value, upper);
        }
        return CountRange.of(qualifier, value);
    }

    /** A new place name is taken as resolved to that name; its coordinates are unknown until a reading gives them. */
    private static Place place(Place location, Map<String, Object> changes) {
        String name = text(changes, "place");
        String province = text(changes, "province");
        if (name == null && province == null) {
            return location;
        }
        Place was = location == null ? Place.unresolved(null) : location;
        String newName = name == null ? was.name() : emptyToNull(name);
        String newProvince = province == null ? was.province() : emptyToNull(province);
        boolean moved = name != null || province != null;
        return new Place(name == null ? was.asWritten() : name, newName, newProvince, was.country(),
                moved ? null : was.latitude(), moved ? null : was.longitude());
    }

    private static LocalDate date(Map<String, Object> changes, String name, LocalDate was) {
        String text = text(changes, name);
        return text == null ? was : LocalDate.parse(text);
    }

    private static String text(Map<String, Object> changes, String name) {
        Object value = changes == null ? null : changes.get(name);
        return value == null ? null : value.toString();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
