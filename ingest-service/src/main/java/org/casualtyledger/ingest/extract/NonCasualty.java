package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/** Figures that are not counts of people by their form or neighbours: dates, years, times, ages, money, identifiers. */
final class NonCasualty {

    static final Set<String> MONTHS = WordList.of("months");
    private static final Set<String> BEFORE_IDENTIFIER = WordList.of("before-identifier");
    private static final Set<String> AFTER_IDENTIFIER = WordList.of("after-identifier");

    /** "a quarter of a million": the figure is a fraction of the number written. */
    private static final Set<String> FRACTIONS = WordList.of("fractions");

    /** "a boy of 14", "a man of 60", "under the age of 18": an age after a singular person noun or "age". */
    private static final Set<String> AGED_NOUNS = WordList.of("aged-nouns");
    private static final long MAX_AGE = 120;

    private NonCasualty() {
    }

    /** How many list tokens ("4", ",", "6", "and") may stand between "aged" and the figure. */
    private static final int AGE_LIST_REACH = 6;

    /** Rule "age-list": "two children, aged 4 and 6," and "aged 4, 6 and 9": every number of the list is an age. */
    private static boolean inAgeList(List<Token> tokens, Quantity q, int sentenceFrom) {
        if (q.count().value() >= MAX_AGE) {
            return false;
        }
        for (int i = q.from() - 1; i >= Math.max(sentenceFrom, q.from() - AGE_LIST_REACH); i--) {
            Token t = tokens.get(i);
            if (t.is("aged") || t.is("ages")) {
                return i < q.from() - 1;
            }
            if (!t.isNumber() && !t.is(",") && !t.is("and")) {
                return false;
            }
        }
        return false;
    }

    static boolean rejects(List<Token> tokens, Quantity q, int sentenceFrom, int sentenceTo) {
        Token first = tokens.get(q.numberFrom());
        Token before = q.from() > sentenceFrom ? tokens.get(q.from() - 1) : null;
        Token after = q.to() < sentenceTo ? tokens.get(q.to()) : null;
        if (first.isNumber() && first.lower().length() > 9 && first.lower().indexOf(',') < 0) {
            return true;
        }
        if (before != null && (MONTHS.contains(before.lower()) || before.is("$") || before.is("£") || before.is("€")
                || (first.isNumber() && BEFORE_IDENTIFIER.contains(before.lower())))) {
            return true;
        }
        if (before != null && before.is("of") && q.from() - 2 >= sentenceFrom
                && FRACTIONS.contains(tokens.get(q.from() - 2).lower())) {
            return true;
        }
        if (before != null && before.is("of") && q.from() - 2 >= sentenceFrom && q.count().value() < MAX_AGE
                && AGED_NOUNS.contains(tokens.get(q.from() - 2).lower())) {
            return true;
        }
        if (inAgeList(tokens, q, sentenceFrom)) {
            return true;
        }
        if (nearMonth(tokens, q.from(), sentenceFrom) || clockTime(tokens, q.from(), sentenceFrom)) {
            return true;
        }
        if (after != null && (MONTHS.contains(after.lower())
                || (AFTER_IDENTIFIER.contains(after.lower()) && !spacedColon(tokens, q.to(), sentenceTo)))) {
            return true;
        }
        return before != null && before.is("-") && q.from() - 2 >= sentenceFrom && tokens.get(q.from() - 2).isNumber()
                && !NumberReader.itemMark(tokens, q.from() - 1);
    }

    /**
     * "at 10:30": the minutes of a time of day, written with no space around the colon; "the toll of March 2015:
     * 6,657 people" counts people after a year and a colon.
     */
    private static boolean clockTime(List<Token> tokens, int at, int sentenceFrom) {
        if (at - 2 < sentenceFrom || !tokens.get(at - 1).is(":") || !tokens.get(at - 2).isNumber()) {
            return false;
        }
        return tokens.get(at - 2).end() == tokens.get(at - 1).start() && tokens.get(at - 1).end() == tokens.get(at).start();
    }

    /**
     * Rule "spaced-colon": "rose to 47: 30 fighters and 17 civilians" opens a list after the figure; only a colon
     * written tight between two figures, "at 10:30", makes hours of it.
     */
    private static boolean spacedColon(List<Token> tokens, int colon, int sentenceTo) {
        Token c = tokens.get(colon);
        if (!c.is(":")) {
            return false;
        }
        Token next = colon + 1 < sentenceTo ? tokens.get(colon + 1) : null;
        return next == null || !next.isNumber() || next.start() > c.end() || tokens.get(colon - 1).end() < c.start();
    }

    /** "(Nov. 22, 2010)", "Dec. 9": a day after an abbreviated month. */
    private static boolean nearMonth(List<Token> tokens, int at, int sentenceFrom) {
        return at - 2 >= sentenceFrom && tokens.get(at - 1).is(".") && MONTHS.contains(tokens.get(at - 2).lower());
    }

    /**
     * A four-digit figure from 1900 to 2100 is a year unless it plainly counts people. A number token may hold a
     * decimal point or a thousands comma ("6.36", "1,50"): four characters, but no year.
     */
    static boolean isYear(Token t) {
        if (!t.isNumber() || t.lower().length() != 4 || !allDigits(t.lower())) {
            return false;
        }
        int value = Integer.parseInt(t.lower());
        return value >= 1900 && value <= 2100;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
