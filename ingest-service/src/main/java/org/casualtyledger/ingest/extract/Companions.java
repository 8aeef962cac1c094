package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Groups;

/**
 * People named beside a victim by a possessive: "killed a district governor and his son", "the mayor was killed
 * along with his wife, his mother and his driver", "a mother and her four children were killed". Each singular
 * companion is one more victim of the same outcome; a counted companion ("her four children") is a figure of its
 * own, and the person before it ("a mother") is one more.
 */
final class Companions {

    private static final Set<String> POSSESSIVES = WordList.of("companions-possessives");
    private static final Set<String> LINKS = WordList.of("links");
    private static final Set<String> ITEM_ENDS = WordList.of("item-ends");
    private static final int ITEM_REACH = 4;
    /**
     * Rule "companion-own-predicate": "a man was killed and his wife wounded": a companion told with a participle of
     * its own shares no outcome with the victim before it.
     */
    private static final Set<String> OWN_PREDICATES = WordList.of("own-predicates");
    private static final int MAX_COMPANIONS = 6;
    static final String GROUP_COMPANION = "group-companion";
    static final String COMPANION_LIST = "companion-list";
    static final String COMPANION_PART = "companion-part";

    private final List<Token> tokens;
    private final String text;
    private final Lexicon lexicon;

    Companions(List<Token> tokens, String text, Lexicon lexicon) {
        this.tokens = tokens;
        this.text = text;
        this.lexicon = lexicon;
    }

    void find(Sentence s, List<Draft> inSentence) {
        List<Draft> added = new ArrayList<>();
        for (Draft d : inSentence) {
            if (d.outcome == null || d.parent != null && d.value() != 1 || "one-victim-pair".equals(d.rule)) {
                continue;
            }
            if (d.value() == 1 && pairedBeside(d, inSentence)) {
                continue;
            }
            if (d.value() == 1) {
                int after = Math.max(d.phrase.to(), d.quantity.to());
                List<Integer> heads = companionsAt(after, s);
                if (heads.isEmpty() && d.outcomeTo > after) {
                    heads = companionsAt(d.outcomeTo, s);
                }
                for (int head : heads) {
                    if (!counted(head, inSentence) && !counted(head, added)
                            && !CompanionSubject.ownClause(tokens, d, head, s)) {
                        added.add(companion(s, d, head));
                    }
                }
            } else {
                List<Integer> listed = personsBeforePossessive(d, s);
                for (int k = 1; k < listed.size(); k++) {
                    if (!counted(listed.get(k), inSentence) && !counted(listed.get(k), added)) {
                        added.add(companion(s, d, listed.get(k)));
                    }
                }
                int head = listed.isEmpty() ? -1 : listed.get(0);
                if (head < 0) {
                    head = LeaderAndComrades.leader(tokens, d, s, inSentence);
                }
                boolean ofGroup = false;
                if (head < 0) {
                    head = companionAfterGroup(d, s);
                    ofGroup = head >= 0;
                }
                // "a man and his wife and their three children": the wife is one companion, of the man or of the children
                if (head >= 0 && !counted(head, inSentence) && !counted(head, added) && !namedByOutcomeNoun(head, inSentence)) {
                    Draft companion = companion(s, d, head);
                    // "4 soldiers and their commander": a companion its noun does not place is of the group's side
                    if (ofGroup && Groups.PEOPLE.equals(companion.group)) {
                        companion.group = d.group;
                    }
                    added.add(companion);
                }
            }
        }
        inSentence.addAll(added);
        inSentence.sort((a, b) -> Integer.compare(a.quantity.from(), b.quantity.from()));
        listedWithPart(inSentence);
    }

    /**
     * Rule "companion-part" for a counted companion: "killing 4 people; the dead were a mother, her daughter and 2
     * men": a figure coordinated after one person who is a part of a toll is a part of the same toll.
     */
    private static void listedWithPart(List<Draft> inSentence) {
        for (int k = 1; k < inSentence.size(); k++) {
            Draft d = inSentence.get(k);
            Draft before = inSentence.get(k - 1);
            if (d.parent == null && d.rule.endsWith("coordinated-object") && before.parent != null && before.value() == 1
                    && before.outcome == d.outcome && before.parent.value() > d.value()) {
                d.parent = before.parent;
            }
        }
    }

    /**
     * "A pastor, his wife and a neighbour were killed": the coordinated singulars of the verb (rule "one-victim-pair")
     * already count the people listed with the victim, so they are no companions besides.
     */
    private static boolean pairedBeside(Draft d, List<Draft> inSentence) {
        for (Draft other : inSentence) {
            if (other != d && "one-victim-pair".equals(other.rule) && other.outcome == d.outcome) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that a figure of the sentence already counts: "killed a village chief and his two sons" counts the chief
     * ("a") and the sons ("two"), so neither is one more companion.
     */
    private static boolean counted(int head, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            if (d.quantity.from() <= head && head < Math.max(d.quantity.to(), d.phrase.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the bodies of a mother and her 2 children": the person right after the outcome noun is already one victim
     * (rule "one-victim" reads "the bodies of" a mother), so no companion besides.
     */
    private static boolean namedByOutcomeNoun(int head, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            int end = Math.max(d.quantity.to(), d.outcomeTo);
            if (d.value() == 1 && d.rule.startsWith("one-victim") && end <= head && head - end <= NOUN_TO_PERSON) {
                return true;
            }
        }
        return false;
    }

    /** "of a mother": the article and the person's noun after the outcome noun. */
    private static final int NOUN_TO_PERSON = 2;

    /** ", and his son", "along with his wife, his mother and his driver": the heads of the companions at i. */
    private List<Integer> companionsAt(int i, Sentence s) {
        List<Integer> heads = new ArrayList<>();
        int at = skipNamedComplement(i, s);
        boolean comma = at < s.to() && tokens.get(at).is(",");
        if (comma) {
            at++;
        }
        if (at + 3 < s.to() && tokens.get(at).is("and") && tokens.get(at + 1).isWord() && isAlong(at + 2)) {
            at += 2;
        }
        if (isAlong(at)) {
            at++;
        }
        int k;
        if (comma && at < s.to() && POSSESSIVES.contains(tokens.get(at).lower()) && listGoesOn(at + 1, s)) {
            k = at + 1;
        } else if (at + 1 >= s.to() || !LINKS.contains(tokens.get(at).lower()) || !POSSESSIVES.contains(tokens.get(at + 1).lower())) {
            return heads;
        } else {
            k = at + 2;
        }
        boolean lastItem = tokens.get(k - 1).is("and") || k >= 2 && tokens.get(k - 2).is("and");
        while (k < s.to() && heads.size() < MAX_COMPANIONS) {
            int head = itemHead(k, s);
            if (head < 0) {
                break;
            }
            heads.add(head);
            if (lastItem) {
                break;
            }
            k = head + 1;
            if (k < s.to() && tokens.get(k).is(",")) {
                k++;
            }
            if (k < s.to() && tokens.get(k).is("and")) {
                k++;
                lastItem = true;
            }
            if (k < s.to() && POSSESSIVES.contains(tokens.get(k).lower())) {
                k++;
            }
        }
        return heads;
    }

    /** "along with", "together with" at i. */
    private boolean isAlong(int i) {
        return i + 1 < tokens.size() && (tokens.get(i).is("along") || tokens.get(i).is("together")) && tokens.get(i + 1).is("with");
    }

    /**
     * Rule "companion" after a comma: "a chief, his wife and three sons were shot dead": a possessive right after
     * the comma lists a companion only when the list goes on with "and" after it, unlike an aside ("the mayor, his
     * face covered, ...").
     */
    private boolean listGoesOn(int k, Sentence s) {
        for (int j = k; j < Math.min(s.to(), k + ITEM_REACH + 1); j++) {
            if (tokens.get(j).is("and")) {
                return true;
            }
            if (!tokens.get(j).isWord() && !tokens.get(j).is(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a leader of the Awami Party (AP) and his nephew": the name of the victim's party or office, capitalised after
     * "of" and with its abbreviation, belongs to the victim; the companions come after it.
     */
    private int skipNamedComplement(int i, Sentence s) {
        if (i + 2 >= s.to() || !tokens.get(i).is("of")) {
            return i;
        }
        int k = tokens.get(i + 1).is("the") ? i + 2 : i + 1;
        int from = k;
        while (k < s.to() && k - from < NAME_REACH && tokens.get(k).capitalized()) {
            k++;
        }
        if (k == from) {
            return i;
        }
        if (k + 2 < s.to() && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            k += 3;
        }
        return k;
    }

    private static final int NAME_REACH = 5;

    /** The head of one listed companion starting at k: a singular word before a comma, "and" or a boundary. */
    private int itemHead(int k, Sentence s) {
        int head = -1;
        for (int j = k; j < Math.min(s.to(), k + ITEM_REACH); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.is("and") || ITEM_ENDS.contains(t.lower())) {
                break;
            }
            if (OWN_PREDICATES.contains(t.lower())) {
                return -1;
            }
            head = j;
        }
        if (head < 0) {
            return -1;
        }
        String w = tokens.get(head).lower();
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        return plural || tokens.get(head).isNumber() ? -1 : head;
    }

    /**
     * Rule "group-companion": "five workers and their driver were killed": one person after a counted group and
     * "and their" is one more victim; -1 when none follows.
     */
    private int companionAfterGroup(Draft d, Sentence s) {
        int at = Math.max(d.phrase.to(), d.quantity.to());
        if (at + 2 >= s.to() || !tokens.get(at).is("and") || !tokens.get(at + 1).is("their")) {
            return -1;
        }
        int head = itemHead(at + 2, s);
        return head >= 0 && lexicon.personNouns.longestAt(tokens, head, head + 1) != null ? head : -1;
    }

    /**
     * "a mother and her four children were killed": the heads of the people listed before "and her", nearest first.
     * Rule "companion-list": "a man, his wife and their three children" lists more than one person before the
     * counted kin; each item is one person, opened by "a" or by a possessive after a comma or "and".
     */
    private List<Integer> personsBeforePossessive(Draft d, Sentence s) {
        int possessive = d.quantity.from() - 1;
        if (possessive - 2 < s.from() || !POSSESSIVES.contains(tokens.get(possessive).lower())
                || !tokens.get(possessive - 1).is("and")) {
            return List.of();
        }
        List<Integer> heads = new ArrayList<>();
        int end = possessive - 1;
        while (heads.size() < MAX_COMPANIONS) {
            int head = end - 1;
            int start = itemStart(head, s);
            if (start < 0) {
                return List.of();
            }
            heads.add(head);
            if (tokens.get(start).isIndefiniteArticle() || start == s.from() && s.headline()) {
                return heads;
            }
            end = start - 1;
            if (end < s.from() || !(tokens.get(end).is(",") || tokens.get(end).is("and"))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The "a", "an" or possessive that opens the one person whose head is at {@code head}, or -1. */
    private int itemStart(int head, Sentence s) {
        if (head < s.from() || !tokens.get(head).isWord()) {
            return -1;
        }
        String w = tokens.get(head).lower();
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return -1;
        }
        for (int k = head - 1; k >= Math.max(s.from(), head - ITEM_REACH); k--) {
            Token t = tokens.get(k);
            if (t.isIndefiniteArticle() || POSSESSIVES.contains(t.lower())) {
                return k;
            }
            if (!t.isWord() || ITEM_ENDS.contains(t.lower())) {
                return -1;
            }
        }
        // Rule "companion-list" in a headline, which drops the article: "Woman and her 3 children killed"
        return s.headline() && head - s.from() < ITEM_REACH && lexicon.personNouns.longestAt(tokens, head, head + 1) != null
                ? s.from() : -1;
    }

    private Draft companion(Sentence s, Draft of, int head) {
        Quantity q = new Quantity(head, head, head + 1, CountRange.exact(1), true, "companion");
        NounPhrase np = new NounPhrase(head + 1, head + 1, null, -1, null, -1, -1, null, false, null, false);
        Draft d = new Draft(s, q, np);
        d.outcome = of.outcome;
        d.outcomeFrom = of.outcomeFrom;
        d.outcomeTo = of.outcomeTo;
        // "a woman and her two children": the companion's own noun says who she is, where it does
        PhraseTable.Match<PersonNoun> person = lexicon.personNouns.longestAt(tokens, head, head + 1);
        boolean named = person != null && person.value().group() != null;
        d.group = named ? person.value().group() : Groups.PEOPLE;
        d.subgroup = named ? person.value().subgroup() : null;
        d.groupAsWritten = tokens.get(head).text();
        d.rule = "companion";
        d.scope = of.scope;
        // Rule "companion-part": "11 were killed, including a woman and her son": the son is a part of the same toll
        d.parent = of.parent;
        d.spanStart = tokens.get(head).start();
        d.spanEnd = tokens.get(head).end();
        return d;
    }
}
