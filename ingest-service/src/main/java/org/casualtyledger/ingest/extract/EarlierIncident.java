package org.casualtyledger.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "earlier-incident": a news report recalls incidents before the one it leads with ("In March a suicide attack
 * on the checkpoint killed 26 people", "On Tuesday a chemical attack killed some 100" after a lead told "on
 * Saturday", "an earlier raid killed 12"). A figure in a later sentence that its sentence dates to another time than
 * the lead is the toll of another incident: neither a detail of the lead's toll nor an update of it.
 *
 * <p>Its cues: a weekday the lead's sentence does not name ("on Tuesday" after "on Saturday"); a past period ("last
 * month", "earlier this year", "three weeks ago", "in March", "in 2013", an "earlier" or "previous" attack) when the
 * lead has none itself (a lead of "last week" is told with the details of last week). Each sentence is read once.
 */
final class EarlierIncident {

    private static final Set<String> PERIODS = WordList.of("periods");
    private static final Set<String> EARLIER = WordList.of("earlier");
    private static final Set<String> EVENTS = WordList.of("events");

    private final List<Token> tokens;
    private final Sentence lead;
    private final Set<String> leadDays;
    private final boolean leadPast;
    private final Map<Sentence, SentenceDate> dates = new HashMap<>();

    /** The dating of one sentence, read once: the first day that opens a clause ("On Tuesday"), and past cues. */
    private record SentenceDate(int dayAt, String day, boolean past) {
    }

    EarlierIncident(List<Token> tokens, Sentence lead) {
        this.tokens = tokens;
        this.lead = lead;
        this.leadDays = weekdays(lead);
        this.leadPast = read(lead).past();
    }

    boolean dated(Draft d) {
        if (d.sentence == lead || d.sentence.headline()) {
            return false;
        }
        SentenceDate date = dates.computeIfAbsent(d.sentence, this::read);
        boolean otherDay = date.day() != null && date.dayAt() < d.quantity.from() && !leadDays.isEmpty()
                && !leadDays.contains(date.day());
        return otherDay || date.past() && !leadPast;
    }

    private Set<String> weekdays(Sentence s) {
        Set<String> days = new HashSet<>();
        for (int i = s.from(); i < s.to(); i++) {
            if (DateReader.isWeekday(tokens.get(i).lower())) {
                days.add(tokens.get(i).lower());
            }
        }
        return days;
    }

    /**
     * "On Tuesday ... some 100 civilians were killed" after a lead of Saturday: a day after "on" or "last" before the
     * figure; one after it mostly dates the telling ("told the radio on Friday"). Past: "last month", "earlier this
     * year", "three weeks ago", "in March", "in 2013", "an earlier attack".
     */
    private SentenceDate read(Sentence s) {
        int dayAt = Integer.MAX_VALUE;
        String day = null;
        boolean past = false;
        for (int i = s.from(); i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (day == null && (t.is("on") || t.is("last")) && DateReader.isWeekday(next.lower())) {
                day = next.lower();
                dayAt = i + 1;
            }
            past = past || t.is("last") && (PERIODS.contains(next.lower()) || NonCasualty.MONTHS.contains(next.lower()))
                    || t.is("earlier") && next.is("this")
                    || next.is("ago") && PERIODS.contains(t.lower())
                    || t.is("in") && (NonCasualty.MONTHS.contains(next.lower()) && next.capitalized()
                            || NonCasualty.isYear(next))
                    || EARLIER.contains(t.lower()) && EVENTS.contains(next.lower());
        }
        return new SentenceDate(dayAt, day, past);
    }
}
