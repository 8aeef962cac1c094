package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Whose members a bare "members" or "fighters" are, when the phrase names no party: the report's context names it.
 * Rule "other-members": "killing 2 fighters ..., and injuring four other fighters": "other" people are of the party
 * of the last figure that counted the same people. Rule "context-party": "a bomb went off on a vehicle of the SDF,
 * killing 2 fighters": the party named last before the figure in its sentence, unless it is the sentence's subject
 * ("ISIS cells ambushed ..."), the agent after "by", or one of the two sides "between" which the fighting was.
 */
final class ContextParty {

    static final String CONTEXT_RULE = "context-party";
    static final String OTHER_RULE = "other-members";
    private static final Set<String> MEMBER_NOUNS = WordList.of("context-party-nouns");
    private static final Set<String> NOT_PARTIES = Set.of(Groups.PEOPLE, Groups.CIVILIANS, Groups.FIGHTERS,
            Groups.DETAINEES, Groups.SECURITY_FORCES);
    private static final Set<String> SUBJECT_OPENERS = Set.of(",", ";", ":", "and", "while", "whereas", "as", "where");
    /** How many earlier drafts of the report a figure of "other" people looks back over. */
    private static final int OTHER_REACH = 12;

    private final ClaimExtractor engine;
    private final List<Token> tokens;
    private final ReportContext context;

    ContextParty(ClaimExtractor engine, List<Token> tokens, ReportContext context) {
        this.engine = engine;
        this.tokens = tokens;
        this.context = context;
    }

    /** Whether the figure counts bare members of no named party ("5 members", "four other fighters"). */
    boolean bareMembers(Draft d) {
        NounPhrase np = d.phrase;
        if (np.person() == null || np.group() != null || np.nationality() != null || np.headIndex() < 0
                || !MEMBER_NOUNS.contains(tokens.get(np.headIndex()).lower())) {
            return false;
        }
        for (int i = d.quantity.to(); i < np.headIndex(); i++) {
            if (!PLAIN_MODIFIERS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Words before the head that name no side: "four other fighters", "12 more members", "the 3 fighters". */
    private static final Set<String> PLAIN_MODIFIERS = Set.of("other", "more", "additional", "further", "of", "the", "at", "least",
            "its", "their", "own");

    /**
     * Rule "pronoun-part": "ambushed a bus carrying members of the regime forces, killing 23 of them", "leaving 9 of
     * the latter dead": a part told by a pronoun counts people of the party named before it.
     */
    boolean pronounPart(Draft d) {
        int at = d.quantity.to();
        if (at + 1 >= d.sentence.to() || !tokens.get(at).is("of")) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return next.is("them") || next.is("those") && !(at + 2 < d.sentence.to() && tokens.get(at + 2).isWord())
                || next.is("the") && at + 2 < d.sentence.to() && (tokens.get(at + 2).is("latter") || tokens.get(at + 2).is("former"));
    }

    static final String POSSESSOR_RULE = "possessor-party";
    private static final Set<String> PARTY_POSSESSIVES = WordList.of("party-possessives");

    /** "killed 6 of their members": a possessive before the head says the members are of a party named before. */
    boolean possessed(Draft d) {
        return modifiedBy(d, PARTY_POSSESSIVES);
    }

    /**
     * Rule "possessor-party": "ISIS cells attacked posts of the regime forces and killed 6 of their members", "the
     * regime forces executed 7 of their members": "their" members are of the party named last before them in the
     * sentence, the subject included; null when the sentence names none.
     */
    String possessor(Draft d) {
        return lastNamed(d, false);
    }

    static final String OF_THEM_RULE = "of-them-named";

    /**
     * Rule "of-them-named": "ambushed a bus carrying members of the 4th Division, leaving 9 of them dead", "opened
     * fire on a car of civilians, killing 2 of them": "of them" with no figure before it takes the people or the party
     * named last before it in the sentence; null when none is named.
     */
    String ofThem(Draft d) {
        int at = d.quantity.to();
        if (at + 1 >= d.sentence.to() || !tokens.get(at).is("of") || !tokens.get(at + 1).is("them")) {
            return null;
        }
        return lastNamed(d, true);
    }

    private String lastNamed(Draft d, boolean people) {
        String found = null;
        for (int i = d.sentence.from(); i < d.quantity.from(); i++) {
            PhraseTable.Match<GroupAlias> m = engine.phrases.aliasMatch(tokens, i, d.quantity.from(), context);
            // "of them" never counts the subject that acted on them ("Gunmen opened fire on a car, killing 2 of them")
            if (m != null) {
                if (!NOT_PARTIES.contains(m.value().group()) && !(people && subject(d.sentence, i))) {
                    found = m.value().group();
                }
                i = m.to() - 1;
                continue;
            }
            PhraseTable.Match<PersonNoun> person = people ? engine.lexicon.personNouns.longestAt(tokens, i, d.quantity.from()) : null;
            if (person != null && !subject(d.sentence, i)) {
                String group = person.value().group();
                // "a car carrying 4 people": people of no side are the last named, and name no group
                found = group == null || Groups.PEOPLE.equals(group) || Groups.SECURITY_FORCES.equals(group) ? null : group;
                i = person.to() - 1;
            }
        }
        return found;
    }

    /** "four other fighters", "several other members": "other" before the head noun. */
    boolean other(Draft d) {
        return modifiedBy(d, OTHER);
    }

    private static final Set<String> OTHER = Set.of("other");

    /** Whether one of the words stands between the figure and its head noun. */
    private boolean modifiedBy(Draft d, Set<String> words) {
        for (int i = d.quantity.to(); i < d.phrase.headIndex(); i++) {
            if (words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The party of the last earlier figure that counted members or fighters of a party; null when none did. */
    String ofOthers(List<Draft> earlier) {
        for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - OTHER_REACH); i--) {
            Draft e = earlier.get(i);
            if (e.group != null && !NOT_PARTIES.contains(e.group) && e.phrase.headIndex() >= 0
                    && MEMBER_NOUNS.contains(tokens.get(e.phrase.headIndex()).lower())) {
                return e.group;
            }
        }
        return null;
    }

    /** The party named last before the figure in its sentence, but for subjects, agents and two sides; null if none. */
    String named(Draft d) {
        String found = null;
        int between = -1;
        int agentFrom = agentSegment(d);
        for (int i = d.sentence.from(); i < d.quantity.from(); i++) {
            if (tokens.get(i).is("between") && !(i + 1 < tokens.size() && tokens.get(i + 1).isNumber())) {
                between = i;
            }
            PhraseTable.Match<GroupAlias> m = engine.phrases.aliasMatch(tokens, i, d.quantity.from(), context);
            if (m == null) {
                continue;
            }
            String group = m.value().group();
            boolean excluded = NOT_PARTIES.contains(group) || subject(d.sentence, i) || agent(i) || between >= 0
                    || i >= agentFrom && i < d.outcomeFrom;
            if (!excluded) {
                found = group;
            }
            i = m.to() - 1;
        }
        return found;
    }

    /**
     * "Fighters from the Islamic State group killed 18 members": the words between the last comma and an active
     * verb before the figure are its subject, the party that did it. {@code Integer.MAX_VALUE} when no active verb
     * precedes the figure.
     */
    private int agentSegment(Draft d) {
        if (d.outcomeFrom < 0 || d.outcomeTo > d.quantity.from()) {
            return Integer.MAX_VALUE;
        }
        int i = d.outcomeFrom - 1;
        while (i > d.sentence.from() && !tokens.get(i).is(",")) {
            i--;
        }
        return i;
    }

    /** The party opens its clause ("ISIS cells attacked ...", ", the SDF arrested ..."): it acts, it is no victim. */
    private boolean subject(Sentence s, int at) {
        int i = at - 1;
        while (i >= s.from() && (tokens.get(i).is("the") || tokens.get(i).is("a"))) {
            i--;
        }
        return i < s.from() || SUBJECT_OPENERS.contains(tokens.get(i).lower());
    }

    private boolean agent(int at) {
        int i = at - 1;
        if (i >= 0 && tokens.get(i).is("the")) {
            i--;
        }
        return i >= 0 && tokens.get(i).is("by");
    }
}
