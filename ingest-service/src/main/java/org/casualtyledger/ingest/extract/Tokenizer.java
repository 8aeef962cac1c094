package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation in one linear pass.
 * A token that starts with a digit but holds letters ("10th", "17-year-old", "9mm") is a word, never a count.
 * Curly quotes and apostrophes are folded to straight ones in the lower-case form, square brackets to parentheses
 * ("30 children [12 girls and 18 boys]" is read as a parenthesis); a possessive "'s" is its own token.
 */
final class Tokenizer {

    /**
     * Canonical instances of the lower-case words: the lexicons and the rules then compare words by reference and
     * never rehash them. Bounded, so that arbitrary input cannot grow it without limit.
     */
    private static final int VOCABULARY_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> VOCABULARY = new java.util.concurrent.ConcurrentHashMap<>();

    private Tokenizer() {
    }

    static String canonical(String lower) {
        String known = VOCABULARY.get(lower);
        if (known != null) {
            return known;
        }
        if (VOCABULARY.size() >= VOCABULARY_LIMIT || lower.length() > 40) {
            return lower;
        }
        String interned = lower.intern();
        VOCABULARY.putIfAbsent(interned, interned);
        return interned;
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = readWordOrNumber(text, i, tokens);
            } else {
                int len = Character.charCount(text.codePointAt(i));
                tokens.add(new Token(text, canonical(folded(text, i, i + len)), i, i + len, Token.Kind.PUNCT));
                i += len;
            }
        }
        return InlineItemMark.withoutMarks(tokens);
    }

    private static int readWordOrNumber(String text, int from, List<Token> tokens) {
        int n = text.length();
        int i = from;
        boolean letters = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters |= !Character.isDigit(c);
                i++;
            } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > from
                    && !(isApostrophe(c) && isPossessiveS(text, i + 1))) {
                letters |= !(c == ',' || c == '.');
                if ((c == ',' || c == '.') && (letters || !digitsFollow(text, i + 1))) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        String folded = folded(text, from, i);
        if (letters && folded.startsWith(MID)) {
            return addMidPeriod(text, from, i, folded, tokens);
        }
        tokens.add(new Token(text, letters ? canonical(folded) : folded, from, i, letters ? Token.Kind.WORD : Token.Kind.NUMBER));
        return i < n && isApostrophe(text.charAt(i)) ? addPossessive(text, i, letters && folded.endsWith("s"), tokens) : i;
    }

    /** "mid-March": "mid-" and the month as two tokens where a month or a year follows, else the word as written. */
    private static int addMidPeriod(String text, int from, int to, String folded, List<Token> tokens) {
        if (!midPeriod(folded)) {
            tokens.add(new Token(text, canonical(folded), from, to, Token.Kind.WORD));
            return to < text.length() && isApostrophe(text.charAt(to)) ? addPossessive(text, to, folded.endsWith("s"), tokens) : to;
        }
        tokens.add(new Token(text, canonical(MID), from, from + MID.length(), Token.Kind.WORD));
        String rest = folded.substring(MID.length());
        boolean year = NonCasualty.isYear(new Token(text, rest, from + MID.length(), to, Token.Kind.NUMBER));
        tokens.add(new Token(text, year ? rest : canonical(rest), from + MID.length(), to, year ? Token.Kind.NUMBER : Token.Kind.WORD));
        return to;
    }

    /** The possessive at the apostrophe {@code at}: "'s", or a plural's lone apostrophe; {@code at} when neither. */
    private static int addPossessive(String text, int at, boolean plural, List<Token> tokens) {
        if (isPossessiveS(text, at + 1)) {
            tokens.add(new Token(text, "'s", at, at + 2, Token.Kind.WORD));
            return at + 2;
        }
        if (plural && pluralPossessive(text, at + 1)) {
            tokens.add(new Token(text, "'s", at, at + 1, Token.Kind.WORD));
            return at + 1;
        }
        return at;
    }

    private static final String MID = "mid-";

    /**
     * Rule "mid-period": "since mid-March", "in mid-2020": the middle of a month or a year is two words, so that the
     * month or the year is read as one wherever a date is.
     */
    static final String MID_PERIOD = "mid-period";

    private static boolean midPeriod(String folded) {
        if (!folded.startsWith(MID) || folded.length() == MID.length()) {
            return false;
        }
        String rest = folded.substring(MID.length());
        return NonCasualty.MONTHS.contains(rest) || rest.length() == 4 && rest.chars().allMatch(Character::isDigit);
    }

    /** The folded lower-case form of text[from, to), built without cutting the raw text first. */
    private static String folded(String text, int from, int to) {
        char[] buffer = new char[to - from];
        for (int k = from; k < to; k++) {
            buffer[k - from] = foldChar(text.charAt(k));
        }
        return new String(buffer);
    }

    /**
     * Rule "plural-possessive": "the factions' fighters" is read as "the factions's fighters": the apostrophe after a
     * plural, before a blank and a word in lower case, is the possessive "'s".
     */
    static final String PLURAL_POSSESSIVE = "plural-possessive";

    private static boolean pluralPossessive(String text, int i) {
        return i + 1 < text.length() && text.charAt(i) == ' ' && Character.isLowerCase(text.charAt(i + 1));
    }

    private static boolean digitsFollow(String text, int i) {
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean isPossessiveS(String text, int i) {
        return i < text.length() && (text.charAt(i) == 's' || text.charAt(i) == 'S')
                && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '‑' || c == '\'' || c == '’' || c == ',' || c == '.';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(foldChar(s.charAt(i)));
        }
        return b.toString();
    }

    private static char foldChar(char c) {
        switch (c) {
            case '’': case '‘': case '`': return '\'';
            case '“': case '”': case '«': case '»': return '"';
            case '‑': case '–': return '-';
            case '[': return '(';
            case ']': return ')';
            default: return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
    }
}
