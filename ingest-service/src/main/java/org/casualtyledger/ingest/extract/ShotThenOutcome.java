package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "shot-then-outcome": "gunmen shot a teacher, killing him", "shot a guard, wounding him": "shot" alone does
 * not say whether the victim died; the participle after it does, and its pronoun is the same victim, no second one.
 */
final class ShotThenOutcome {

    /** How far after the victim the participle may follow: "shot a teacher in the head, killing him". */
    private static final int REACH = 10;
    private static final Set<String> PRONOUNS = WordList.of("pronouns");

    private ShotThenOutcome() {
    }

    static void apply(List<Draft> inSentence, List<Token> tokens, Sentence s) {
        for (Draft d : inSentence) {
            if (d.value() != 1 || d.outcomeFrom < 0 || d.outcomeTo != d.outcomeFrom + 1 || !tokens.get(d.outcomeFrom).is("shot")
                    || d.outcomeFrom > d.quantity.from()) {
                continue;
            }
            int from = Math.max(d.quantity.to(), d.phrase.to());
            for (int i = from; i + 2 < Math.min(s.to(), from + REACH); i++) {
                Outcome told = participle(tokens.get(i + 1));
                if (tokens.get(i).is(",") && told != null && PRONOUNS.contains(tokens.get(i + 2).lower())) {
                    d.outcome = told;
                    d.rule = "shot-then-outcome-" + d.rule;
                    int participle = i + 1;
                    inSentence.removeIf(other -> other != d && other.value() == 1 && other.outcomeFrom == participle);
                    return;
                }
            }
        }
    }

    private static Outcome participle(Token t) {
        if (t.is("killing")) {
            return Outcome.KILLED;
        }
        return t.is("wounding") || t.is("injuring") ? Outcome.INJURED : null;
    }
}
