package org.casualtyledger.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rule "relative-period": "regime forces arrested 64 people last month", "ISIS cells killed 11 soldiers in several
 * attacks this week", "in the last 30 days the patrols arrested 47 suspects": a span told from the day of publication
 * (this or last month or year; the last N days, N at least a week) is the period the figure is counted over, unless
 * its clause names one event ("in an attack last month", "last month when their car struck a mine") or a day
 * ("yesterday"), dates something before it ("earlier this month"), or the span belongs to the figure's own modifier
 * ("the bodies of 3 shepherds abducted last month were found", "killed 3 drivers kidnapped last month"). Where "last
 * month" is read only in a monitor's count ({@link CountedMonth}), this reads it in any clause: a bulletin's past month
 * gathers that month's incidents. A week is told by the news as the date of one event ("were killed this week when"),
 * so "this week", "last week" and "the past week" make a period only in a monitor's count, over events counted as many
 * ("in several attacks this week"), or set before the sentence as its frame ("In the past week, ...").
 */
final class RelativePeriod {

    static final String NAME = "relative-period";
    private static final Set<String> CURRENT = WordList.of("current");
    private static final Set<String> PREVIOUS = WordList.of("previous-period");
    private static final Set<String> SPANS = WordList.of("relative-spans");
    private static final Set<String> WHEN_IN = WordList.of("when-in-period");
    private static final Set<String> EVENTS = WordList.of("events");
    private static final Set<String> MASS_EVENTS = WordList.of("mass-events");
    private static final Set<String> OVER = WordList.of("over");
    private static final Set<String> RECENT = WordList.of("recent");
    private static final NumberWords NUMBER_WORDS = new NumberWords();
    /** Fewer days than a week are told as one stretch of fighting; a week or more gathers incidents. */
    private static final int WEEK = 7;

    private RelativePeriod() {
    }

    /** A span told from publication in [from, to), whose clause names no single event nor a day; the figure at {@code figure}. */
    static boolean holds(List<Token> tokens, int from, int to, int figure) {
        return holds(tokens, from, to, figure, false);
    }

    /**
     * As {@link #holds(List, int, int, int)}, for an adverbial set before its sentence or a list's introduction
     * ("In the past week, ..."), which frames every figure after it: there a week is a period as any span is.
     */
    static boolean frames(List<Token> tokens, int from, int to) {
        return holds(tokens, from, to, to, true);
    }

    private static boolean holds(List<Token> tokens, int from, int to, int figure, boolean framing) {
        int at = at(tokens, from, to);
        if (at < 0 || oneEvent(tokens, from, to) || SentenceRules.namesDay(tokens, from, to)
                || at > figure && (datesSubject(tokens, at, to) || modifierBetween(tokens, figure + 1, at))) {
            return false;
        }
        boolean week = tokens.get(at + 1).is("week") || at + 3 < to && tokens.get(at + 3).is("week");
        return !week || framing || CountedMonth.counting(tokens, from, to) || separateEvents(tokens, from, to);
    }

    private static final Set<String> RELATIVES = WordList.of("relative-pronouns");
    private static final Set<String> PARTICIPLE_LEADS = WordList.of("participle-leads");
    private static final Set<String> EVENT_PARTICIPLES = WordList.of("event-participles");

    /**
     * "killed three drivers kidnapped on the highway last month", "killed 3 drivers who were kidnapped last month": a
     * participle of another outcome or a relative clause between the figure and the span is what the span dates
     * ("arrested 12 people accused of smuggling in the last 10 days" is still counted over the days); "9 were killed last
     * month", "5 killed and 4 injured last month" tell the figures' own outcome.
     */
    private static boolean modifierBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (RELATIVES.contains(w)) {
                return true;
            }
            Token before = tokens.get(k - 1);
            if (EVENT_PARTICIPLES.contains(w) && before.isWord() && !before.lower().endsWith("ly")
                    && !FINITE_AUXILIARIES.contains(before.lower()) && !PARTICIPLE_LEADS.contains(before.lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words a span may stand before the clause's verb when it modifies the subject. */
    private static final int SUBJECT_REACH = 6;
    private static final Set<String> FINITE_AUXILIARIES = WordList.of("finite-auxiliaries");

    /**
     * "the bodies of 3 shepherds abducted last week were found": the clause's verb follows a span told after the figure,
     * in the figure's own modifier; "the toll of the previous year was 4,360" names the figure's period before it.
     */
    private static boolean datesSubject(List<Token> tokens, int at, int to) {
        for (int k = at + 2; k < Math.min(to, at + 2 + SUBJECT_REACH); k++) {
            Token t = tokens.get(k);
            if (t.isPunct()) {
                return false;
            }
            if (FINITE_AUXILIARIES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the span told in [from, to), or null. */
    static LocalDate start(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        int at = at(tokens, from, to);
        if (at < 0 || publishedAt == null) {
            return null;
        }
        long days = days(tokens, at, to);
        if (days > 0) {
            return publishedAt.minusDays(days);
        }
        boolean previous = PREVIOUS.contains(tokens.get(at).lower());
        String span = tokens.get(at + 1).lower();
        if (span.equals("week")) {
            LocalDate monday = publishedAt.with(DayOfWeek.MONDAY);
            return previous ? monday.minusWeeks(1) : monday;
        }
        return PeriodStart.firstDay(publishedAt, span.equals("month"), previous);
    }

    /** Where the span starts in [from, to): "this"/"last" before its span, or "in" of "in the last 30 days"; -1 if none. */
    private static int at(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = tokens.get(i).lower();
            if ((CURRENT.contains(w) || PREVIOUS.contains(w)) && SPANS.contains(tokens.get(i + 1).lower())
                    && !(i > 0 && WHEN_IN.contains(tokens.get(i - 1).lower()))) {
                return i;
            }
            if (OVER.contains(w) && days(tokens, i, to) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** "in the last 30 days", "over the past ten days", "in the past week": the days counted back, at least a week; 0 otherwise. */
    private static long days(List<Token> tokens, int at, int to) {
        if (at + 3 >= to || !OVER.contains(tokens.get(at).lower()) || !tokens.get(at + 1).is("the")
                || !RECENT.contains(tokens.get(at + 2).lower())) {
            return 0;
        }
        if (tokens.get(at + 3).is("week")) {
            return WEEK;
        }
        return at + 4 < to && tokens.get(at + 4).is("days") ? weekOfDays(tokens.get(at + 3)) : 0;
    }

    /** The days a number counts ("10", "ten") when they make a week or more; 0 otherwise. */
    static long weekOfDays(Token n) {
        long value = n.isNumber() ? digits(n.text()) : spelled(n.lower());
        return value >= WEEK ? value : 0;
    }

    private static long spelled(String word) {
        return NUMBER_WORDS.isNumberWord(word) ? NUMBER_WORDS.parse(word) : -1;
    }

    private static long digits(String text) {
        try {
            return Long.parseLong(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * "in an attack last month", "when their car struck a mine": one event named in the clause dates that
     * event; the plural ("in several attacks this week") or a mass noun ("in the airstrikes and shelling this week")
     * may gather the span's incidents.
     */
    private static boolean oneEvent(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (EVENTS.contains(w) && !plural(w) && !MASS_EVENTS.contains(w) || w.equals("when")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SEPARATE = WordList.of("separate-events");

    /** "in several attacks", "in 5 raids": events counted as many; "a wave of clashes" is one. */
    private static boolean separateEvents(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token before = tokens.get(i - 1);
            if (plural(tokens.get(i).lower()) && (SEPARATE.contains(before.lower()) || before.isNumber())) {
                return true;
            }
        }
        return false;
    }

    private static boolean plural(String w) {
        return w.endsWith("s") && (EVENTS.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && EVENTS.contains(w.substring(0, w.length() - 2)));
    }
}
