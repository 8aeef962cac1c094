package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the outcome of a figure in its clause: an active verb or an outcome noun before it ("killed 14",
 * "the injury of 30", "the death toll rose to 70"), or a passive verb or state after the people counted
 * ("34 members ... were killed", "14 others wounded", "who have gotten out").
 */
final class OutcomeFinder {

    private static final int ACTIVE_REACH = 3;
    private static final int NOUN_REACH = 6;
    private static final int PASSIVE_REACH = 25;
    private static final Set<String> ACTIVE_FILLERS = WordList.of("active-fillers");
    private static final Set<String> NOUN_LINKS = WordList.of("noun-links");
    private static final Set<String> AUXILIARIES = WordList.of("auxiliaries");
    private static final Set<String> PASSIVE_AUXILIARIES = WordList.of("passive-auxiliaries");
    private static final Set<String> OBJECT_STARTS = WordList.of("outcome-finder-object-starts");

    private static final Set<String> NOT_NAMES = WordList.of("not-names");
    private final Lexicon lexicon;

    OutcomeFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An active verb or outcome noun governing the figure that starts at token {@code at}. */
    OutcomeMatch before(List<Token> tokens, int at, int floor) {
        int i = at;
        int skipped = 0;
        while (i > floor && skipped <= NOUN_REACH) {
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestEndingAt(tokens, i, floor);
            if (m != null && m.value().canPrecede() && skipped <= ACTIVE_REACH && risesBetween(tokens, m.to(), at)) {
                return null;
            }
            if (m != null && m.value().canPrecede() && skipped <= ACTIVE_REACH && !afterPassiveAuxiliary(tokens, m.from(), floor)
                    && !copulaBetween(tokens, m.to(), at)) {
                if (irrealis(tokens, m.from(), floor)) {
                    return null;
                }
                return new OutcomeMatch(m.value().outcome(), m.from(), m.to(), "active-verb");
            }
            if (m != null && m.value().role() == OutcomeTerm.Role.NOUN) {
                if (CountedOnlyNoun.uncounted(tokens, m.from(), floor)) {
                    return null;
                }
                return new OutcomeMatch(m.value().outcome(), m.from(), m.to(), "outcome-noun");
            }
            if (m != null && skipped == 0 && NounAsVerb.before(tokens, m, floor)) {
                return new OutcomeMatch(m.value().outcome(), m.from(), m.to(), NounAsVerb.NAME);
            }
            String w = tokens.get(i - 1).lower();
            boolean link = skipped < ACTIVE_REACH ? ACTIVE_FILLERS.contains(w) || NOUN_LINKS.contains(w) : NOUN_LINKS.contains(w);
            if (!link) {
                return null;
            }
            i--;
            skipped++;
        }
        return null;
    }

    /**
     * Rule "participle-before-rise": "the number of civilians killed rose to 40": a participle right before the verb
     * that raises a number ends that number's subject; it is no active verb of the figure the number reaches.
     */
    static final String PARTICIPLE_BEFORE_RISE = "participle-before-rise";

    private static boolean risesBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (RISES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "predicate-victim": in "one of those killed was a guard" the verb has no object; the guard is the
     * predicate of a figure told before (ReportReading's "copula-group"), not a second victim.
     */
    private static boolean copulaBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (VictimGroups.COPULAS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "split-to-death": "hacked five villagers to death", "beat two men to death": the verb of "hacked to
     * death" wraps its object; the figure between the verb and "to death" is killed.
     */
    OutcomeMatch splitToDeath(List<Token> tokens, int at, int phraseEnd, int floor) {
        int verb = at - 1;
        int to = phraseEnd;
        while (to < Math.min(tokens.size(), phraseEnd + OBJECT_TAIL) && tokens.get(to).isWord() && !tokens.get(to).is("to")) {
            to++;
        }
        if (verb < Math.max(0, floor) || to + 1 >= tokens.size() || !tokens.get(to).is("to") || !tokens.get(to + 1).is("death")) {
            return null;
        }
        String w = tokens.get(verb).lower();
        if (!lexicon.toDeathVerbs.contains(w) || afterPassiveAuxiliary(tokens, verb, floor)) {
            return null;
        }
        return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, verb, to + 2, "split-to-death");
    }

    private static final Set<String> CAPTIVE_TAKING_VERBS = WordList.of("captive-taking-verbs");
    private static final Set<String> CAPTIVE_STATES = WordList.of("captive-states");

    /**
     * Rule "split-hostage": "took three women hostage", "taking 12 villagers prisoner": the verb of "taken hostage"
     * wraps its object; the figure between the verb and the captive's state is captured.
     */
    OutcomeMatch splitHostage(List<Token> tokens, int at, int phraseEnd, int floor) {
        int verb = at - 1;
        if (verb < Math.max(0, floor) || !CAPTIVE_TAKING_VERBS.contains(tokens.get(verb).lower())) {
            return null;
        }
        for (int k = phraseEnd; k < Math.min(tokens.size(), phraseEnd + OBJECT_TAIL) && tokens.get(k).isWord(); k++) {
            if (CAPTIVE_STATES.contains(tokens.get(k).lower())) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.CAPTURED, verb, k + 1, "split-hostage");
            }
        }
        return null;
    }

    /** Words of the object that the noun-phrase reader may leave unread ("two thieves"). */
    private static final int OBJECT_TAIL = 3;

    private static final int TOLL_REACH = 32;
    /**
     * Rule "rising-victims": "the number of victims reached 47": the victims a monitor counts in a rising number are
     * its dead; casualties may be wounded too, so they name no outcome.
     */
    private static final Set<String> KILLED_VICTIMS = WordList.of("killed-victims");
    private static final Set<String> RISES = WordList.of("rises");
    /**
     * Rule "toll-copula": "the total number of people killed in the province since January is 213": a toll or a
     * number of people an outcome befell, told by a copula, is the figure after it as a rising verb's is.
     */
    static final String TOLL_COPULA = "toll-copula";
    /**
     * Rule "rising-losses": "the human losses of the regime forces rose to 40", "deaths among civilians rose to 8":
     * the losses of a party, or among it, are its dead.
     */
    static final String RISING_LOSSES = "rising-losses";
    private static final Set<String> TOLL_COPULAS = WordList.of("toll-copulas");

    /**
     * "The civilian death toll from an attack late on Thursday ... has risen to 6", "the number of victims who were
     * killed in the blasts increased to 20": a rising number whose subject names the outcome further back.
     */
    OutcomeMatch risingToll(List<Token> tokens, int at, int floor) {
        int i = at - 1;
        if (i > floor && (tokens.get(i).is("to") || tokens.get(i).is("at"))) {
            i--;
        }
        if (i < floor || !RISES.contains(tokens.get(i).lower()) && !TOLL_COPULAS.contains(tokens.get(i).lower())) {
            return null;
        }
        for (int k = i - 1; k >= Math.max(floor, i - TOLL_REACH); k--) {
            if (tokens.get(k).is("toll")) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, k, k + 1, "rising-toll");
            }
            if (RaisedLosses.losses(tokens.get(k)) && k + 1 < i && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("among"))) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, k, k + 1, RISING_LOSSES);
            }
            if (tokens.get(k).is("number") && k + 1 < i && tokens.get(k + 1).is("of")) {
                OutcomeMatch number = numberOf(tokens, k, i);
                if (number != null) {
                    return number;
                }
                if (k + 2 < i && KILLED_VICTIMS.contains(tokens.get(tokens.get(k + 2).is("the") ? k + 3 : k + 2).lower())) {
                    return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, k, k + 3, "rising-victims");
                }
            }
        }
        return null;
    }

    private static final int FAR_TOLL_REACH = 64;

    /**
     * Rule "rising-toll-far": "the death toll of the explosion of the car that struck the market, which is held by
     * the factions, yesterday, rose to 14", "the number of people who were killed today in the airstrikes on the
     * neighbourhoods of ... rose to 28": a toll whose subject runs over clauses of its own before the verb. Read
     * back to the sentence's start, but never past another figure, which would be the subject's own.
     */
    OutcomeMatch risingTollFar(List<Token> tokens, int at, int sentenceFrom) {
        int i = at - 1;
        if (i > sentenceFrom && (tokens.get(i).is("to") || tokens.get(i).is("at"))) {
            i--;
        }
        if (i < sentenceFrom || !RISES.contains(tokens.get(i).lower())) {
            return null;
        }
        for (int k = i - 1; k >= Math.max(sentenceFrom, i - FAR_TOLL_REACH); k--) {
            if (tokens.get(k).isNumber()) {
                return null;
            }
            if (tokens.get(k).is("toll")) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, k, k + 1, "rising-toll-far");
            }
            if (tokens.get(k).is("number") && k + 1 < i && tokens.get(k + 1).is("of")) {
                return numberOf(tokens, k, i);
            }
        }
        return null;
    }

    /** Rule "rising-number": "the number of people killed ... rose to": the outcome named in the subject. */
    private OutcomeMatch numberOf(List<Token> tokens, int number, int verb) {
        for (int j = number + 2; j < verb; j++) {
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, j, verb);
            if (m != null && m.value().role() != OutcomeTerm.Role.ACTIVE) {
                return new OutcomeMatch(m.value().outcome(), number, m.to(), "rising-number");
            }
        }
        return null;
    }

    /** A passive verb or a state after the people counted, before the clause or the next figure ends. */
    OutcomeMatch after(List<Token> tokens, int from, int limit, Clauses clauses) {
        int end = Math.min(limit, from + PASSIVE_REACH);
        for (int k = from; k < end; k++) {
            if (clauses.isBoundary(k)) {
                return null;
            }
            if (KILLED_VICTIMS.contains(tokens.get(k).lower()) && amongThe(tokens, from, k)) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, k - 2, k + 1, "among-the-dead");
            }
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, k, end);
            if (m == null) {
                continue;
            }
            OutcomeTerm term = m.value();
            if (term.role() == OutcomeTerm.Role.ACTIVE || term.role() == OutcomeTerm.Role.NOUN) {
                return null;
            }
            if (amongThe(tokens, from, k)) {
                return new OutcomeMatch(term.outcome(), k - 2, m.to(), "among-the-dead");
            }
            if (!term.canFollow() || (k > 0 && tokens.get(k - 1).is("the")) || CountedParticiple.ofAnotherAmount(tokens, k, from, lexicon)) {
                k = m.to() - 1;
                continue;
            }
            // rule "sentence-final-participle": "..., and 900 people displaced" ending a headline takes no object
            if (term.role() == OutcomeTerm.Role.VERB && m.to() < clauses.sentenceEnd() && takesObject(tokens, m, limit)
                    && (!afterAuxiliary(tokens, k, from) || activePerfect(tokens, k, from))) {
                return null;
            }
            if (modalPassive(tokens, from, k) || attempted(tokens, k, from)) {
                return null;
            }
            if (inRelativeClause(tokens, from, k)) {
                OutcomeMatch later = after(tokens, m.to(), breakdownStart(tokens, m.to(), limit), clauses);
                if (later != null && later.outcome() != term.outcome()) {
                    return later;
                }
            }
            return new OutcomeMatch(term.outcome(), m.from(), m.to(), term.role() == OutcomeTerm.Role.VERB ? "passive-verb" : "state");
        }
        return null;
    }

    /**
     * Rule "among-the-dead": "27 members of the force were among the dead", "two children are among the wounded": the
     * people counted are told as part of the dead or wounded, so they met that outcome.
     */
    private static boolean amongThe(List<Token> tokens, int from, int at) {
        if (at - 3 < from || !tokens.get(at - 1).is("the") || !tokens.get(at - 2).is("among")) {
            return false;
        }
        int verb = tokens.get(at - 3).is("also") && at - 4 >= from ? at - 4 : at - 3;
        return VictimGroups.COPULAS.contains(tokens.get(verb).lower());
    }

    /**
     * Rule "relative-then-part": "58,600 people who have gotten out, including 6,400 members who were arrested": the
     * verb after a part's opener is the part's own, never a second verb of the total's relative clause.
     */
    private static int breakdownStart(List<Token> tokens, int from, int limit) {
        for (int i = from; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.is("including") || t.is("(") || t.is("among") && i + 1 < limit && tokens.get(i + 1).is("them")) {
                return i;
            }
        }
        return limit;
    }

    private static final Set<String> MODALS = WordList.of("modals");

    /**
     * Rule "modal-passive": "six bombers, some of whom may have been killed", "dozens could be trapped": a passive
     * under a modal tells what is possible, not what happened.
     */
    private static boolean modalPassive(List<Token> tokens, int from, int at) {
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (MODALS.contains(tokens.get(i).lower()) && !(tokens.get(i).is("may") && tokens.get(i).capitalized())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(List<Token> tokens, int from, int at) {
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (tokens.get(i).is("who") || tokens.get(i).is("that") || tokens.get(i).is("which")) {
                return true;
            }
        }
        return false;
    }

    private boolean takesObject(List<Token> tokens, PhraseTable.Match<OutcomeTerm> m, int limit) {
        if (m.to() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.to());
        if (next.is("at") && !(m.to() + 1 < tokens.size() && tokens.get(m.to() + 1).is("least"))) {
            return false;
        }
        if (next.is("over") && spanAfterOver(tokens, m.to() + 1)) {
            return false;
        }
        if (next.isNumber() || OBJECT_STARTS.contains(next.lower())
                || next.capitalized() && !NOT_NAMES.contains(next.lower())) {
            return true;
        }
        return lexicon.personNouns.longestAt(tokens, m.to(), tokens.size()) != null
                || ShiftedObject.objectAhead(tokens, m.to(), lexicon);
    }

    private static final Set<String> SPAN_OPENERS = WordList.of("span-openers");

    /**
     * Rule "passive-over-period": "18 people killed over the past 24 hours": "over" opening a stretch of time after
     * the participle is no amount of its object ("killed over 20 people").
     */
    private static boolean spanAfterOver(List<Token> tokens, int at) {
        return at < tokens.size() && SPAN_OPENERS.contains(tokens.get(at).lower());
    }

    /**
     * Rule "attempted-outcome": "two civilians who were trying to flee the enclave were killed": a verb of attempt
     * before "to" tells what the people set out to do, not what befell them.
     */
    private static boolean attempted(List<Token> tokens, int at, int floor) {
        int to = tokens.get(at).is("to") ? at : at - 1;
        return to - 1 >= Math.max(0, floor) && tokens.get(to).is("to") && ATTEMPT_VERBS.contains(tokens.get(to - 1).lower());
    }

    private static final Set<String> ATTEMPT_VERBS = WordList.of("attempt-verbs");

    /** "threatened to kill hundreds", "could kill dozens": not an event. */
    private static boolean irrealis(List<Token> tokens, int at, int floor) {
        if (at - 1 < Math.max(0, floor) || !IRREALIS.contains(tokens.get(at - 1).lower())) {
            return false;
        }
        return !tokens.get(at - 1).is("to") || at - 2 < 0 || !REALIS_BEFORE_TO.contains(tokens.get(at - 2).lower());
    }

    private static final Set<String> REALIS_BEFORE_TO = WordList.of("realis-before-to");

    private static final Set<String> IRREALIS = WordList.of("outcome-finder-irrealis");

    private static boolean afterPassiveAuxiliary(List<Token> tokens, int at, int floor) {
        return at - 1 >= Math.max(0, floor) && PASSIVE_AUXILIARIES.contains(tokens.get(at - 1).lower())
                && !tokens.get(at - 1).written("IS");
    }

    /** "three attackers have killed five people": the figure before a perfect active verb is its agent. */
    private static boolean activePerfect(List<Token> tokens, int at, int floor) {
        return at - 1 >= Math.max(0, floor) && (tokens.get(at - 1).is("has") || tokens.get(at - 1).is("have")
                || tokens.get(at - 1).is("had"));
    }

    private static boolean afterAuxiliary(List<Token> tokens, int at, int floor) {
        return at - 1 >= Math.max(0, floor) && AUXILIARIES.contains(tokens.get(at - 1).lower())
                || at - 2 >= Math.max(0, floor) && AUXILIARIES.contains(tokens.get(at - 2).lower())
                && (tokens.get(at - 1).is("been") || tokens.get(at - 1).is("also") || tokens.get(at - 1).is("reportedly"));
    }
}
