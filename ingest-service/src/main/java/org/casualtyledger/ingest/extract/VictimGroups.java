package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Who the counted people were, beyond what their head noun says by itself (people.tsv): the rules that tell
 * security forces, fighters and people apart. One per report: it reads the report's tokens.
 */
final class VictimGroups {

    static final String COPULA_GROUP = "copula-group";
    static final String NUMBER_OF_GROUP = "number-of-group";
    static final Set<String> COPULAS = WordList.of("copulas");
    private static final Set<String> RELATIVE_PARTS = WordList.of("relative-parts");
    private static final int PREDICATE_REACH = 10;

    private final ClaimExtractor engine;
    private final List<Token> tokens;
    private final ReportContext context;

    VictimGroups(ClaimExtractor engine, List<Token> tokens, ReportContext context) {
        this.engine = engine;
        this.tokens = tokens;
        this.context = context;
    }

    /**
     * The group of a head noun that names one: security forces become a state's party where the report says whose
     * ({@link SecurityForces}), or fighters when an armed movement is named ("a Taliban logistics officer").
     */
    String ofPerson(NounPhrase np, String parentGroup) {
        String group = np.person().group();
        if (!Groups.SECURITY_FORCES.equals(group)) {
            return group;
        }
        return armedModifier(np, true) ? Groups.FIGHTERS : SecurityForces.party(np.nationality(), parentGroup, context);
    }

    /**
     * Rule "copula-group": "of whom two were policemen", "one of those killed was a guard", "two of which were
     * members of the security forces": a figure that names nobody takes the people its predicate names. Null when
     * no copula with a people noun follows the figure.
     */
    NounPhrase predicate(Draft d) {
        int i = Math.max(d.phrase.to(), d.quantity.to());
        int limit = Math.min(d.sentence.to(), i + PREDICATE_REACH);
        if (i + 1 < limit && tokens.get(i).is("of") && RELATIVE_PARTS.contains(tokens.get(i + 1).lower())) {
            i += 2;
        }
        if (i < limit && engine.lexicon.outcomes.longestAt(tokens, i, i + 1) != null) {
            i++;
        }
        if (i >= limit || !COPULAS.contains(tokens.get(i).lower())) {
            return null;
        }
        i++;
        if (i < limit && tokens.get(i).isIndefiniteArticle()) {
            i++;
        }
        NounPhrase np = engine.phrases.read(tokens, i, limit, context);
        boolean names = np.group() != null || np.person() != null && np.person().group() != null;
        return names && np.from() == i ? np : null;
    }

    /**
     * Rule "number-of-group": "the number of civilians killed since April rose to 730", "the number of members of
     * the organization who were killed rose to 1,260": a rising number counts the people its subject names. Null when
     * the figure's outcome is no "number of" people.
     */
    NounPhrase numberOf(Draft d) {
        int from = d.outcomeFrom + 2;
        if (d.outcomeFrom < 0 || from >= d.outcomeTo || d.outcomeTo > d.quantity.from()
                || !tokens.get(d.outcomeFrom).is("number") || !tokens.get(d.outcomeFrom + 1).is("of")) {
            return null;
        }
        int past = pastVictimWords(from, d.quantity.from());
        int to = past == from ? d.outcomeTo : d.quantity.from();
        from = past;
        NounPhrase np = engine.phrases.read(tokens, from, to, context);
        boolean names = np.group() != null || np.person() != null && np.person().group() != null;
        return names && np.from() == from ? np : null;
    }

    /**
     * "the number of the dead of the regime forces", "the number of killed members of the SDF", "the number of
     * injured civilians": the words for the victims before the people named are read past, as the people's own
     * modifier.
     */
    private int pastVictimWords(int from, int to) {
        int i = from;
        while (i < to && (tokens.get(i).is("the") || victimWord(i))) {
            i++;
        }
        if (i == from || i >= to || !victimWord(i - 1)) {
            return from;
        }
        return tokens.get(i).is("of") || tokens.get(i).is("among") ? i + 1 : i;
    }

    private static final Set<String> VICTIM_WORDS = WordList.of("killed-victims");

    /** "victims", "dead", and the participle of an outcome before the people: "the number of injured civilians". */
    private boolean victimWord(int i) {
        if (VICTIM_WORDS.contains(tokens.get(i).lower())) {
            return true;
        }
        PhraseTable.Match<OutcomeTerm> participle = engine.lexicon.outcomes.longestAt(tokens, i, i + 1);
        return participle != null && participle.value().role() == OutcomeTerm.Role.VERB;
    }

    static final String RANKS_PARTY = "ranks-party";
    private static final Set<String> RANKS_CUES = WordList.of("ranks-cues");
    private static final int RANKS_REACH = 8;
    private static final int RANKS_PHRASE_REACH = 8;
    private static final int RANKS_CUE_WORDS = 5;

    /**
     * Rule "ranks-party": "leaving 5 dead among the regime forces", "the death of 3 and the injury of 7 in the ranks
     * of the SDF", "the number of dead among the members of the factions rose to 9": a figure that names nobody
     * counts people of the party it is "among" or "in the ranks of", also when the party closes a pair of figures.
     * Null when no such party follows the figure or its outcome.
     */
    String ranksParty(Draft d) {
        int limit = d.sentence.to();
        if (d.outcomeFrom >= 0 && d.outcomeTo <= d.quantity.from()) {
            String party = partyOfRanks(d.outcomeTo, limit);
            if (party != null) {
                return party;
            }
        }
        int i = Math.max(d.phrase.to(), d.quantity.to());
        for (int reach = 0; i < limit && reach < RANKS_REACH; i++, reach++) {
            String party = partyOfRanks(i, limit);
            if (party != null) {
                return party;
            }
            Token t = tokens.get(i);
            PhraseTable.Match<OutcomeTerm> outcome = engine.lexicon.outcomes.longestAt(tokens, i, limit);
            if (outcome != null) {
                i = outcome.to() - 1;
            } else if (!(t.is("and") || t.is("the") || t.is("of") || t.isNumber())) {
                return null;
            }
        }
        return null;
    }

    private String partyOfRanks(int at, int limit) {
        int i = at;
        int last = -1;
        boolean ranks = false;
        while (i < limit && i - at < RANKS_CUE_WORDS && RANKS_CUES.contains(tokens.get(i).lower())) {
            if (!tokens.get(i).is("the")) {
                last = i;
            }
            ranks |= tokens.get(i).is("among") || tokens.get(i).is("ranks");
            i++;
        }
        // "the toll of the SDF offensive": a bare "of" names what the toll is of, not whose ranks it counts
        if (!ranks || !tokens.get(last).is("among") && !tokens.get(last).is("of") || i >= limit) {
            return null;
        }
        NounPhrase np = engine.phrases.read(tokens, i, Math.min(limit, i + RANKS_PHRASE_REACH), context);
        if (np.from() != i) {
            return null;
        }
        String group = np.group() != null ? np.group() : np.person() != null ? np.person().group() : null;
        return Groups.PEOPLE.equals(group) ? null : group;
    }

    private static final Set<String> ACCUSED_CUES = WordList.of("accused-cues");
    private static final Set<String> MEMBERSHIP_CUES = WordList.of("membership-cues");
    private static final int ACCUSED_REACH = 8;
    private static final int PARTY_REACH = 6;
    private static final int MEMBERSHIP_REACH = 3;

    /**
     * Rule "accused-of-belonging": "125 people at least who are accused of belonging to the cells of ISIS", "3 people
     * suspected of belonging to the organization": people held for membership of a party are counted as its members.
     * Null when no such cue follows the figure.
     */
    String accusedParty(Draft d) {
        int from = Math.max(d.phrase.to(), d.quantity.to());
        int limit = Math.min(d.sentence.to(), from + ACCUSED_REACH);
        for (int i = from; i + 1 < limit; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";")) {
                return null;
            }
            if (!ACCUSED_CUES.contains(t.lower())) {
                continue;
            }
            for (int k = i + 1; k < Math.min(d.sentence.to(), i + 1 + MEMBERSHIP_REACH); k++) {
                if (MEMBERSHIP_CUES.contains(tokens.get(k).lower())) {
                    return partyAfter(k + 1, Math.min(d.sentence.to(), k + 1 + PARTY_REACH));
                }
            }
            return null;
        }
        return null;
    }

    private String partyAfter(int from, int limit) {
        for (int i = from; i < limit; i++) {
            GroupAlias alias = engine.phrases.alias(tokens, i, limit, context);
            if (alias != null) {
                return alias.group();
            }
        }
        return null;
    }

    private static final Set<String> SIDE_WORDS = Set.of("sides", "parties");
    private static final int SIDES_REACH = 3;
    private static final int CIVILIANS_REACH = 6;

    /**
     * Rule "both-sides": "scores of injured from both sides", "12 dead on the two sides": people counted over two
     * warring sides are fighters; with civilians named among them ("from the two sides and among the civilians")
     * they are people. Null when the figure names no sides.
     */
    String bothSides(Draft d) {
        int end = Math.max(d.phrase.to(), d.quantity.to());
        int limit = d.sentence.to();
        for (int k = end; k < Math.min(limit - 2, end + SIDES_REACH); k++) {
            Token t = tokens.get(k);
            if (!(t.is("from") || t.is("of") || t.is("on") || t.is("among"))) {
                continue;
            }
            int i = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
            if (i + 1 < limit && (tokens.get(i).is("both") || tokens.get(i).is("two")) && SIDE_WORDS.contains(tokens.get(i + 1).lower())) {
                return civiliansAmong(i + 2, Math.min(limit, i + 2 + CIVILIANS_REACH)) ? Groups.PEOPLE : Groups.FIGHTERS;
            }
        }
        return null;
    }

    private boolean civiliansAmong(int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseTable.Match<PersonNoun> m = engine.lexicon.personNouns.longestAt(tokens, i, to);
            if (m != null && Groups.CIVILIANS.equals(m.value().group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "former-members": "40 former soldiers", "seven former rebels": people who have left a force fight for no
     * party any more; they are counted as people, whatever force they served.
     */
    boolean formerMembers(NounPhrase np) {
        int end = np.headIndex() > np.from() ? np.headIndex() : np.to();
        for (int i = np.from(); i < end; i++) {
            if (tokens.get(i).is("former")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "armed-leader": "a Taliban leader", "an IED cell leader", "a militia commander" lead fighters; "a local
     * party leader" or "a regional leader" lead no armed group. A leader of no named party is a fighter only when a
     * modifier says so (armed-words.tsv).
     */
    boolean armedLeader(NounPhrase np) {
        return armedModifier(np, false);
    }

    private boolean armedModifier(NounPhrase np, boolean movementOnly) {
        int end = np.headIndex() > np.from() ? np.headIndex() : np.from();
        for (int i = np.from(); i < end; i++) {
            String w = tokens.get(i).lower();
            if (engine.lexicon.armedMovements.contains(w) || !movementOnly && engine.lexicon.armedWords.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
