package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "own-clause": a period belongs to the clause that tells it. "The toll since the start of the offensive rose to
 * 300, and a child died of the cold in the camp": the child's death has its own subject and verb after ", and", so
 * the period told before it is the toll's, not the child's; "two fighters were killed, and the toll of the attacks
 * since January rose to 91": a period inside a later figure's subject is that figure's. A period that opens the
 * clause ("Since January, 300 were killed, and 200 others were injured") covers every conjunct, and a figure told as a
 * noun ("the death of 40 ..., and the execution of 12") shares the verb, and so the period, of the first. An event
 * told before ", bringing to 45 the number of people killed since January" is that event's, not the total's.
 */
final class OwnClause {

    static final String NAME = "own-clause";
    static final String SUBJECT_CLAUSE = "subject-clause";
    /** Words that open a clause with a subject and a verb of its own: "after the SDF arrested a commander". */
    private static final Set<String> OPENERS = WordList.of("clause-openers");
    private static final Set<String> FRONTED_CUES = WordList.of("fronted-period-cues");
    /** Rule "raising-clause": ", bringing the toll to", ", raising the number of": a running total told after an event. */
    private static final Set<String> RAISING = WordList.of("raising-participles");

    private OwnClause() {
    }

    /** Where the figure's own clause starts within [from, figure): after the last ", and" or opener before its verb. */
    static int start(Draft d, List<Token> tokens, int from) {
        if (d.outcomeFrom < 0 || nominal(d, tokens) || fronted(tokens, from, d.quantity.from())) {
            return from;
        }
        int end = Math.min(d.quantity.from(), d.outcomeFrom);
        for (int i = end - 1; i > from; i--) {
            if (opens(tokens, i)) {
                return i;
            }
        }
        return from;
    }

    /** Where the figure's clause ends within (figure, to): before ", and" that opens a later figure's own subject. */
    static int end(Draft d, List<Draft> drafts, List<Token> tokens, int to) {
        int limit = to;
        for (int i = Math.max(d.quantity.to(), d.outcomeTo); i + 1 < limit; i++) {
            if (tokens.get(i).is(",") && RAISING.contains(tokens.get(i + 1).lower())) {
                // "killed 2 shepherds, bringing to 45 the number killed since January": the total is the clause after
                limit = i;
                break;
            }
        }
        for (Draft o : drafts) {
            int and = subjectAfterAnd(d, o, tokens, limit);
            if (and >= 0) {
                limit = Math.min(limit, and);
                continue;
            }
            if (relativeOfLater(d, o, tokens, limit)) {
                limit = Math.min(limit, o.quantity.from());
                continue;
            }
            if (o == d || o.parent != null || o.outcomeFrom < d.quantity.to() || o.outcomeFrom >= o.quantity.from()
                    || o.outcomeFrom >= limit) {
                continue;
            }
            for (int i = o.outcomeFrom - 1; i >= d.quantity.to() && i > 0; i--) {
                if (tokens.get(i).is("and") && tokens.get(i - 1).is(",")) {
                    limit = Math.min(limit, i);
                    break;
                }
            }
        }
        return limit;
    }

    /**
     * Rule "subject-clause": "shelling injured 10 civilians today, and from which 38,000 people have been displaced
     * since June": a later figure that is the subject of its own verb, right after ", and", opens a clause of its own
     * once the first figure's verb is told; the period of that clause is not the first figure's. The index of "and", or -1.
     */
    private static int subjectAfterAnd(Draft d, Draft o, List<Token> tokens, int limit) {
        if (o == d || o.parent != null || d.outcomeFrom < 0 || o.outcomeFrom <= o.quantity.from()
                || o.quantity.from() >= limit || o.quantity.from() <= Math.max(d.quantity.to(), d.outcomeTo)) {
            return -1;
        }
        for (int i = o.quantity.from() - 1; i > Math.max(d.quantity.to(), d.outcomeTo) && i >= o.quantity.from() - SUBJECT_REACH; i--) {
            if (tokens.get(i).is("and") && tokens.get(i - 1).is(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Rule "later-relative": "the death of 23 people on Thursday, in addition to 210 people who were killed since the
     * start of the month": a relative clause tells of its own noun; a period in the relative clause of a later figure,
     * after the first figure's verb, is that figure's, not the first figure's (nor is it of a part of the first).
     */
    private static boolean relativeOfLater(Draft d, Draft o, List<Token> tokens, int limit) {
        if (o == d || o.parent == d || d.outcomeFrom < 0 || d.outcomeTo > o.quantity.from() || o.quantity.from() >= limit
                || o.quantity.from() < d.quantity.to() || o.outcomeFrom <= o.quantity.from()) {
            return false;
        }
        for (int i = o.outcomeFrom - 1; i >= Math.max(o.quantity.to(), o.outcomeFrom - RELATIVE_REACH); i--) {
            if (RELATIVES.contains(tokens.get(i).lower()) || tokens.get(i).is("which")) {
                return true;
            }
        }
        return false;
    }

    static final String LATER_RELATIVE = "later-relative";
    private static final Set<String> RELATIVES = WordList.of("relative-pronouns");
    /** How far before the later figure's verb its relative pronoun may stand: "people who had been killed". */
    private static final int RELATIVE_REACH = 4;

    /** How far before the later figure its ", and" may stand: ", and from which no fewer than 38,000". */
    private static final int SUBJECT_REACH = 6;

    private static boolean opens(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.is("and") && tokens.get(i - 1).is(",") || OPENERS.contains(t.lower());
    }

    /** "the death of", "the arrest of": the outcome told as a noun, the object of an earlier verb. */
    private static boolean nominal(Draft d, List<Token> tokens) {
        return d.outcomeFrom > 0 && (tokens.get(d.outcomeFrom - 1).is("the")
                || tokens.get(d.outcomeFrom - 1).isIndefiniteArticle());
    }

    /** "Since the beginning of 2021, ...", "Thus, during 2022, ...": a period that opens the clause covers all of it. */
    private static boolean fronted(List<Token> tokens, int from, int to) {
        for (int i = from; i < Math.min(to, from + 3); i++) {
            Token t = tokens.get(i);
            if (FRONTED_CUES.contains(t.lower())) {
                return true;
            }
            if (Character.isLetterOrDigit(t.lower().charAt(0)) && !t.is("thus") && !t.is("so") && !t.is("and")) {
                return false;
            }
        }
        return false;
    }
}
