package org.casualtyledger.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Qualifier;

/**
 * Finds the figures in a range of tokens: digits ("28,150", "1.5 million"), spelled-out numbers, vague amounts
 * ("dozens"), ranges ("between 10 and 20", "10-15"), articles that may count one person, and the qualifier before
 * each figure ("at least", "more than").
 */
final class NumberReader {

    private static final long MAX_COUNT = 100_000_000L;
    /** Longer digit strings are no count of people (and parsing them exactly would cost time by their square). */
    private static final int MAX_DIGITS = 20;
    /**
     * A spelled-out count takes at most this many words ("nine hundred ninety-nine thousand nine hundred ninety-nine"
     * takes seven); a longer run of number words is no count, and is not handed whole to the spell-out parser.
     */
    private static final int MAX_NUMBER_WORDS = 12;
    private final Lexicon lexicon;
    private final NumberWords numberWords;

    NumberReader(Lexicon lexicon, NumberWords numberWords) {
        this.lexicon = lexicon;
        this.numberWords = numberWords;
    }

    List<Quantity> read(List<Token> tokens, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Quantity q = readAt(tokens, i, to);
            if (q == null) {
                i++;
                continue;
            }
            q = joinRange(tokens, q, to);
            found.add(qualify(tokens, q, found.isEmpty() ? from : found.get(found.size() - 1).to()));
            i = q.to();
        }
        return found;
    }

    /** An article that opens a qualifier ("a minimum of 3,150", "an estimated 400") counts no one: the figure after it does. */
    private Quantity readAt(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        PhraseTable.Match<VagueAmount> vague = lexicon.vagueAmounts.longestAt(tokens, i, to);
        if (vague != null) {
            return new Quantity(i, i, vague.to(), CountRange.vague(vague.value().value(), vague.value().high()), false, "vague-amount");
        }
        if (t.isNumber()) {
            return readDigits(tokens, i, to);
        }
        if (t.isWord() && numberWords.isNumberWord(t.lower())) {
            return readWords(tokens, i, to);
        }
        if (t.isWord() && isDigitRange(t.lower())) {
            int dash = t.lower().indexOf('-');
            long a = Long.parseLong(t.lower().substring(0, dash));
            long b = Long.parseLong(t.lower().substring(dash + 1));
            return a < b && b < MAX_COUNT ? new Quantity(i, i, i + 1, CountRange.between(a, b), false, "range") : null;
        }
        Quantity pair = PairWord.at(tokens, i, to);
        if (pair != null) {
            return pair;
        }
        if (t.is("another") && i + 1 < to && (tokens.get(i + 1).isNumber() || numberWords.isNumberWord(tokens.get(i + 1).lower()))) {
            return null;
        }
        if (t.isIndefiniteArticle() || t.is("another")) {
            if (lexicon.preQualifiers.longestAt(tokens, i, to) != null) {
                return null;
            }
            if (i + 1 < to && (numberWords.isMultiplier(tokens.get(i + 1).lower()))) {
                return readWords(tokens, i, to);
            }
            return new Quantity(i, i, i + 1, CountRange.exact(1), true, "article");
        }
        return null;
    }

    /**
     * Digits with thousands commas ("28,150"), or a decimal before a multiplier ("6.36 million"), read in exact
     * decimal arithmetic: 1.15 hundred is 115, not 114.99...; a fraction of a person is no figure.
     */
    private Quantity readDigits(List<Token> tokens, int i, int to) {
        String digits = tokens.get(i).lower().replace(",", "");
        if (digits.length() > MAX_DIGITS) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        int end = i + 1;
        if (end < to && numberWords.isMultiplier(tokens.get(end).lower())) {
            value = value.multiply(BigDecimal.valueOf(multiplier(tokens.get(end).lower())));
            end++;
        } else if (digits.indexOf('.') >= 0) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0 || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return dozen(tokens, new Quantity(i, i, end, CountRange.exact(value.longValueExact()), false, "digits"), to);
    }

    private Quantity readWords(List<Token> tokens, int i, int to) {
        StringBuilder phrase = new StringBuilder();
        int end = i;
        int words = 0;
        while (end < to) {
            String w = tokens.get(end).lower();
            boolean article = end == i && (w.equals("a") || w.equals("an"));
            boolean joiningAnd = w.equals("and") && end > i && end + 1 < to
                    && numberWords.isMultiplier(tokens.get(end - 1).lower())
                    && numberWords.isNumberWord(tokens.get(end + 1).lower());
            if (joiningAnd) {
                end++;
                continue;
            }
            if (!article && !numberWords.isNumberWord(w)) {
                break;
            }
            if (++words > MAX_NUMBER_WORDS) {
                return null;
            }
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(article ? "one" : w);
            end++;
        }
        long value = numberWords.parse(phrase.toString());
        if (value < 0 || value > MAX_COUNT) {
            return null;
        }
        return dozen(tokens, new Quantity(i, i, end, CountRange.exact(value), false, "number-words"), to);
    }

    /** "two dozen" is 24. */
    private Quantity dozen(List<Token> tokens, Quantity q, int to) {
        if (q.to() < to && tokens.get(q.to()).is("dozen")) {
            return new Quantity(q.from(), q.numberFrom(), q.to() + 1, CountRange.exact(q.count().value() * 12), false, q.rule());
        }
        return q;
    }

    /** "between 10 and 20", "10 to 20", "two or three". */
    private Quantity joinRange(List<Token> tokens, Quantity q, int to) {
        if (q.article() || q.count().qualifier() != Qualifier.EXACT || q.to() + 1 >= to) {
            return q;
        }
        Token link = tokens.get(q.to());
        boolean between = q.from() > 0 && tokens.get(q.from() - 1).is("between") && link.is("and");
        if (!(between || link.is("to") || link.is("or") || link.is("-")) || itemNumber(tokens, q)) {
            return q;
        }
        Quantity second = readAt(tokens, q.to() + 1, to);
        if (second == null || second.article() || second.count().qualifier() != Qualifier.EXACT
                || second.count().value() <= q.count().value()) {
            return q;
        }
        int from = between ? q.from() - 1 : q.from();
        return new Quantity(from, q.numberFrom(), second.to(), CountRange.between(q.count().value(), second.count().value()),
                false, "range");
    }

    /**
     * Rule "item-number": "1- 1,627 civilians" opening a line: "1-", written tight and followed by a space, numbers
     * the line; no range starts there ("10-15 people" and "10 - 15 people" mid-line still are ranges).
     */
    static boolean itemNumber(List<Token> tokens, Quantity q) {
        return q.from() == q.numberFrom() && q.to() == q.numberFrom() + 1 && itemMark(tokens, q.to());
    }

    /** The hyphen of a line's item number: "1- " right after a number that opens its line. */
    static boolean itemMark(List<Token> tokens, int hyphen) {
        if (hyphen < 1 || hyphen + 1 >= tokens.size()) {
            return false;
        }
        Token number = tokens.get(hyphen - 1);
        Token mark = tokens.get(hyphen);
        if (!number.isNumber() || !mark.is("-") || mark.start() != number.end() || tokens.get(hyphen + 1).start() == mark.end()) {
            return false;
        }
        return number.opensLine() && NumberedLine.inSequence(number.source(), number.start(), number.end());
    }

    /** The qualifier before each figure; rule "qualifier-another": "at least another 15" is at least 15 more. */
    private Quantity qualify(List<Token> tokens, Quantity q, int floor) {
        if (q.article() || q.count().qualifier() == Qualifier.RANGE) {
            return q;
        }
        PhraseTable.Match<Qualifier> pre = lexicon.preQualifiers.longestEndingAt(tokens, q.from(), floor);
        if (pre == null && q.from() - 1 > floor && tokens.get(q.from() - 1).is("another")) {
            pre = lexicon.preQualifiers.longestEndingAt(tokens, q.from() - 1, floor);
        }
        if (pre == null) {
            return q;
        }
        if (q.count().qualifier() == Qualifier.VAGUE) {
            boolean definite = q.count().high() != null && q.count().high() == q.count().value();
            return q.withQualifier(pre.from(), definite ? CountRange.of(pre.value(), q.count().value()) : q.count());
        }
        return q.withQualifier(pre.from(), CountRange.of(pre.value(), q.count().value()));
    }

    private static boolean isDigitRange(String lower) {
        int dash = lower.indexOf('-');
        if (dash <= 0 || dash == lower.length() - 1 || dash > 9 || lower.length() - dash > 10) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (k != dash && !Character.isDigit(lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static long multiplier(String word) {
        switch (word) {
            case "hundred": return 100;
            case "thousand": return 1_000;
            case "million": return 1_000_000;
            default: return 1_000_000_000;
        }
    }
}
