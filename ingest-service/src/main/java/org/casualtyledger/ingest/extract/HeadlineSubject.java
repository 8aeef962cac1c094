package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "headline-one-person": "Child killed, 4 injured in shelling on Ariha", "Young man shot dead in al-Busayrah",
 * "Woman dies of her wounds": a headline drops the article, so a singular person noun that opens its clause right
 * before a participle or a verb of death is one person, as "a child was killed" is in the body. Only the headline
 * is read so: in a body's sentence the noun without an article names someone told before.
 */
final class HeadlineSubject {

    static final String NAME = "headline-one-person";
    /** Words that may open the clause before the noun: "Child killed, woman injured", "... and shepherd wounded". */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", ":", ";", "–", "-");
    /** How many words the subject may have: "Young man", "Regime officer", "Iraqi aid worker". */
    private static final int MAX_WORDS = 3;

    private HeadlineSubject() {
    }

    /** The person noun of the headline subject that ends right before {@code verb}, or null. */
    static PersonNoun before(List<Token> tokens, int verb, Sentence s, Lexicon lexicon) {
        if (!s.headline() || verb - 1 < s.from()) {
            return null;
        }
        int start = start(tokens, verb, s);
        if (start < verb && tokens.get(verb).capitalized()) {
            // a title in capitals ("Taliban Facilitator Detained") may name a person or a post: left to the other rules
            return null;
        }
        if (start == verb || start > s.from() && !CLAUSE_OPENERS.contains(tokens.get(start - 1).lower())) {
            return null;
        }
        PhraseTable.Match<PersonNoun> noun = lexicon.personNouns.longestEndingAt(tokens, verb, start);
        return noun != null && !noun.value().plural() ? noun.value() : null;
    }

    /** The party a name among the subject's words names wherever it stands ("Regime officer killed"), or null. */
    static String party(List<Token> tokens, int start, int verb, Lexicon lexicon) {
        for (int i = start; i < verb; i++) {
            PhraseTable.Match<GroupAlias> alias = lexicon.groups.longestAt(tokens, i, verb);
            if (alias != null && !alias.value().coreferent() && !alias.value().syrian()) {
                return alias.value().group();
            }
        }
        return null;
    }

    /** Where the subject starts: the first word of its clause before the verb. */
    static int start(List<Token> tokens, int verb, Sentence s) {
        int start = verb;
        while (start - 1 >= s.from() && verb - start < MAX_WORDS && tokens.get(start - 1).isWord()
                && !CLAUSE_OPENERS.contains(tokens.get(start - 1).lower())) {
            start--;
        }
        return start;
    }
}
