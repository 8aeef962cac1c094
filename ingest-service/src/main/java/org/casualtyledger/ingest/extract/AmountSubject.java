package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;

/**
 * Rule "subject-amount": "regime soldiers killed by the cells numbered 40", "the injured exceed 11,000", "the
 * civilians among them numbered 1,088": a verb of amount gives its subject a figure, and the subject says who they are
 * and what befell them: a participle or state of its own ("killed by", "who died under torture", "the injured"), or
 * "among them" / "of them", which makes them a part of the toll told before ({@link AmongTheDead}).
 */
final class AmountSubject {

    static final String NAME = "subject-amount";
    /** The verbs that give their subject a number: "numbered", "exceed", "reached", "amounted to", "stood at". */
    private static final Set<String> AMOUNT_VERBS = WordList.of("amount-verbs");
    /**
     * A copula gives its subject a number when the figure names nobody ("those killed were 12") or the subject is the
     * victims, the dead or those an outcome befell ("the victims of the airstrike are 4 civilians", "those injured
     * in the attack were 25 people"); never one person ("one of those killed was an officer" names the one, whom
     * rule "predicate-victim" reads).
     */
    private static final Set<String> COPULAS = WordList.of("copulas");
    /** Words that end the subject when read backwards from its verb: a comma, "and", "while". */
    private static final Set<String> SUBJECT_STARTS = WordList.of("amount-subject-starts");
    /** Words after a participle that make it a verb with an object ("those who killed the man"), not a state. */
    private static final Set<String> OBJECT_STARTS = WordList.of("amount-subject-objects");
    /** How far back the subject may reach: "the detainees who died under torture in the prisons since May". */
    private static final int REACH = 20;
    private static final Set<String> KILLED_VICTIMS = WordList.of("killed-victims");
    /** "stands now at 210": an adverb of time between the verb and its figure. */
    private static final Set<String> ADVERBS = WordList.of("amount-adverbs");

    private AmountSubject() {
    }

    /**
     * The outcome the subject of the verb of amount before the figure at {@code at} gives it, spanning the subject up
     * to that verb; null when no such verb stands right before the figure or its subject tells no outcome.
     * {@code toll} is the figure told last before this one, whose people "among them" refers to.
     */
    static OutcomeMatch find(List<Token> tokens, int at, int floor, boolean bare, boolean article, Draft toll, Lexicon lexicon) {
        int verb = at - 1;
        if (verb > floor && (tokens.get(verb).is("to") || tokens.get(verb).is("at"))) {
            verb--;
        }
        if (verb > floor && ADVERBS.contains(tokens.get(verb).lower())) {
            verb--;
        }
        if (verb <= floor) {
            return null;
        }
        String v = tokens.get(verb).lower();
        boolean copula = COPULAS.contains(v);
        if (!AMOUNT_VERBS.contains(v) && !copula) {
            return null;
        }
        int start = verb;
        while (start > Math.max(floor, verb - REACH) && !SUBJECT_STARTS.contains(tokens.get(start - 1).lower())
                && !(tokens.get(start - 1).isNumber() && !NonCasualty.isYear(tokens.get(start - 1)))) {
            start--;
        }
        if (start == verb) {
            return null;
        }
        Outcome outcome = null;
        boolean part = false;
        boolean people = false;
        boolean victims = false;
        for (int i = start; i < verb; i++) {
            Token t = tokens.get(i);
            if ((t.is("among") || t.is("of")) && i + 1 < verb && tokens.get(i + 1).is("them")) {
                part = true;
            }
            if (outcome == null && i > start && tokens.get(i - 1).is("the") && KILLED_VICTIMS.contains(t.lower())) {
                outcome = Outcome.KILLED;
                victims = true;
                people = true;
                continue;
            }
            people |= lexicon.personNouns.longestAt(tokens, i, verb) != null;
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, i, verb);
            if (m != null && outcome == null && i == start + (tokens.get(start).is("the") ? 1 : 0) && (m.value().role() == OutcomeTerm.Role.HEAD || m.value().role() == OutcomeTerm.Role.NOUN)) {
                // "deaths among children have reached 41", "the arrests of young men numbered 75": the head names the outcome
                outcome = m.value().outcome();
                i = m.to() - 1;
                continue;
            }
            if (m != null && outcome == null && m.value().canFollow() && !objectAfter(tokens, m.to(), verb)) {
                outcome = m.value().outcome();
                victims |= i > start && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("those"));
                people |= victims;
                i = m.to() - 1;
            }
        }
        if (!people || copula && (!bare && !victims || article)) {
            return null;
        }
        if (part && (outcome != null || toll != null)) {
            return new OutcomeMatch(outcome != null ? outcome : toll.outcome, start, verb, NAME + "-" + AmongTheDead.NAME);
        }
        return outcome == null ? null : new OutcomeMatch(outcome, start, verb, NAME);
    }

    private static boolean objectAfter(List<Token> tokens, int i, int verb) {
        return i < verb && (OBJECT_STARTS.contains(tokens.get(i).lower()) || tokens.get(i).isNumber());
    }


    /** The people the subject of a figure read by this rule names, or null: "the civilians among them" are civilians. */
    static NounPhrase counted(Draft d, List<Token> tokens, NounPhraseReader phrases, Lexicon lexicon, ReportContext context) {
        if (d.rule == null || !d.rule.contains(NAME) || d.outcomeFrom < 0 || d.outcomeTo > d.quantity.from()) {
            return null;
        }
        for (int i = d.outcomeFrom; i < d.outcomeTo; i++) {
            NounPhrase np = phrases.read(tokens, i, d.outcomeTo, context);
            if (np.from() == i && (np.group() != null || np.person() != null && np.person().group() != null)) {
                return np;
            }
        }
        return null;
    }
}
