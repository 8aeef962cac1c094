package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "leader-and-comrades": "Commander John Doe alongside nine of his comrades were killed", "the emir of the
 * brigade and at least 34 of his fighters were killed": a subject figure that counts the people of someone named
 * before it; that person shares their fate and is one more victim (a companion). Only a subject before its outcome
 * verb: an object ("killed the dean and two of her children") is read by the object rules, and a sentence with a
 * figure before the link may have counted the person already.
 */
final class LeaderAndComrades {

    private static final Set<String> POSSESSIVES = WordList.of("leader-and-comrades-possessives");
    private static final Set<String> LINKS = WordList.of("links");
    private static final Set<String> DETERMINERS = WordList.of("leader-and-comrades-determiners");
    private static final Set<String> DESCRIPTION_ENDS = WordList.of("description-ends");
    /** Words a leader's description may run over before its head: "the emir of the brigade", "Abu X al-Y". */
    private static final int LEADER_REACH = 8;

    private LeaderAndComrades() {
    }

    /** The head token of the leader before the figure d, or -1. */
    static int leader(List<Token> tokens, Draft d, Sentence s, List<Draft> inSentence) {
        int link = d.quantity.from() - 1;
        int after = d.quantity.to();
        if (d.outcomeFrom < after || link - 1 <= s.from() || after + 2 >= s.to() || !tokens.get(after).is("of")
                || !POSSESSIVES.contains(tokens.get(after + 1).lower()) || !LINKS.contains(tokens.get(link).lower())) {
            return -1;
        }
        if (tokens.get(link).is("with")) {
            link--;
            if (!tokens.get(link).is("along") && !tokens.get(link).is("together")) {
                return -1;
            }
        }
        int head = link - 1;
        if (!singularWord(tokens.get(head)) || counted(inSentence, d, link)) {
            return -1;
        }
        return startsSubject(tokens, head, s) ? head : -1;
    }

    private static boolean singularWord(Token t) {
        String w = t.lower();
        return t.isWord() && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    /** A figure of the sentence already stands before the link: the leader may be counted there. */
    private static boolean counted(List<Draft> inSentence, Draft d, int link) {
        for (Draft other : inSentence) {
            if (other != d && other.quantity.from() < link) {
                return true;
            }
        }
        return false;
    }

    /** A name ("Ramadan al-Sabta"), or a description opened by a determiner ("the emir of the brigade"). */
    private static boolean startsSubject(List<Token> tokens, int head, Sentence s) {
        if (nameWord(tokens.get(head))) {
            return true;
        }
        for (int k = head - 1; k >= Math.max(s.from(), head - LEADER_REACH); k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || DESCRIPTION_ENDS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean nameWord(Token t) {
        if (t.capitalized()) {
            return true;
        }
        int dash = t.text().indexOf('-');
        return t.isWord() && dash > 0 && dash + 1 < t.text().length() && Character.isUpperCase(t.text().charAt(dash + 1));
    }
}
