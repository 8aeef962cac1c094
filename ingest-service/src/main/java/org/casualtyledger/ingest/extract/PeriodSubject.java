package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rule "period-subject": "The month of August 2019 witnessed the death of 410 people", "2020 saw the arrest of 96
 * traders", "the past month recorded the death of 75 farmers": a month or a year that is the subject of a verb of
 * witnessing gathers every death of that period, so the figure is a running total over it, starting on its first day.
 * The subject stands right before the verb: "witnesses saw 20 bodies" names no period.
 */
final class PeriodSubject {

    static final String NAME = "period-subject";
    private static final Set<String> WITNESS_VERBS = WordList.of("witness-verbs");
    private static final Set<String> RECENT = WordList.of("recent");
    private static final Set<String> CURRENT = WordList.of("current");
    private static final Set<String> CALENDAR_SPANS = WordList.of("calendar-spans");
    /** "has also witnessed", "had thus recorded": words between the period and its verb. */
    private static final Set<String> AUXILIARIES = WordList.of("auxiliaries");
    private static final Set<String> FOCUS = WordList.of("subject-focus");
    /** How far before the figure its verb may stand: "witnessed the death of at least 410". */
    private static final int VERB_REACH = 8;
    /** How far before its verb the subject's month may stand: "the month of August 2019 witnessed". */
    private static final int SUBJECT_REACH = 4;

    private PeriodSubject() {
    }

    /** The index of the verb of witnessing whose subject is a period, in [from, figure), or -1. */
    static int verb(Draft d, List<Token> tokens, int from) {
        for (int k = Math.max(Math.max(from + 1, 1), d.quantity.from() - VERB_REACH); k < d.quantity.from(); k++) {
            if (WITNESS_VERBS.contains(tokens.get(k).lower()) && periodWord(tokens, subject(tokens, k, from))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "The month has also witnessed": the subject's last word, before the auxiliaries and adverbs of the verb; and
     * before a word that focuses on it ("The month of March alone witnessed").
     */
    private static int subject(List<Token> tokens, int verb, int from) {
        int i = verb - 1;
        while (i > Math.max(from, 0) && i > verb - 1 - SUBJECT_REACH
                && (AUXILIARIES.contains(tokens.get(i).lower()) || FOCUS.contains(tokens.get(i).lower()))) {
            i--;
        }
        return i;
    }

    /** The first day of the period that is the subject of the verb at {@code verb}, or null. */
    static LocalDate start(List<Token> tokens, int verb, int from, LocalDate publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        verb = subject(tokens, verb, from) + 1;
        Token subject = tokens.get(verb - 1);
        if (CALENDAR_SPANS.contains(subject.lower()) && verb - 2 >= from) {
            String before = tokens.get(verb - 2).lower();
            boolean month = subject.is("month");
            boolean past = RECENT.contains(before);
            return past || CURRENT.contains(before) ? PeriodStart.firstDay(publishedAt, month, past) : null;
        }
        for (int i = Math.max(from, verb - SUBJECT_REACH); i < verb; i++) {
            if (monthName(tokens.get(i)) || NonCasualty.isYear(tokens.get(i))) {
                DateReader.Dated dated = DateReader.read(tokens, i, verb, verb, publishedAt);
                if (dated != null && dated.from() == i) {
                    return dated.date();
                }
            }
        }
        return null;
    }

    /**
     * "May", "2020", "the past month", "this year", and "the month" alone: a month told before, still a whole month
     * (its first day is left to what was told before it).
     */
    private static boolean periodWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (monthName(t) || NonCasualty.isYear(t)) {
            return true;
        }
        return CALENDAR_SPANS.contains(t.lower()) && i > 0
                && (RECENT.contains(tokens.get(i - 1).lower()) || CURRENT.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("the"));
    }

    private static boolean monthName(Token t) {
        return NonCasualty.MONTHS.contains(t.lower()) && Character.isUpperCase(t.text().charAt(0));
    }
}
