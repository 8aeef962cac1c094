package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "shifted-object": "the police have detained since the start of the month 140 people at least", "gunmen
 * killed yesterday 6 shepherds": a phrase of time may stand between an active verb and its object; the figure after
 * it is still the verb's object, and no figure before the verb takes the verb as its passive.
 */
final class ShiftedObject {

    static final String NAME = "shifted-object";
    /** The words a phrase of time opens with: "since", "during", "yesterday", "over", "last". */
    private static final Set<String> OPENERS = WordList.of("shifted-adverbial-openers");
    private static final Set<String> PASSIVE_AUXILIARIES = WordList.of("passive-auxiliaries");
    /** How many words the phrase of time may take: "since the start of the campaign on 4 May 2023". */
    private static final int REACH = 12;

    private ShiftedObject() {
    }

    /**
     * The active verb whose object is the figure at {@code at}, across a phrase of time; null if none. "The killing
     * last week of seven herders" is a noun and its complement, read elsewhere.
     */
    static OutcomeMatch before(List<Token> tokens, int at, int floor, Lexicon lexicon) {
        for (int k = at - 1; k > Math.max(floor, at - 2 - REACH); k--) {
            if (!OPENERS.contains(tokens.get(k).lower())) {
                continue;
            }
            PhraseTable.Match<OutcomeTerm> verb = lexicon.outcomes.longestEndingAt(tokens, k, floor);
            if (verb == null || !verb.value().canPrecede() || verb.from() - 1 >= floor
                    && (PASSIVE_AUXILIARIES.contains(tokens.get(verb.from() - 1).lower()) || tokens.get(verb.from() - 1).is("the"))
                    || tokens.get(at - 1).is("of") || !timeOnly(tokens, k, at, lexicon)) {
                return null;
            }
            return new OutcomeMatch(verb.value().outcome(), verb.from(), verb.to(), NAME);
        }
        return null;
    }

    /** After the verb ending at {@code from} comes a phrase of time, then a figure: the verb has its object. */
    static boolean objectAhead(List<Token> tokens, int from, Lexicon lexicon) {
        if (from >= tokens.size() || !OPENERS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k < Math.min(tokens.size(), from + 1 + REACH); k++) {
            Token t = tokens.get(k);
            if (t.isNumber() && timeOnly(tokens, from, k, lexicon) && !dateFigure(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens [from, to) are a phrase of time: no comma, no outcome word, no people. A colon ends it: "killed since
     * March: 350 civilians and 450 fighters" lists the parts of the figure before the verb, not its object.
     */
    private static boolean timeOnly(List<Token> tokens, int from, int to, Lexicon lexicon) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(":") || t.is(".") || t.is("(") || lexicon.outcomes.longestAt(tokens, i, i + 1) != null
                    || lexicon.personNouns.longestAt(tokens, i, to) != null) {
                return false;
            }
        }
        return true;
    }

    /** "since 4 May", "during 2023": a number of the phrase of time is a date, not the object. */
    private static boolean dateFigure(List<Token> tokens, int k) {
        boolean month = k + 1 < tokens.size() && NonCasualty.MONTHS.contains(tokens.get(k + 1).lower())
                || k > 0 && NonCasualty.MONTHS.contains(tokens.get(k - 1).lower());
        String digits = tokens.get(k).lower();
        boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
        return month || year;
    }
}
