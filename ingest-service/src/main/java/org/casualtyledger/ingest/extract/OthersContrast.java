package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "others-contrast": "The bomb killed three guards and wounded 14 others": "others" (or "other", "more") after a
 * figure of another outcome in the same sentence sets the wounded apart from the dead of that sentence, not from the
 * wounded told before; the figure may then tell those wounded again. A figure that "also", "another" or "further"
 * marks, or a sentence set apart ("Separately, ..."), still adds people.
 */
final class OthersContrast {

    static final String NAME = "others-contrast";
    private static final Set<String> MODIFIERS = WordList.of("contrast-modifiers");

    private OthersContrast() {
    }

    /** The only cue that adds {@code d} to what was told is a contrast with a figure of another outcome before it. */
    static boolean setsApart(Draft d, List<Draft> drafts, List<Token> tokens) {
        if (!modifierInPhrase(d, tokens) || !otherOutcomeBefore(d, drafts)) {
            return false;
        }
        int from = d.quantity.from();
        if (from > d.sentence.from() && (tokens.get(from - 1).is("another") || tokens.get(from - 1).is("further"))
                || tokens.get(from).is("another") || AdditiveFigure.separateIncident(d.sentence, tokens)) {
            return false;
        }
        return d.outcomeFrom < 0 || !AdditiveFigure.alsoBefore(d.outcomeFrom, d.sentence.from(), tokens);
    }

    private static boolean otherOutcomeBefore(Draft d, List<Draft> drafts) {
        for (Draft e : drafts) {
            if (e != d && e.sentence == d.sentence && e.parent == null && e.quantity.to() <= d.quantity.from()
                    && e.outcome != null && Restatements.toll(e.outcome) != Restatements.toll(d.outcome)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifierInPhrase(Draft d, List<Token> tokens) {
        int phraseEnd = Math.min(d.sentence.to(), Math.max(d.phrase.to(), d.quantity.to() + 1));
        for (int i = d.quantity.to(); i < phraseEnd; i++) {
            if (MODIFIERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
