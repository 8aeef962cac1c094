package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A figure counted over a stretch of time rather than in one event: "in the past two weeks more than 200 civilians
 * have been killed", "over the last 24 hours", "a month of infighting has killed nearly 300", "September was the
 * deadliest month, with 3,000 killed". Such a figure is a running total, not one incident (scope CUMULATIVE).
 * A total over "separate attacks" of one day stays an incident figure: news and its coders tell it as one event.
 */
final class PeriodTotal {

    /** Hours, days or a week of fighting are told as one event; weeks, months and years are a period. */
    private static final Set<String> SPANS = WordList.of("spans");
    private static final Set<String> RECENT = WordList.of("recent");
    private static final Set<String> OVER = WordList.of("over");
    /** How many words may stand between "past" and the span: "the past two weeks", "the last 24 hours". */
    private static final int SPAN_REACH = 3;

    private PeriodTotal() {
    }

    /**
     * A period cue in [from, to): "over the past N weeks", "a month of fighting", "the deadliest month", "in recent
     * years".
     */
    static boolean cued(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (!CUE_STARTS.contains(w)) {
                continue;
            }
            int past = afterCourse(tokens, i + 1, to);
            if (OVER.contains(w) && past + 1 < to && tokens.get(past).is("the") && RECENT.contains(tokens.get(past + 1).lower())
                    && spanWithin(tokens, past + 2, to)) {
                return true;
            }
            if (SPANS.contains(w) && i + 1 < to && tokens.get(i + 1).is("of") && i > from
                    && (tokens.get(i - 1).is("a") || tokens.get(i - 1).isNumber() || NUMBER_WORDS.contains(tokens.get(i - 1).lower()))) {
                return true;
            }
            if (OVER.contains(w) && i + 2 < to && thisOrFirst(tokens, i + 1) && spanWithin(tokens, i + 2, Math.min(tokens.size(), i + 3 + SPAN_REACH))) {
                return true;
            }
            if (OVER.contains(w) && !w.equals("for") && countedSpan(tokens, i + 1, to)) {
                return true;
            }
            if (OVER.contains(w) && !w.equals("in") && wholeSpan(tokens, i + 1, to)) {
                return true;
            }
            if (w.equals("recent") && i > from && tokens.get(i - 1).is("in") && i + 1 < to && SPANS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
            if (w.equals("deadliest") && i + 1 < to && SPANS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
            if ((w.equals("during") || w.equals("throughout")) && namedPeriod(tokens, i + 1, to)) {
                return true;
            }
            if (w.equals("same") && i > from && tokens.get(i - 1).is("the") && i + 1 < to && SAME_SPANS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
            if (NonCasualty.MONTHS.contains(w) && i + 1 < to && tokens.get(i + 1).is("alone")) {
                return true;
            }
            if (CURRENT.contains(w) && i + 1 < to && CALENDAR_SPANS.contains(tokens.get(i + 1).lower())
                    && !eventBetween(tokens, from, i) && !(i > 0 && WHEN_IN.contains(tokens.get(i - 1).lower()))) {
                return true;
            }
            if (PERIODIC.contains(w) && i + 1 < to && PERIODIC_NOUNS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
            if (PeriodToll.at(tokens, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "period-total" for a named stretch: "in this month alone 37 have died", "during this year", "for the first
     * six months of 2016".
     */
    private static boolean thisOrFirst(List<Token> tokens, int at) {
        return tokens.get(at).is("this") || tokens.get(at).is("the") && at + 1 < tokens.size() && tokens.get(at + 1).is("first");
    }

    private static final Set<String> SAME_SPANS = WordList.of("same-spans");
    /** Rule "current-period": "in the camp this month", "since the beginning of the current year"; "earlier this month" dates one event. */
    private static final Set<String> CURRENT = WordList.of("current");
    private static final Set<String> WHEN_IN = WordList.of("when-in-period");
    /** Rule "periodic-toll": "230 people, the lowest monthly toll this year", "the annual toll of 2023". */
    private static final Set<String> PERIODIC = WordList.of("periodic");
    /** "the monthly toll", "in its monthly report", "the annual statistics": a count told for its period. */
    private static final Set<String> PERIODIC_NOUNS = WordList.of("periodic-nouns");
    private static final Set<String> CALENDAR_SPANS = WordList.of("calendar-spans");
    /** Every word a cue of {@link #cued} starts from: most words start none, and the check runs per figure. */
    private static final Set<String> CUE_STARTS = cueStarts();

    private static Set<String> cueStarts() {
        Set<String> starts = new java.util.HashSet<>(List.of("recent", "deadliest", "during", "throughout", "same"));
        starts.addAll(WordList.of("toll-nouns"));
        for (Set<String> words : List.of(OVER, SPANS, NonCasualty.MONTHS, CURRENT, PERIODIC)) {
            starts.addAll(words);
        }
        return Set.copyOf(starts);
    }

    /**
     * Rule "named-period": "during October 2021", "during the month of March", "during 2023", "during the year", "in the
     * same period", "March alone": a figure counted over a calendar month or year gathers that period's incidents.
     */
    private static boolean namedPeriod(List<Token> tokens, int at, int to) {
        if (FeastPeriod.named(tokens, at, to)) {
            return true;
        }
        int i = at;
        if (i < to && tokens.get(i).is("the")) {
            i++;
            if (i + 1 < to && tokens.get(i).is("same") && SAME_SPANS.contains(tokens.get(i + 1).lower())) {
                return true;
            }
        }
        if (i < to && CALENDAR_SPANS.contains(tokens.get(i).lower())) {
            return true;
        }
        return i < to && (NonCasualty.MONTHS.contains(tokens.get(i).lower()) || NonCasualty.isYear(tokens.get(i)));
    }

    private static final Set<String> WHOLE_SPAN_ARTICLES = WordList.of("whole-span-articles");

    /** "over the course of the past month" is "over the past month": past "the course of", or {@code at} itself. */
    private static int afterCourse(List<Token> tokens, int at, int to) {
        return at + 2 < to && tokens.get(at).is("the") && tokens.get(at + 1).is("course") && tokens.get(at + 2).is("of") ? at + 3 : at;
    }

    /**
     * Rule "whole-span": "over the year", "throughout the month", "within a month", "over the course of the year": a
     * figure counted over a whole month or year, not one day of it, gathers that span's incidents.
     */
    private static boolean wholeSpan(List<Token> tokens, int at, int to) {
        int i = afterCourse(tokens, at, to);
        return i + 1 < to && WHOLE_SPAN_ARTICLES.contains(tokens.get(i).lower()) && CALENDAR_SPANS.contains(tokens.get(i + 1).lower())
                && !(i + 2 < to && tokens.get(i + 2).is("of"));
    }

    /** How far apart the two ends of "between January and May" may stand. */
    private static final int RANGE_REACH = 10;

    /**
     * Rule "calendar-range": "between January and May 2024", "from the start of January until the end of May",
     * "between March 1 and March 31": a figure counted between two months or years, or two days of them, gathers the
     * incidents of the days between.
     */
    private static boolean calendarRange(List<Token> tokens, int at, int to) {
        String w = tokens.get(at).lower();
        if (!w.equals("between") && !w.equals("from")) {
            return false;
        }
        int first = -1;
        int end = Math.min(to, at + 1 + RANGE_REACH);
        for (int k = at + 1; k < end; k++) {
            Token t = tokens.get(k);
            boolean calendar = month(t) || NonCasualty.isYear(t) || DateReader.ordinalDay(t);
            if (calendar && first < 0) {
                first = k;
            } else if (calendar && isRangeJoin(tokens, first + 1, k, w.equals("between"))) {
                return namesMonth(tokens, first, Math.min(to, k + 3));
            } else if (t.isNumber() && !calendar && !DateReader.dayOfMonth(tokens, k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean month(Token t) {
        return NonCasualty.MONTHS.contains(t.lower()) && t.capitalized();
    }

    /** "from the 1st to the 30th of June": days make a range of the calendar only with their month or year. */
    private static boolean namesMonth(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (month(tokens.get(k)) || NonCasualty.isYear(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRangeJoin(List<Token> tokens, int from, int to, boolean between) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (between ? w.equals("and") : w.equals("until") || w.equals("to") || w.equals("till")) {
                return true;
            }
        }
        return false;
    }

    /** "the same period", "the same month": the period another figure of the text has just named. */
    private static boolean samePeriod(List<Token> tokens, int at, int to) {
        return at + 2 < to && tokens.get(at).is("the") && tokens.get(at + 1).is("same") && SAME_SPANS.contains(tokens.get(at + 2).lower());
    }

    /**
     * Rule "named-period" after "in": "in July 2018", "in the month of March", "in 2023": a
     * calendar month or year named whole, with no day in it, is the period the figure is counted over; "in July 5"
     * or "in the 5th of July" names a day.
     */
    private static boolean calendarPeriod(List<Token> tokens, int at, int to) {
        int i = at;
        boolean monthOf = i + 2 < to && tokens.get(i).is("the") && CALENDAR_SPANS.contains(tokens.get(i + 1).lower()) && tokens.get(i + 2).is("of");
        if (monthOf) {
            i += 3;
        }
        i = PeriodStart.namedYear(tokens, i, to);
        if (i < to && NonCasualty.MONTHS.contains(tokens.get(i).lower()) && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            int next = i + 1;
            boolean year = next < to && NonCasualty.isYear(tokens.get(next));
            if (year) {
                next++;
            }
            // A month alone after "in" dates an incident ("killed in the tunnel in May"); a count over a month names
            // its year or says "the month of".
            return (year || monthOf) && closes(tokens, next, to);
        }
        return i < to && NonCasualty.isYear(tokens.get(i)) && closes(tokens, i + 1, to);
    }

    private static final Set<String> PREPOSITIONS = WordList.of("prepositions");
    private static final Set<String> COORDINATION = WordList.of("coordination");
    /** "the number of people killed in 2023 has risen to 320": the clause's verb after the year ends its phrase. */
    private static final Set<String> FINITE_AUXILIARIES = WordList.of("finite-auxiliaries");

    /**
     * The month or year ends its phrase: a mark, a preposition, a conjunction, the clause's auxiliary or verb of amount
     * ("in 2023 reached 57") or "so far" ("in 2023 so far") follows, not a noun ("November elections").
     */
    private static boolean closes(List<Token> tokens, int at, int to) {
        if (at >= to) {
            return true;
        }
        Token t = tokens.get(at);
        String w = t.lower();
        return !t.isNumber() && (!Character.isLetter(w.charAt(0)) || PREPOSITIONS.contains(w) || COORDINATION.contains(w)
                || w.equals("alone") || w.equals("while") || w.equals("whereas") || FINITE_AUXILIARIES.contains(w)
                || w.equals("so") && at + 1 < to && tokens.get(at + 1).is("far") || RISES.contains(w) || AMOUNT_VERBS.contains(w));
    }

    /** "the number of people abducted so far in 2025 reached 57": the clause's verb right after the year ends its phrase. */
    private static final Set<String> RISES = WordList.of("rises");
    private static final Set<String> AMOUNT_VERBS = WordList.of("amount-verbs");

    /**
     * Rule "named-period" read over the figure's whole clause: "documented the death of 16 detainees under torture
     * inside the prisons of the regime during the month of July 2018": "during" a calendar month or year modifies the
     * clause's verb, however far from the figure it stands. After "in" ({@link #calendarPeriod}) the month or year is
     * the figure's period only where no single event stands between them ("killed in an attack in October" dates the
     * attack) and the clause names no day ("yesterday", "on Tuesday").
     */
    static boolean duringNamedPeriod(List<Token> tokens, int from, int to, int figure) {
        PeriodCues cues = PeriodCues.of(tokens);
        Boolean day = null;
        for (int k = cues.first(from); k < cues.size() && cues.get(k) < to; k++) {
            int i = cues.get(k);
            String w = tokens.get(i).lower();
            if ((w.equals("during") || w.equals("throughout")) && namedPeriod(tokens, i + 1, to)) {
                return true;
            }
            if (CountedMonth.previousMonth(tokens, i, from, to) || OVER.contains(w) && CountedMonth.pastWeek(tokens, i + 1, from, to)) {
                return true;
            }
            if (calendarRange(tokens, i, to) || OVER.contains(w) && !w.equals("in") && wholeSpan(tokens, i + 1, to)) {
                return true;
            }
            if (w.equals("in") && samePeriod(tokens, i + 1, to)) {
                return true;
            }
            if (w.equals("in") && (calendarPeriod(tokens, i + 1, to) || CountedMonth.covers(tokens, i + 1, from, to))
                    && !eventBetween(tokens, Math.min(figure, i), Math.max(figure, i)) && !RelativeAside.holds(tokens, figure, i, to)) {
                day = day != null ? day : SentenceRules.namesDay(tokens, from, to);
                if (!day) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> EVENTS = WordList.of("events");

    /** "an attack", "the explosion": one event named between the figure and its month. */
    private static boolean eventBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            if (EVENTS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NUMBER_WORDS = WordList.of("number-words");

    /**
     * Rule "period-total" for a counted span: "over four months", "within 5 months", "in two years", "in 10 days": so many
     * months or years, or a week of days or more, gather their incidents, as "the past two months" does ("over 10 days
     * of fighting" is one battle's); "over 5 years old" is an age, and "a nurse who ran
     * the night shift for ten years" tells how long something lasted.
     */
    private static boolean countedSpan(List<Token> tokens, int at, int to) {
        if (at + 1 >= to || !(tokens.get(at).isNumber() || NUMBER_WORDS.contains(tokens.get(at).lower()))) {
            return false;
        }
        String span = tokens.get(at + 1).lower();
        if (span.equals("days")) {
            return RelativePeriod.weekOfDays(tokens.get(at)) > 0 && !(at + 2 < to && tokens.get(at + 2).is("of"));
        }
        return SPANS.contains(span) && !span.equals("half") && !span.equals("quarter")
                && !(at + 2 < to && tokens.get(at + 2).is("old"));
    }

    private static boolean spanWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + SPAN_REACH); k++) {
            if (SPANS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
