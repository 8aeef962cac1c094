package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/**
 * Rule "others-scope": "it rose to 300 the number of people killed since the start of the offensive, while more than
 * 500 others were injured", "... The fighting also left 60 others injured": "others" counts the people beside those
 * of the figure it continues, in the same frame and paragraph, so it is told over the same period: it takes the scope and the
 * period of that figure (of its total, when that figure is a part). A figure that names its own day ("5 others were
 * injured today") is that day's incident. Only a total whose sentence names its period passes it on: "they had killed
 * eight staff and wounded five others" tells one attack.
 */
final class ContinuedScope {

    static final String NAME = "others-scope";
    private static final Set<String> OTHERS = WordList.of("others");
    private static final Set<String> DAY_SCALE = WordList.of("day-scale");

    private ContinuedScope() {
    }

    /** Whether a figure continues the one told right before it (the "others" of this rule, or another rule's cue). */
    interface Continuation {
        boolean continues(Draft d, Draft before, List<Token> tokens);
    }

    static void apply(List<Draft> drafts, List<Token> tokens) {
        apply(drafts, tokens, (d, before, t) -> others(d, t));
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Continuation continuation) {
        Paragraphs paragraphs = drafts.isEmpty() ? null : Paragraphs.of(tokens.get(0).source());
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft continued = root(drafts.get(i - 1));
            // The cue is looked for last: it reads the figure's words, the other checks only the drafts.
            if (d.parent != null || d.scope != Scope.INCIDENT || d.sentence.headline() || continued.scope != Scope.CUMULATIVE
                    || d.flags.contains(ClaimFlag.PUBLISHED_BEFORE) || !continuation.continues(d, drafts.get(i - 1), tokens)) {
                continue;
            }
            if (!SentenceRules.periodInSentence(continued, tokens) || continued.sentence.headline()
                    || continued.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    || d.sentence.index() - drafts.get(i - 1).sentence.index() > 1
                    || paragraphs.apart(d.sentence, drafts.get(i - 1).sentence) || ownEvent(d, drafts.get(i - 1), i + 1 < drafts.size() ? drafts.get(i + 1) : null, tokens)) {
                continue;
            }
            d.scope = continued.scope;
            d.periodStart = continued.periodStart;
            d.periodEnd = continued.periodEnd;
        }
    }

    /** "180 others", "dozens of other people": the head or its modifier says "other". */
    private static boolean others(Draft d, List<Token> tokens) {
        int end = Math.max(d.quantity.to(), d.phrase.to());
        for (int i = d.quantity.to(); i < Math.min(end + 1, tokens.size()); i++) {
            if (OTHERS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day or a new event ("in an explosion", "in a drone strike") named after the continued figure, up to the next
     * figure (in this figure's own sentence, all of it), or a sentence that sets its event apart ("Separately, ...").
     */
    private static boolean ownEvent(Draft d, Draft continued, Draft next, List<Token> tokens) {
        if (continued.sentence != d.sentence && AdditiveFigure.separateIncident(d.sentence, tokens)) {
            return true;
        }
        int from = continued.sentence == d.sentence ? continued.quantity.to() : d.sentence.from();
        int to = next == null || next.sentence != d.sentence ? d.sentence.to() : next.quantity.from();
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (DAY_SCALE.contains(w) || EVENTS.contains(w) && i > 0 && INDEFINITE.contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EVENTS = WordList.of("incident-nouns");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "new");

    /** The figure told right before, or the total it is a part of (at any depth). */
    private static Draft root(Draft d) {
        Draft root = d;
        for (int steps = 0; root.parent != null && steps < ReportReading.MAX_NESTING; steps++) {
            root = root.parent;
        }
        return root;
    }
}
