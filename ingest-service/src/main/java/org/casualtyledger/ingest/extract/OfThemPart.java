package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "of-them-copula": "Shelling on the market killed 57 people. Of them, 19 are civilians": a sentence that opens
 * on "of them" (a comma may follow) with a figure whose copula names who the people were breaks down the total told
 * just before; "Of those," and "Of these," point back the same way. The copula must name people
 * ({@link VictimGroups#predicate}): "Of them, 12 were released" tells another event, not a part.
 */
final class OfThemPart {

    static final String NAME = "of-them-copula";

    /** "Of them", and the demonstratives that point back the same way: "Of those, 15 were civilians". */
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these");

    private OfThemPart() {
    }

    /** The figure stands right after the sentence's opening "of them" and a copula follows it. */
    static boolean opens(List<Token> tokens, Draft d) {
        Sentence s = d.sentence;
        int i = s.from();
        if (i + 3 >= s.to() || !tokens.get(i).is("of") || !PRONOUNS.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        int figure = tokens.get(i + 2).is(",") ? i + 3 : i + 2;
        int after = d.quantity.to();
        return d.quantity.from() == figure && after < s.to() && VictimGroups.COPULAS.contains(tokens.get(after).lower());
    }

    static final String SAME_OUTCOME = "of-them-same-outcome";
    /** "Of the total,": the nouns after "of the" that point back to the total told just before. */
    private static final Set<String> TOTAL_NOUNS = Set.of("total", "toll");

    /**
     * Rule "of-them-same-outcome": "The toll rose to 300 killed since March. Of the total, 40 were killed this week":
     * a figure right after "of them" or "of the total" whose verb tells the outcome it is counted under is a part of
     * the total told just before when that total counts the same outcome; "Of them, 12 were released" tells another
     * event. The outcome the figure's verb tells, or null when the sentence does not open that way.
     */
    static Outcome toldOutcome(List<Token> tokens, Draft d, Lexicon lexicon) {
        Sentence s = d.sentence;
        int i = s.from();
        int figure;
        if (i + 3 < s.to() && tokens.get(i).is("of") && PRONOUNS.contains(tokens.get(i + 1).lower())) {
            figure = i + 2;
        } else if (i + 4 < s.to() && tokens.get(i).is("of") && tokens.get(i + 1).is("the")
                && TOTAL_NOUNS.contains(tokens.get(i + 2).lower())) {
            figure = i + 3;
        } else {
            return null;
        }
        figure = tokens.get(figure).is(",") ? figure + 1 : figure;
        int after = d.quantity.to();
        if (d.quantity.from() != figure || after + 1 >= s.to() || !VictimGroups.COPULAS.contains(tokens.get(after).lower())) {
            return null;
        }
        PhraseTable.Match<OutcomeTerm> verb = lexicon.outcomes.longestAt(tokens, after + 1, s.to());
        return verb == null ? null : verb.value().outcome();
    }

    /**
     * "Of those, 15 were civilians and 8 were fighters": a figure with a copula of its own, joined by "and" or a comma
     * to the part that opened the sentence, is the next part of the same total.
     */
    static boolean sibling(List<Token> tokens, Draft d, List<Draft> inSentence) {
        if (inSentence.isEmpty() || inSentence.get(0).parent == null || !opens(tokens, inSentence.get(0))) {
            return false;
        }
        int before = d.quantity.from() - 1;
        int after = d.quantity.to();
        return before > d.sentence.from() && (tokens.get(before).is("and") || tokens.get(before).is(","))
                && after < d.sentence.to() && VictimGroups.COPULAS.contains(tokens.get(after).lower());
    }
}
