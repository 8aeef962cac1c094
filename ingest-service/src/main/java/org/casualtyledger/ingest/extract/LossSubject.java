package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Rule "loss-subject": "the organization lost 36 of its members", "the regime forces lost 20 soldiers": the side
 * that loses people is their side, not the one that killed them. A figure whose own words name no party takes the
 * party named last before "lost" in its clause, or the side a noun of armed people names when it comes last ("the
 * soldiers lost 5 men, and the local gunmen lost 3": the gunmen's 3).
 */
final class LossSubject {

    static final String NAME = "loss-subject";

    /** "lost", and the present of a headline: "Regime forces lose 13 members in an attack". */
    static final Set<String> LOSES = WordList.of("loss-verbs");

    private LossSubject() {
    }

    /** The party that lost the figure's people, or null when the verb is not "lost" or no party comes before it. */
    static String of(Draft d, List<Token> tokens, int clauseStart, NounPhraseReader phrases, Lexicon lexicon,
            ReportContext context) {
        if (d.outcomeFrom < 0 || d.outcomeTo != d.outcomeFrom + 1 || d.outcomeTo > d.quantity.from()
                || !LOSES.contains(tokens.get(d.outcomeFrom).lower()) || d.phrase.group() != null) {
            return null;
        }
        String found = null;
        for (int i = Math.max(0, clauseStart); i < d.outcomeFrom; i++) {
            int asideEnd = relativeAsideEnd(tokens, i, d.outcomeFrom);
            if (asideEnd > i) {
                i = asideEnd;
                continue;
            }
            GroupAlias alias = phrases.alias(tokens, i, d.outcomeFrom, context);
            if (alias != null) {
                found = alias.group();
                continue;
            }
            PhraseTable.Match<PersonNoun> person = lexicon.personNouns.longestAt(tokens, i, d.outcomeFrom);
            if (person != null && Groups.FIGHTERS.equals(person.value().group())) {
                found = Groups.FIGHTERS;
            }
        }
        return found;
    }

    static final String RELATIVE_ASIDE_SUBJECT = "relative-aside-subject";
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");

    /**
     * Rule "relative-aside-subject": "the factions, which had attacked posts of the regime forces, lost 8 of their
     * fighters": a relative clause set off by commas tells about the subject; a party it names is not the loser. The
     * index of the comma closing the aside that opens at {@code at}, or -1.
     */
    private static int relativeAsideEnd(List<Token> tokens, int at, int verb) {
        if (at + 1 >= verb || !tokens.get(at).is(",") || !RELATIVES.contains(tokens.get(at + 1).lower())) {
            return -1;
        }
        for (int k = at + 2; k < verb; k++) {
            if (tokens.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }
}
