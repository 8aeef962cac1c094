package org.casualtyledger.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Reads a date expression at a token position: "the 10th of November 2018", "10 December 2018", "November 10, 2018",
 * "early December 2018", "Thursday morning the 24th of January 2019", "yesterday", "on Thursday". A missing year
 * comes from a later year in the sentence or else from the publication date.
 */
final class DateReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final int REACH = 8;
    /** "early 2020" is January, "mid-2020" July, "late 2020" October. */
    private static final Map<String, Integer> PART_OF_YEAR = Map.of("early", 1, "beginning", 1, "start", 1, "mid", 7,
            "mid-", 7, "middle", 7, "late", 10, "end", 10);

    private DateReader() {
    }

    static boolean isWeekday(String lower) {
        return WEEKDAYS.containsKey(lower);
    }

    /** A date starting within a few tokens of {@code at}, or null. {@code yearLimit} bounds the search for a year. */
    static Dated read(List<Token> tokens, int at, int limit, int yearLimit, LocalDate publishedAt) {
        int end = Math.min(limit, at + REACH);
        DayOfWeek weekday = null;
        int weekdayAt = -1;
        for (int i = at; i < end; i++) {
            String w = tokens.get(i).lower();
            Integer month = MONTHS.get(w);
            if (month != null && !(w.equals("may") && !nextIsYearOrDay(tokens, i, limit) && !prevIsDay(tokens, i) && !monthAfterIn(tokens, i))) {
                return monthDate(tokens, i, month, limit, yearLimit, publishedAt);
            }
            if (isYear(tokens.get(i)) && (i == at || PART_OF_YEAR.containsKey(tokens.get(i - 1).lower()) || tokens.get(i - 1).is("of"))) {
                int part = i > at ? PART_OF_YEAR.getOrDefault(tokens.get(i - 1).lower(), 1) : 1;
                int start = i > at && tokens.get(i - 1).is("of") && i - 2 >= at ? i - 2 : i;
                part = i - 2 >= at && tokens.get(i - 1).is("of") ? PART_OF_YEAR.getOrDefault(tokens.get(i - 2).lower(), 1) : part;
                return new Dated(LocalDate.of(Integer.parseInt(w), part, 1), start, i + 1);
            }
            if (WEEKDAYS.containsKey(w) && weekday == null) {
                weekday = WEEKDAYS.get(w);
                weekdayAt = i;
            }
            if (w.equals("yesterday") && publishedAt != null) {
                return new Dated(publishedAt.minusDays(1), i, i + 1);
            }
            if (w.equals("today") && publishedAt != null) {
                return new Dated(publishedAt, i, i + 1);
            }
        }
        if (weekday != null && publishedAt != null) {
            return new Dated(publishedAt.with(TemporalAdjusters.previousOrSame(weekday)), weekdayAt, weekdayAt + 1);
        }
        return null;
    }

    /** "in May", "during May", "since May", "the month of May": the capitalised month after a preposition is no modal verb. */
    private static boolean monthAfterIn(List<Token> tokens, int at) {
        return at > 0 && MONTH_PREPOSITIONS.contains(tokens.get(at - 1).lower()) && tokens.get(at).capitalized();
    }

    private static final Set<String> MONTH_PREPOSITIONS = WordList.of("month-prepositions");

    private static Dated monthDate(List<Token> tokens, int monthAt, int month, int limit, int yearLimit, LocalDate publishedAt) {
        int day = dayBefore(tokens, monthAt);
        int from = day > 0 ? dayStart(tokens, monthAt) : monthAt;
        int to = monthAt + 1;
        if (day < 0 && to < limit && dayNumber(tokens.get(to)) > 0) {
            day = dayNumber(tokens.get(to));
            to++;
            if (to < limit && tokens.get(to).is(",")) {
                to++;
            }
        }
        boolean endOf = day < 0 && endOfMonth(tokens, monthAt);
        if (day < 0) {
            day = partOfMonth(tokens, monthAt);
        }
        int year = -1;
        if (to < limit && isYear(tokens.get(to))) {
            year = Integer.parseInt(tokens.get(to).lower());
            to++;
        } else {
            year = laterYear(tokens, to, yearLimit);
        }
        if (year < 0 && publishedAt != null) {
            year = publishedAt.getYear();
            if (month > publishedAt.getMonthValue()) {
                year--;
            }
        }
        if (year < 0) {
            return null;
        }
        try {
            LocalDate first = LocalDate.of(year, month, Math.max(1, day));
            return new Dated(endOf ? first.withDayOfMonth(first.lengthOfMonth()) : first, from, to);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int dayBefore(List<Token> tokens, int monthAt) {
        int i = monthAt - 1;
        if (i >= 0 && tokens.get(i).is("of")) {
            i--;
        }
        return i >= 0 ? dayNumber(tokens.get(i)) : -1;
    }

    private static int dayStart(List<Token> tokens, int monthAt) {
        int i = monthAt - 1;
        if (tokens.get(i).is("of")) {
            i--;
        }
        if (i > 0 && tokens.get(i - 1).is("the")) {
            i--;
        }
        return i;
    }

    /**
     * Rule "end-of-month": "since the end of April" starts on the month's last day, as "since the beginning of April"
     * on its first.
     */
    private static boolean endOfMonth(List<Token> tokens, int monthAt) {
        return monthAt >= 2 && tokens.get(monthAt - 1).is("of") && tokens.get(monthAt - 2).is("end");
    }

    static final String END_OF_MONTH = "end-of-month";

    /** "early December" is the 1st, "mid-December" the 15th, "late December" the 21st. */
    private static int partOfMonth(List<Token> tokens, int monthAt) {
        if (monthAt == 0) {
            return 1;
        }
        String w = tokens.get(monthAt - 1).lower();
        if (w.equals("mid") || w.equals("mid-") || w.equals("middle")) {
            return 15;
        }
        return w.equals("late") || w.equals("end") ? 21 : 1;
    }

    private static int dayNumber(Token t) {
        String w = t.lower();
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return -1;
        }
        String suffix = w.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return -1;
        }
        int day = Integer.parseInt(w.substring(0, digits));
        return day >= 1 && day <= 31 ? day : -1;
    }

    /** "March 1", "1 March", "the 1st of March": a number that is the day of a month named beside it. */
    static boolean dayOfMonth(List<Token> tokens, int at) {
        if (dayNumber(tokens.get(at)) < 0) {
            return false;
        }
        int after = at + 1 < tokens.size() && tokens.get(at + 1).is("of") ? at + 2 : at + 1;
        return at > 0 && namedMonth(tokens.get(at - 1)) || after < tokens.size() && namedMonth(tokens.get(after));
    }

    /** "1st", "30th": a day told as an ordinal, as dates are ("from the 1st to the 30th of June"). */
    static boolean ordinalDay(Token t) {
        return dayNumber(t) > 0 && Character.isLetter(t.lower().charAt(t.lower().length() - 1));
    }

    private static boolean namedMonth(Token t) {
        return MONTHS.containsKey(t.lower()) && t.capitalized();
    }

    private static boolean nextIsYearOrDay(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && (isYear(tokens.get(i + 1)) || dayNumber(tokens.get(i + 1)) > 0);
    }

    private static boolean prevIsDay(List<Token> tokens, int i) {
        return i > 0 && (dayNumber(tokens.get(i - 1)) > 0 || (tokens.get(i - 1).is("of") && i > 1 && dayNumber(tokens.get(i - 2)) > 0));
    }

    private static int laterYear(List<Token> tokens, int from, int limit) {
        for (int i = from; i < Math.min(limit, from + 12); i++) {
            if (isYear(tokens.get(i))) {
                return Integer.parseInt(tokens.get(i).lower());
            }
        }
        return -1;
    }

    static boolean isYear(Token t) {
        return NonCasualty.isYear(t);
    }

    /** A date read from tokens [from, to). */
    record Dated(LocalDate date, int from, int to) {
    }
}
