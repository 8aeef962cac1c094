package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "raised-number": "the shelling brought the number of farmers killed this month to 12", ", raising the death
 * toll of the siege to 30": the verb that raises the toll stands before its subject ("the number of ...", "the toll"),
 * and the figure it reaches closes the clause after "to". The outcome is the one the subject names: a toll counts the
 * dead, "the number of people wounded" the wounded; a number of people that names no outcome names no figure here.
 */
final class RaisedNumber {

    static final String NAME = "raised-number";
    /** "brought", "brings", "raised", "pushed", "raising", "bringing": verbs that move a toll to a new figure, in any tense. */
    private static final Set<String> RAISING_VERBS = WordList.of("raising-verbs");
    private static final Set<String> KILLED_VICTIMS = WordList.of("killed-victims");
    /** How far back from "to N" the verb may stand: the subject may carry its place and period. */
    private static final int REACH = 24;

    /**
     * Rule "headline-raised-number": a headline drops the article ("bringing toll since start of year to 9", "raises
     * number of civilians killed to 61"); the subject still opens on its head.
     */
    private static final Set<String> BARE_HEADS = Set.of("toll", "death", "number", "overall", "total");

    private RaisedNumber() {
    }

    /** The outcome of the figure starting at {@code at}, told as "raising the number of ... to N"; null if none. */
    static OutcomeMatch find(List<Token> tokens, int at, int floor, Lexicon lexicon) {
        if (at - 1 <= floor || !tokens.get(at - 1).is("to")) {
            return null;
        }
        for (int k = at - 2; k > Math.max(floor, at - 2 - REACH); k--) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(".")) {
                return null;
            }
            if (t.is("the") && RAISING_VERBS.contains(tokens.get(k - 1).lower())) {
                OutcomeMatch named = subject(tokens, k + 1, at - 1, lexicon);
                return named != null ? named : RaisedLosses.subject(tokens, k, at - 1);
            }
            if (BARE_HEADS.contains(t.lower()) && RAISING_VERBS.contains(tokens.get(k - 1).lower())) {
                return subject(tokens, k, at - 1, lexicon);
            }
            OutcomeMatch losses = RAISING_VERBS.contains(t.lower()) ? RaisedLosses.subject(tokens, k + 1, at - 1) : null;
            if (losses != null) {
                return losses;
            }
        }
        return null;
    }

    /** What the subject in [from, to) counts: "the death toll", "the number of civilians killed since May". */
    private static OutcomeMatch subject(List<Token> tokens, int from, int to, Lexicon lexicon) {
        int head = from;
        if (head < to && (tokens.get(head).is("death") || tokens.get(head).is("overall") || tokens.get(head).is("total"))) {
            head++;
        }
        if (head < to && RaisedLosses.losses(tokens.get(head))) {
            return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, head, head + 1, NAME);
        }
        if (head + 1 >= to || !tokens.get(head).is("number") || !tokens.get(head + 1).is("of")) {
            return null;
        }
        for (int j = head + 2; j < to; j++) {
            PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, j, to);
            if (m != null && m.value().role() != OutcomeTerm.Role.ACTIVE) {
                return new OutcomeMatch(m.value().outcome(), head, m.to(), NAME);
            }
            if (KILLED_VICTIMS.contains(tokens.get(j).lower())) {
                return new OutcomeMatch(org.casualtyledger.claim.Outcome.KILLED, head, j + 1, NAME);
            }
        }
        return null;
    }
}
