package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Rule "period-start": the start of a running total's period where no "since DATE" tells it: "since the start of the
 * escalation on the 30th of April 2019" is the date of that start, "during October 2021"
 * is 2021-10-01, "during June" the last June up to publication, "in 2023" 2023-01-01; "since the beginning of the
 * year", "this month" the current year's or month's first day; "the campaign which they launched on the 28th of March
 * ... has arrested since the start of the campaign 125" the day the campaign was launched, told before the figure in
 * its sentence or in the one before, within the paragraph.
 */
final class PeriodStart {

    static final String NAME = "period-start";
    private static final Set<String> OVER = WordList.of("over");
    private static final Set<String> CURRENT = WordList.of("current");
    private static final Set<String> START_VERBS = WordList.of("start-verbs");
    private static final Set<String> PERIOD_WORDS = WordList.of("period-words");
    /** How far after the verb of a start its date may stand: "launched on Thursday, October 5". */
    private static final int START_DATE_REACH = 3;
    /** How far before the figure's sentence the start of its campaign may be told. */
    private static final int EARLIER_REACH = 80;

    private PeriodStart() {
    }

    /** The first day of the figure's period read in [from, to), or null. */
    static LocalDate read(Draft d, List<Token> tokens, int from, int to, LocalDate publishedAt) {
        int witnessed = PeriodSubject.verb(d, tokens, from);
        LocalDate subject = witnessed >= 0 ? PeriodSubject.start(tokens, witnessed, from, publishedAt) : null;
        if (subject != null) {
            return subject;
        }
        LocalDate since = sinceEventOn(tokens, from, to, publishedAt);
        if (since != null) {
            return since;
        }
        LocalDate named = namedPeriod(tokens, from, to, publishedAt);
        if (named != null) {
            return named;
        }
        LocalDate feast = FeastPeriod.start(tokens, from, to, publishedAt);
        if (feast != null) {
            return feast;
        }
        LocalDate previous = CountedMonth.previousMonthStart(tokens, from, to, publishedAt);
        if (previous != null) {
            return previous;
        }
        LocalDate relative = RelativePeriod.start(tokens, from, to, publishedAt);
        if (relative != null) {
            return relative;
        }
        LocalDate current = currentPeriod(tokens, from, to, publishedAt);
        if (current != null) {
            return current;
        }
        LocalDate same = samePeriod(tokens, from, to, publishedAt);
        return same != null ? same : launched(d, tokens, from, to, publishedAt);
    }

    /** How many words back "during the same month" looks for the month the report named. */
    private static final int NAMED_REACH = 400;

    /**
     * "during the month", "in the same month", "over the year": the month (or year) the report named before, as in
     * "the death of 312 people during November 2022 ... the arrest of 96 people during the same month".
     */
    static LocalDate samePeriod(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        for (int i = from; i + 2 < to; i++) {
            if (!OVER.contains(tokens.get(i).lower()) || !tokens.get(i + 1).is("the")) {
                continue;
            }
            int at = tokens.get(i + 2).is("same") ? i + 3 : i + 2;
            boolean month = at < to && tokens.get(at).is("month");
            boolean year = at < to && tokens.get(at).is("year");
            if ((month || year) && !(at + 1 < tokens.size() && tokens.get(at + 1).is("of"))) {
                return named(tokens, i, month, publishedAt);
            }
        }
        return null;
    }

    /** The first day of the month (or year) named last before {@code before}, or null. */
    private static LocalDate named(List<Token> tokens, int before, boolean month, LocalDate publishedAt) {
        for (int k = before - 1; k >= Math.max(0, before - NAMED_REACH); k--) {
            Token t = tokens.get(k);
            if (month ? NonCasualty.MONTHS.contains(t.lower()) : NonCasualty.isYear(t)) {
                DateReader.Dated dated = DateReader.read(tokens, k, Math.min(tokens.size(), k + 4), Math.min(tokens.size(), k + 4), publishedAt);
                if (dated != null && dated.from() == k) {
                    return month ? dated.date().withDayOfMonth(1) : dated.date().withDayOfYear(1);
                }
            }
        }
        return null;
    }

    /** "since the start of the escalation on the 30th of April 2019": the date of the event that opened the period. */
    private static LocalDate sinceEventOn(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).is("since")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(to, i + SINCE_REACH); k++) {
                if (tokens.get(k).is("since") || tokens.get(k).is(",")) {
                    break;
                }
                if (tokens.get(k).is("on")) {
                    DateReader.Dated dated = DateReader.read(tokens, k + 1, Math.min(to, k + 8), to, publishedAt);
                    if (dated != null && dated.from() <= k + 3) {
                        return dated.date();
                    }
                }
            }
        }
        return null;
    }

    /** How far after "since" the "on" of its event's date may stand: "since the start of the Turkish operation on". */
    private static final int SINCE_REACH = 20;

    /** "during October 2021", "in the month of March", "throughout 2023". */
    static LocalDate namedPeriod(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        for (int i = from; i + 1 < to; i++) {
            if (!OVER.contains(tokens.get(i).lower())) {
                continue;
            }
            int at = i + 1;
            if (at + 2 < to && tokens.get(at).is("the") && tokens.get(at + 1).is("month") && tokens.get(at + 2).is("of")) {
                at += 3;
            }
            at = namedYear(tokens, at, to);
            LocalDate part = partOfYear(tokens, at, to);
            if (part != null) {
                return part;
            }
            if (at < to && (NonCasualty.MONTHS.contains(tokens.get(at).lower()) || NonCasualty.isYear(tokens.get(at)))) {
                DateReader.Dated dated = DateReader.read(tokens, at, to, to, publishedAt);
                if (dated != null && dated.from() == at) {
                    return dated.date();
                }
            }
        }
        return null;
    }

    /**
     * Rule "part-of-year": "in the first half of 2023", "during the second half of 2022", "in the first quarter of
     * 2024", "over the first six months of 2016": a part of a year named by its place starts where that part does.
     */
    private static LocalDate partOfYear(List<Token> tokens, int at, int to) {
        if (at + 4 >= to || !tokens.get(at).is("the")) {
            return null;
        }
        int ordinal = ORDINAL_PARTS.indexOf(tokens.get(at + 1).lower());
        int of = at + 3;
        if (ordinal < 0 || tokens.get(at + 2).isNumber() || NUMBER_WORDS.contains(tokens.get(at + 2).lower())) {
            // "the first six months of": from the year's first day
            of = at + 4;
            if (ordinal != 0 || !tokens.get(at + 3).is("months")) {
                return null;
            }
        }
        if (of + 1 > to - 1 || !tokens.get(of).is("of") || !NonCasualty.isYear(tokens.get(of + 1))) {
            return null;
        }
        int year = Integer.parseInt(tokens.get(of + 1).lower());
        String span = tokens.get(of - 1).lower();
        int months = span.equals("half") ? 6 : span.equals("quarter") ? 3 : span.equals("months") ? 0 : -1;
        return months < 0 || months * ordinal >= 12 ? null : LocalDate.of(year, 1 + months * ordinal, 1);
    }

    static final String PART_OF_YEAR = "part-of-year";
    private static final List<String> ORDINAL_PARTS = List.of("first", "second", "third", "fourth");
    private static final Set<String> NUMBER_WORDS = WordList.of("number-words");

    /** "this month", "the current year", "since the beginning of the year": the publication's month or year. */
    static LocalDate currentPeriod(List<Token> tokens, int from, int to, LocalDate publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).lower();
            if (!w.equals("month") && !w.equals("year")) {
                continue;
            }
            String before = tokens.get(i - 1).lower();
            boolean current = CURRENT.contains(before)
                    || before.equals("the") && i >= from + 3 && tokens.get(i - 2).is("of") && PERIOD_WORDS.contains(tokens.get(i - 3).lower());
            if (current && w.equals("year") && namedYear(tokens, i - 1, to) == i + 1) {
                return LocalDate.of(Integer.parseInt(tokens.get(i + 1).lower()), 1, 1);
            }
            if (current) {
                return firstDay(publishedAt, w.equals("month"), false);
            }
        }
        return null;
    }

    static final String THE_YEAR = "the-year-named";

    /**
     * Rule "the-year-named": "during the year 2022", "since the beginning of the year 2021": "the year" followed by
     * its number names that year, not the publication's. The index of the year's number, or {@code at}.
     */
    static int namedYear(List<Token> tokens, int at, int to) {
        return at + 2 < to && tokens.get(at).is("the") && tokens.get(at + 1).is("year") && NonCasualty.isYear(tokens.get(at + 2))
                ? at + 2 : at;
    }

    /**
     * The first day of the publication's month or year ("this month", "the current year"), or with {@code past} of the
     * one before it ("last month", "the past year").
     */
    static LocalDate firstDay(LocalDate publishedAt, boolean month, boolean past) {
        if (month) {
            return (past ? publishedAt.minusMonths(1) : publishedAt).withDayOfMonth(1);
        }
        return (past ? publishedAt.minusYears(1) : publishedAt).withDayOfYear(1);
    }

    /** "which they launched on August 25", "the escalation, which began on Thursday, October 5": before the figure. */
    private static LocalDate launched(Draft d, List<Token> tokens, int from, int to, LocalDate publishedAt) {
        int start = Math.max(0, d.sentence.from() - EARLIER_REACH);
        for (int i = d.quantity.from() - 1; i >= start; i--) {
            if (i < d.sentence.from() && tokens.get(i).source().substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains("\n")) {
                return null;
            }
            if (!START_VERBS.contains(tokens.get(i).lower())) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + START_DATE_REACH); k++) {
                if (tokens.get(k).is("on")) {
                    DateReader.Dated dated = DateReader.read(tokens, k + 1, Math.min(tokens.size(), k + 8), Math.min(tokens.size(), k + 12), publishedAt);
                    return dated != null ? dated.date() : null;
                }
            }
        }
        return null;
    }
}
