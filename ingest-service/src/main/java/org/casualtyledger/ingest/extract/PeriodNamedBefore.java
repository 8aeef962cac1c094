package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Scope;

/**
 * Rule "period-named-before": "the death of 506 people since the start of the regime offensive on the 1st of February
 * ... it rose to 213 the number of soldiers killed since the start of the offensive": a running total counted "since
 * the start of" an event the report dated before, in any paragraph, starts on that date: the second telling names
 * the event by its head noun and leaves out its date.
 * <p>Rule "same-period": "the death of 1,180 people during August 2019 ... In the same period, the monitor documented
 * the injury of more than 1,900 people": "the same period" is the period of the latest running total told before.
 * <p>Rule "since-then": "the death of 465 civilians since the start of the offensive on the 15th of November ... and
 * the forces arrested hundreds of young men since that date": "since then", "since that date" count the figure over
 * the period of the latest running total told before it.
 */
final class PeriodNamedBefore {

    static final String NAME = "period-named-before";
    static final String SAME_PERIOD = "same-period";
    static final String SINCE_THEN = "since-then";
    /**
     * Rule "revolution-start": "the number of detainees who died in the prisons since the beginning of the revolution
     * exceeded 16,000": a monitor of the war in Syria counts the revolution from the 15th of March 2011 where it names
     * no date.
     */
    static final String REVOLUTION = "revolution-start";
    private static final LocalDate REVOLUTION_START = LocalDate.of(2011, 3, 15);
    private static final Set<String> WAR_STARTS = WordList.of("revolution-words");
    /** How far after the revolution's name a date of its own may stand: "revolution on the 18th of March 2011". */
    private static final int DATE_REACH = 7;
    private static final Set<String> THAT_POINTS = WordList.of("that-points");
    /** How far from its figure, in its sentence, "since then" may stand. */
    private static final int SINCE_THEN_REACH = 16;
    private static final Set<String> START_NOUNS = WordList.of("period-start-nouns");
    private static final Set<String> PREPOSITIONS = WordList.of("prepositions");
    /** Words after an event's name: "the escalation last Sunday", "the offensive which ...", "the clashes and". */
    private static final Set<String> NAME_ENDS = WordList.of("event-name-ends");
    /** The verb after the name: "since the beginning of the revolution rose to", "... of the raids has risen". */
    private static final Set<String> RISES = WordList.of("rises");
    private static final Set<String> FINITE = WordList.of("finite-auxiliaries");
    /** How many words the event's name may take: "the Turkish-backed factions' offensive". */
    private static final int NAME_REACH = 6;

    private PeriodNamedBefore() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens) {
        Boolean syrian = null;
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.parent != null) {
                continue;
            }
            if (d.restates == null && d.periodStart == null && sinceThen(tokens, d)) {
                Draft latest = latestPeriod(drafts, k);
                if (latest != null) {
                    d.scope = Scope.CUMULATIVE;
                    d.periodStart = latest.periodStart;
                    d.rule = SINCE_THEN + "-" + d.rule;
                }
                continue;
            }
            if (d.scope != Scope.CUMULATIVE) {
                continue;
            }
            String event = event(tokens, d);
            if (event != null && revolution(tokens, d, event)) {
                syrian = syrian != null ? syrian : SyrianSetting.monitorNamed(tokens);
                if (syrian) {
                    d.periodStart = REVOLUTION_START;
                    d.rule = REVOLUTION + "-" + d.rule;
                    continue;
                }
            }
            if (d.periodStart != null) {
                continue;
            }
            if (samePeriod(tokens, d.sentence)) {
                Draft latest = latestPeriod(drafts, k);
                if (latest != null) {
                    d.periodStart = latest.periodStart;
                    d.rule = SAME_PERIOD + "-" + d.rule;
                }
                continue;
            }
            for (int j = k - 1; event != null && j >= 0; j--) {
                Draft e = drafts.get(j);
                if (e.scope == Scope.CUMULATIVE && e.periodStart != null && e.sentence != d.sentence
                        && event.equals(event(tokens, e))) {
                    d.periodStart = e.periodStart;
                    d.rule = NAME + "-" + d.rule;
                    break;
                }
            }
        }
    }

    /**
     * The head noun of the event of "since the start of the ... offensive" told for the figure: the first such
     * phrase after it in its sentence, else the last before it; or null.
     */
    static String event(List<Token> tokens, Draft d) {
        Sentence s = d.sentence;
        for (int i = d.quantity.to(); i < s.to() && !tokens.get(i).isNumber(); i++) {
            String head = eventAt(tokens, i, s.to());
            if (head != null) {
                return head;
            }
        }
        for (int i = d.quantity.from() - 1; i >= s.from() && !tokens.get(i).isNumber(); i--) {
            String head = eventAt(tokens, i, s.to());
            if (head != null) {
                return head;
            }
        }
        return null;
    }

    /** "since the beginning of the revolution" with no month or year right after its name. */
    private static boolean revolution(List<Token> tokens, Draft d, String event) {
        if (!WAR_STARTS.contains(event)) {
            return false;
        }
        int from = Math.max(d.sentence.from(), d.quantity.from() - SINCE_THEN_REACH);
        int to = Math.min(d.sentence.to(), d.quantity.to() + SINCE_THEN_REACH);
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(event)) {
                for (int k = i + 1; k < Math.min(d.sentence.to(), i + DATE_REACH); k++) {
                    if (NonCasualty.MONTHS.contains(tokens.get(k).lower()) || NonCasualty.isYear(tokens.get(k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String eventAt(List<Token> tokens, int i, int to) {
        if (i + 4 >= to || !tokens.get(i).is("since") || !tokens.get(i + 1).is("the") || !START_NOUNS.contains(tokens.get(i + 2).lower())
                || !tokens.get(i + 3).is("of")) {
            return null;
        }
        String head = null;
        for (int k = i + 4; k < Math.min(to, i + 4 + NAME_REACH); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || PREPOSITIONS.contains(t.lower()) || NAME_ENDS.contains(t.lower())
                    || RISES.contains(t.lower()) || FINITE.contains(t.lower())
                    || DateReader.isWeekday(t.lower()) || NonCasualty.MONTHS.contains(t.lower())) {
                break;
            }
            head = t.lower();
        }
        return head == null || head.equals("the") ? null : head;
    }

    /** "in the same period", "during the same period". */
    private static boolean samePeriod(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (tokens.get(i).is("same") && tokens.get(i + 1).is("period")) {
                return true;
            }
        }
        return false;
    }

    /** The latest running total before draft {@code k} whose period start is known. */
    private static Draft latestPeriod(List<Draft> drafts, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Draft e = drafts.get(j);
            if (e.scope == Scope.CUMULATIVE && e.periodStart != null && e.parent == null && e.restates == null) {
                return e;
            }
        }
        return null;
    }

    /** "since then", "since that date" near the figure, in its sentence. */
    private static boolean sinceThen(List<Token> tokens, Draft d) {
        int from = Math.max(d.sentence.from(), d.quantity.from() - SINCE_THEN_REACH);
        int to = Math.min(d.sentence.to(), d.quantity.to() + SINCE_THEN_REACH);
        for (int i = from; i + 1 < to; i++) {
            if (!tokens.get(i).is("since")) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.is("then") || next.is("that") && i + 2 < to && THAT_POINTS.contains(tokens.get(i + 2).lower())) {
                return true;
            }
        }
        return false;
    }
}
