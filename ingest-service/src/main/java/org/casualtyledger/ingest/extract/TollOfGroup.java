package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "toll-of-group": "the toll of police officers killed in the riots since Friday rose to 23": a toll counts the
 * people its "of" or "among" names ("the death toll among the factions", "the losses of the regime forces"), as "the number of" does ({@link VictimGroups#numberOf}); a toll of an event ("the toll of the
 * blast") or of anything but people names no one.
 */
final class TollOfGroup {

    static final String NAME = "toll-of-group";

    private TollOfGroup() {
    }

    /** The people named by "toll of ..." whose rising gives the figure, or null. */
    static NounPhrase counted(Draft d, List<Token> tokens, NounPhraseReader phrases, Lexicon lexicon, ReportContext context) {
        int toll = d.outcomeFrom;
        if (toll < 0 || d.outcomeTo > d.quantity.from() || !RaisedLosses.losses(tokens.get(toll))
                || toll + 2 >= d.quantity.from() || !(tokens.get(toll + 1).is("of") || tokens.get(toll + 1).is("among"))) {
            return null;
        }
        int from = toll + 2;
        NounPhrase np = phrases.read(tokens, from, d.quantity.from(), context);
        boolean people = np.person() != null ? np.group() != null || np.person().group() != null
                : np.group() != null && endsAtParty(tokens, np.to(), lexicon);
        return people && np.from() == from && np.to() < d.quantity.from() && !np.partitive() ? np : null;
    }

    /**
     * "the toll of regime soldiers killed", "the toll of ISIS members who died": a party's name is the counted people
     * when a participle, a relative or a preposition follows it; "the toll of the SDF offensive" or "of the cells'
     * operations" counts the dead of an event the party owns, whoever they were. A verb of the rising toll right after
     * the party ("the death toll of the regime forces rose to 12", "... has reached 55") closes the counted people too, and
     * so does a word of allegiance ("the losses of the regime forces and the militias loyal to them climbed to 19").
     */
    private static boolean endsAtParty(List<Token> tokens, int after, Lexicon lexicon) {
        Token t = tokens.get(after);
        PhraseTable.Match<OutcomeTerm> outcome = lexicon.outcomes.longestAt(tokens, after, after + 1);
        return outcome != null && outcome.value().canFollow() || RELATIVES.contains(t.lower()) || PREPOSITIONS.contains(t.lower())
                || LOYAL.contains(t.lower()) || rises(tokens, after);
    }

    private static final Set<String> LOYAL = WordList.of("loyal-words");

    private static boolean rises(List<Token> tokens, int at) {
        int verb = at + 1 < tokens.size() && AUXILIARIES.contains(tokens.get(at).lower()) ? at + 1 : at;
        return RISES.contains(tokens.get(verb).lower());
    }

    private static final Set<String> RISES = WordList.of("rises");
    private static final Set<String> AUXILIARIES = WordList.of("finite-auxiliaries");
    private static final Set<String> RELATIVES = WordList.of("relative-pronouns");
    private static final Set<String> PREPOSITIONS = WordList.of("prepositions");
}
