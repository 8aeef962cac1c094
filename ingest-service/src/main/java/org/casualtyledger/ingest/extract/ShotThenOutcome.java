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
        firedOn(inSentence, tokens, s);
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

    static final String FIRED_ON = "fired-on-then-outcome";
    private static final Set<String> FIRED_ON_PRONOUNS = Set.of("him", "her", "them", "both");

    /**
     * Rule "fired-on-then-outcome": "gunmen opened fire on a man and his wife, killing them": firing on people does
     * not say what befell them; the participle after them does, and its pronoun is the same people. Without such a
     * participle the people fired on are no victims told.
     */
    private static void firedOn(List<Draft> inSentence, List<Token> tokens, Sentence s) {
        List<Draft> fired = inSentence.stream().filter(d -> firing(tokens, d)).toList();
        if (fired.isEmpty()) {
            return;
        }
        int from = fired.stream().mapToInt(d -> Math.max(d.quantity.to(), d.phrase.to())).max().getAsInt();
        int participle = -1;
        Outcome told = null;
        for (int i = from; i + 2 < Math.min(s.to(), from + REACH); i++) {
            told = participle(tokens.get(i + 1));
            if (tokens.get(i).is(",") && told != null && FIRED_ON_PRONOUNS.contains(tokens.get(i + 2).lower())) {
                participle = i + 1;
                break;
            }
        }
        if (participle < 0) {
            inSentence.removeAll(fired);
            return;
        }
        int at = participle;
        for (Draft d : fired) {
            d.outcome = told;
            d.rule = FIRED_ON + "-" + d.rule;
        }
        inSentence.removeIf(other -> !fired.contains(other) && other.outcomeFrom == at);
    }

    /** "opened fire on him": the person fired on is told elsewhere; the pronoun counts no one more. */
    static boolean firedOnPronoun(List<Token> tokens, int from, int to, int sentenceEnd) {
        return from + 1 < to && to < sentenceEnd && (tokens.get(from).is("opened") || tokens.get(from).is("opens"))
                && tokens.get(from + 1).is("fire") && FIRED_ON_PRONOUNS.contains(tokens.get(to).lower());
    }

    private static boolean firing(List<Token> tokens, Draft d) {
        return d.outcomeFrom >= 0 && d.outcomeFrom + 1 < tokens.size() && d.outcomeFrom <= d.quantity.from()
                && (tokens.get(d.outcomeFrom).is("opened") || tokens.get(d.outcomeFrom).is("opens"))
                && tokens.get(d.outcomeFrom + 1).is("fire");
    }

    private static Outcome participle(Token t) {
        if (t.is("killing")) {
            return Outcome.KILLED;
        }
        return t.is("wounding") || t.is("injuring") ? Outcome.INJURED : null;
    }
}
