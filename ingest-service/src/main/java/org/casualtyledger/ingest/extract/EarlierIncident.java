package org.casualtyledger.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule "earlier-incident": a news report recalls incidents before the one it leads with ("In March a suicide attack
 * on the checkpoint killed 26 people", "On Tuesday a chemical attack killed some 100" after a lead told "on
 * Saturday", "an earlier raid killed 12"). A figure in a later sentence that its sentence dates to another time than
 * the lead is the toll of another incident: neither a detail of the lead's toll nor an update of it.
 *
 * <p>Its cues: a weekday the lead's sentence does not name ("on Tuesday" after "on Saturday"); a past period ("last
 * month", "earlier this year", "three weeks ago", "in March", "in 2013") when the lead has none itself (a lead of
 * "last week" is told with the details of last week); an "earlier" or "previous" attack.
 */
final class EarlierIncident {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "weeks", "months", "years", "days");
    private static final Set<String> EARLIER = Set.of("earlier", "previous");
    private static final Set<String> EVENTS = Set.of("attack", "attacks", "raid", "raids", "strike", "strikes",
            "bombing", "bombings", "massacre", "assault", "blast", "explosion", "shelling", "clashes", "incident");

    private EarlierIncident() {
    }

    static boolean dated(Draft d, Sentence lead, List<Token> tokens) {
        if (d.sentence == lead || d.sentence.headline()) {
            return false;
        }
        Sentence s = d.sentence;
        return otherWeekday(d, lead, tokens) || pastPeriod(s, tokens) && !pastPeriod(lead, tokens) || earlierEvent(s, tokens);
    }

    /**
     * "On Tuesday ... some 100 civilians were killed" after a lead of Saturday: the day that opens the figure's
     * clause, not one after it, which mostly dates the telling ("told the radio on Friday").
     */
    private static boolean otherWeekday(Draft d, Sentence lead, List<Token> tokens) {
        Set<String> leadDays = new HashSet<>();
        for (int i = lead.from(); i < lead.to(); i++) {
            if (WEEKDAYS.contains(tokens.get(i).lower())) {
                leadDays.add(tokens.get(i).lower());
            }
        }
        if (leadDays.isEmpty()) {
            return false;
        }
        for (int i = d.sentence.from() + 1; i < d.quantity.from(); i++) {
            String day = tokens.get(i).lower();
            boolean dated = tokens.get(i - 1).is("on") || tokens.get(i - 1).is("last");
            if (dated && WEEKDAYS.contains(day) && !leadDays.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** "last month", "earlier this year", "three weeks ago", "in March", "in 2013". */
    private static boolean pastPeriod(Sentence s, List<Token> tokens) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (t.is("last") && (PERIODS.contains(next.lower()) || MONTHS.contains(next.lower()))
                    || t.is("earlier") && next.is("this")
                    || PERIODS.contains(t.lower()) && next.is("ago")
                    || t.is("in") && (MONTHS.contains(next.lower()) && next.capitalized() || year(next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean year(Token t) {
        return t.isNumber() && t.lower().length() == 4 && (t.lower().startsWith("19") || t.lower().startsWith("20"));
    }

    /** "an earlier attack", "a previous raid". */
    private static boolean earlierEvent(Sentence s, List<Token> tokens) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (EARLIER.contains(tokens.get(i).lower()) && EVENTS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
