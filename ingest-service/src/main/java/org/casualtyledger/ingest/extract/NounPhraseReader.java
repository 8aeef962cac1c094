package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Reads the noun phrase after a figure: a few modifiers, a head noun, and an "of ..." complement
 * ("34 members at least of the organization", "dozens of civilians", "26100 of them").
 */
final class NounPhraseReader {

    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_COMPLEMENT = 7;
    private static final Set<String> SKIPPABLE = WordList.of("skippable");
    /** "14 of the arrested", "two of the dead": the people a toll counts, named by what happened to them. */
    private static final Set<String> PARTITIVE_WHOLES = WordList.of("partitive-wholes");
    private static final Set<String> NUMBER_WORDS = WordList.of("number-words");
    /** Rule "member-in": "a commander in the SDF": members, not others, belong to the party they are "in". */
    private static final Set<String> MEMBER_NOUNS = WordList.of("context-party-nouns");
    /** "13 members in HTS attack": a party before an event noun names the event, not the members' side. */
    private static final Set<String> EVENTS = WordList.of("events");
    /** "three women hostage": the state a captive is taken in follows the people, it names no other people. */
    private static final Set<String> CAPTIVE_STATES = WordList.of("captive-states");
    private final Lexicon lexicon;

    NounPhraseReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    NounPhrase read(List<Token> tokens, int from, int limit, ReportContext context) {
        int i = from;
        String group = null;
        int groupFrom = -1;
        int groupTo = -1;
        String nationality = null;
        boolean partitive = false;
        int countedWhole = -1;
        if (i < limit && tokens.get(i).is("of")) {
            countedWhole = countedWhole(tokens, i, limit);
            partitive = countedWhole >= 0 || i + 1 < limit && (tokens.get(i + 1).is("them") || tokens.get(i + 1).is("whom") || tokens.get(i + 1).is("those")
                    || tokens.get(i + 1).is("the") && i + 2 < limit && (PARTITIVE_WHOLES.contains(tokens.get(i + 2).lower()) || participle(tokens, i + 2)
                    || wholeNamed(tokens, i + 2, limit) && !tokens.get(i + 2).is("other")));
        }
        int toll = tollNamedAfter(tokens, i, limit);
        if (toll >= 0) {
            return new NounPhrase(from, toll + 1, null, toll, null, -1, -1, TOLL, false, null, false);
        }
        i = skipNumberOf(tokens, i, limit);
        int modifiers = 0;
        int nameWords = 0;
        OutcomeTerm modifierOutcome = null;
        while (i < limit && modifiers <= MAX_MODIFIERS) {
            Token t = tokens.get(i);
            if (t.is("and") && i + 1 < limit && startsFigure(tokens.get(i + 1))) {
                break;
            }
            if (t.is("injured") || t.is("wounded") || t.is("dead") || participleModifier(tokens, i, limit)) {
                modifierOutcome = lexicon.outcomes.longestAt(tokens, i, i + 1).value();
                if (victimsOfOutcomeEnd(tokens, i, from, limit)) {
                    break;
                }
            }
            if (partitive && i == from + 2 && participle(tokens, i) && lexicon.personNouns.longestAt(tokens, i + 1, limit) == null) {
                return new NounPhrase(from, i + 1, null, -1, null, -1, -1, lexicon.outcomes.longestAt(tokens, i, i + 1).value(),
                        false, nationality, true);
            }
            if (i == countedWhole) {
                i++;
                continue;
            }
            if (partitive && t.isIndefiniteArticle() && i > from && (tokens.get(i - 1).is("them") || tokens.get(i - 1).is("whom"))
                    && lexicon.personNouns.longestAt(tokens, i + 1, limit) != null) {
                i++;
                continue;
            }
            PhraseTable.Match<PersonNoun> person = lexicon.personNouns.longestAt(tokens, i, limit);
            PhraseTable.Match<OutcomeTerm> outcome = headWord(tokens, i, limit);
            if (outcome != null && outcome.value().role() == OutcomeTerm.Role.HEAD && !isPassiveUse(tokens, i)) {
                return complement(tokens, new NounPhrase(from, outcome.to(), null, i, group, groupFrom, groupTo,
                        outcome.value(), false, nationality, partitive), limit, context);
            }
            if (person != null && person.to() < limit && lexicon.personNouns.longestAt(tokens, person.to(), limit) != null
                    && !CAPTIVE_STATES.contains(tokens.get(person.to()).lower())) {
                person = lexicon.personNouns.longestAt(tokens, person.to(), limit);
                i = person.from();
            }
            PhraseTable.Match<OutcomeTerm> headAfter = person == null ? null : headWord(tokens, person.to(), limit);
            if (headAfter != null && headAfter.value().role() == OutcomeTerm.Role.HEAD) {
                return complement(tokens, new NounPhrase(from, headAfter.to(), person.value(), headAfter.from(), group, groupFrom,
                        groupTo, headAfter.value(), false, nationality, partitive), limit, context);
            }
            if (person != null && group == null && person.value().group() == null && ownerBody(tokens, i, from) != null) {
                return new NounPhrase(from, person.to(), person.value(), i, ownerBody(tokens, i, from), i - 2, i - 1,
                        modifierOutcome, false, nationality, partitive);
            }
            if (person != null) {
                return complement(tokens, new NounPhrase(from, person.to(), person.value(), i, group, groupFrom, groupTo,
                        modifierOutcome, false, nationality, partitive), limit, context);
            }
            if (lexicon.nonCasualtyNouns.contains(t.lower()) && !modifiesPersonNoun(tokens, i, limit)) {
                return new NounPhrase(from, i + 1, null, i, null, -1, -1, null, true, null, false);
            }
            PhraseTable.Match<GroupAlias> m = aliasMatch(tokens, i, limit, context);
            if (m != null) {
                group = m.value().group();
                groupFrom = m.from();
                groupTo = m.to();
                i = m.to();
                modifiers++;
                continue;
            }
            if (lexicon.nationalities.contains(t.lower())) {
                nationality = t.lower().toUpperCase();
            } else if (!SKIPPABLE.contains(t.lower()) && !(t.capitalized() && modifiers < 2)
                    && !(lexicon.nonCasualtyNouns.contains(t.lower()) && modifiesPersonNoun(tokens, i, limit))
                    && !personNounAhead(tokens, i, limit, MAX_MODIFIERS - modifiers)) {
                if (group == null && thingAhead(tokens, i, limit)) {
                    return new NounPhrase(from, i + 1, null, i, null, -1, -1, null, true, null, false);
                }
                break;
            }
            if (continuesName(tokens, i, from, nameWords)) {
                nameWords++;
            } else {
                modifiers++;
            }
            i++;
        }
        // Rule "partitive-origin": "11 of them from HTS", "and 8 from the regime forces": the party a part comes from.
        PhraseTable.Match<GroupAlias> origin = i + 1 < limit && tokens.get(i).is("from") && group == null
                ? aliasMatch(tokens, i + 1, limit, context) : null;
        if (origin != null) {
            group = origin.value().group();
            groupFrom = origin.from();
            groupTo = origin.to();
        } else if (i + 1 < limit && tokens.get(i).is("from") && group == null && partitiveOrBare(tokens, from, i)) {
            // "40 from the factions": an armed body named by its noun, no party's name
            int body = tokens.get(i + 1).is("the") && i + 2 < limit ? i + 2 : i + 1;
            String armed = lexicon.armedBodies.get(tokens.get(body).lower());
            if (armed != null) {
                group = armed;
                groupFrom = body;
                groupTo = body + 1;
            }
        }
        if (group != null) {
            // "6 dead among the SDF": the outcome the modifier names is the figure's, as with a person noun
            return new NounPhrase(from, groupTo, null, groupFrom, group, groupFrom, groupTo, modifierOutcome, false, nationality,
                    partitive);
        }
        return new NounPhrase(from, partitive ? Math.min(limit, from + 2) : from, null, -1, null, -1, -1, null, false,
                nationality, partitive);
    }

    /**
     * Rule "coordinated-victims-of": "hundreds of injured and of bodies under the rubble": "of" and the word of an
     * outcome name the people it befell, and a second "of" after "and" counts other people, no head of the first.
     */
    static final String COORDINATED_VICTIMS_OF = "coordinated-victims-of";

    private static boolean victimsOfOutcomeEnd(List<Token> tokens, int at, int from, int limit) {
        return at == from + 1 && tokens.get(from).is("of") && at + 2 < limit && tokens.get(at + 1).is("and")
                && tokens.get(at + 2).is("of");
    }

    /** Only "of them" or nothing stands between the figure and "from": "40 from", "11 of them from". */
    private static boolean partitiveOrBare(List<Token> tokens, int from, int at) {
        return at == from || at == from + 2 && tokens.get(from).is("of") && tokens.get(from + 1).is("them");
    }

    /**
     * Rule "possessor-whole": "two of the fighters" takes a part of the fighters, but "two of the factions' members"
     * counts members that the factions own: a noun followed by a possessive names no whole of the part, and an
     * armed body's possessive gives the people after it its group.
     */
    static final String POSSESSOR_WHOLE = "possessor-whole";

    /** "the factions' members": the armed body whose possessive stands right before the person noun at {@code at}. */
    private String ownerBody(List<Token> tokens, int at, int from) {
        return at - 2 >= from && tokens.get(at - 1).is("'s") ? lexicon.armedBodies.get(tokens.get(at - 2).lower()) : null;
    }

    /**
     * Rule "counted-whole": "killed 4 of the 7 gunmen", "arrested 5 of the 8 suspects": the number of the whole the
     * part is taken from stands between "of the" and its people, who give the part its group; the index of that
     * number, or -1.
     */
    static final String COUNTED_WHOLE = "counted-whole";

    private int countedWhole(List<Token> tokens, int of, int limit) {
        int number = of + 2;
        return number + 1 < limit && tokens.get(of + 1).is("the")
                && (tokens.get(number).isNumber() || NUMBER_WORDS.contains(tokens.get(number).lower()))
                && (wholeNamed(tokens, number + 1, limit) || personNounAhead(tokens, number + 1, limit, MAX_MODIFIERS)
                || participleModifier(tokens, number + 1, limit)) ? number : -1;
    }

    private boolean wholeNamed(List<Token> tokens, int at, int limit) {
        PhraseTable.Match<PersonNoun> whole = lexicon.personNouns.longestAt(tokens, at, limit);
        return whole != null && !(whole.to() < limit && tokens.get(whole.to()).is("'s"));
    }

    /**
     * Rule "partitive-participle": "14 of the arrested", "three of the wounded": a part of the people an outcome
     * befell; the participle names the outcome unless a verb of the part's own says another ("two of the wounded
     * died"), and the part belongs to no total of another outcome (the wounded who died are no part of the killed).
     */
    private boolean participle(List<Token> tokens, int i) {
        PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, i, i + 1);
        return m != null && (m.value().role() == OutcomeTerm.Role.VERB || m.value().role() == OutcomeTerm.Role.STATE)
                && tokens.get(i).isWord();
    }

    /**
     * Rule "participle-modifier": "3,000 displaced people", "five kidnapped workers": a participle right before the
     * person noun says what befell them, when no verb of the clause says it.
     */
    private boolean participleModifier(List<Token> tokens, int i, int limit) {
        PhraseTable.Match<OutcomeTerm> m = lexicon.outcomes.longestAt(tokens, i, i + 1);
        return m != null && m.value().role() == OutcomeTerm.Role.VERB && tokens.get(i).isWord()
                && lexicon.personNouns.longestAt(tokens, i + 1, limit) != null;
    }

    /** "65 bodies of villagers": the counted noun names the outcome, though "bodies of" before a figure is a noun cue. */
    private PhraseTable.Match<OutcomeTerm> headWord(List<Token> tokens, int i, int limit) {
        PhraseTable.Match<OutcomeTerm> longest = lexicon.outcomes.longestAt(tokens, i, limit);
        if (longest != null && longest.value().role() == OutcomeTerm.Role.NOUN && longest.to() > i + 1) {
            PhraseTable.Match<OutcomeTerm> word = lexicon.outcomes.longestAt(tokens, i, i + 1);
            return word != null && word.value().role() == OutcomeTerm.Role.HEAD ? word : longest;
        }
        return longest;
    }

    /**
     * Words that end the counted noun phrase. Rule "clause-break": a subordinating word starts a clause of its own,
     * so "9 wounded after gunmen stormed the bar" counts no gunmen.
     */
    private static final java.util.Set<String> PHRASE_BREAKS = java.util.Set.of("in", "at", "on", "of", "by", "from",
            "to", "with", "and", "or", "were", "was", "are", "is", "have", "has", "had", "who", "that", "which", "for",
            "after", "when", "while", "as", "before", "during", "since", "until", "because");

    /** "a weapons supplier", "an attack planner": a noun of things that modifies the person noun after it. */
    private boolean modifiesPersonNoun(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && lexicon.personNouns.longestAt(tokens, i + 1, limit) != null;
    }

    /** Words of a proper name that one modifier may hold: "six Bundu Dia Kongo sect members". */
    private static final int MAX_NAME_WORDS = 2;

    /**
     * Rule "proper-name-modifier": a capitalized word right after a capitalized modifier continues one name ("Bundu
     * Dia Kongo"), so the name counts as one modifier and the head noun after it is still read.
     */
    private static boolean continuesName(List<Token> tokens, int i, int from, int nameWords) {
        return nameWords < MAX_NAME_WORDS && i > from && tokens.get(i).capitalized() && tokens.get(i - 1).capitalized()
                && tokens.get(i).isWord() && tokens.get(i - 1).isWord();
    }

    private static final int THING_REACH = 3;

    /**
     * Rule "thing-ahead": "25 hand grenades", "5 satellite internet devices", "8 armoured vehicles": plain modifiers
     * before a noun of things; the figure counts no people.
     */
    private boolean thingAhead(List<Token> tokens, int i, int limit) {
        for (int k = i; k < Math.min(limit, i + THING_REACH); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || PHRASE_BREAKS.contains(t.lower()) || lexicon.outcomes.longestAt(tokens, k, k + 1) != null
                    || lexicon.personNouns.longestAt(tokens, k, limit) != null) {
                return false;
            }
            if (k > i && lexicon.nonCasualtyNouns.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an improvised explosive device cell leader": plain modifiers before a person noun; a possessive ("the factions'
     * fighters") takes no modifier's place.
     */
    private boolean personNounAhead(List<Token> tokens, int i, int limit, int reach) {
        for (int k = i, end = Math.min(limit, i + reach); k < end; k++) {
            Token t = tokens.get(k);
            if (t.is("'s")) {
                end = Math.min(limit, end + 1);
                continue;
            }
            if (!t.isWord() || PHRASE_BREAKS.contains(t.lower()) || lexicon.outcomes.longestAt(tokens, k, k + 1) != null
                    || lexicon.nonCasualtyNouns.contains(t.lower())) {
                return false;
            }
            if (k > i && lexicon.personNouns.longestAt(tokens, k, limit) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "toll-after-figure": "it rose to 213 the death toll of the Turkish operation": a figure followed by the toll
     * it reaches counts the dead of that toll, as "it rose to 1213 the number of members killed" counts the members.
     * The index of "toll", or -1.
     */
    static final String TOLL_AFTER_FIGURE = "toll-after-figure";
    private static final OutcomeTerm TOLL = new OutcomeTerm(org.casualtyledger.claim.Outcome.KILLED, OutcomeTerm.Role.HEAD);

    private static int tollNamedAfter(List<Token> tokens, int i, int limit) {
        // "rose to 213 the death toll": reached by "to", in the lower case of the same sentence
        boolean reached = i - 2 >= 0 && tokens.get(i - 2).is("to") && tokens.get(i - 1).isNumber();
        int k = reached && i < limit && tokens.get(i).is("the") && !tokens.get(i).capitalized() ? i + 1 : -1;
        if (k > 0 && k < limit && tokens.get(k).is("death")) {
            k++;
        }
        return k > 0 && k < limit && tokens.get(k).is("toll") ? k : -1;
    }

    /** "1213 the number of members", "653, the number of fighters": the counted people follow. */
    private static int skipNumberOf(List<Token> tokens, int i, int limit) {
        int k = i;
        if (k < limit && tokens.get(k).is(",")) {
            k++;
        }
        if (k < limit && tokens.get(k).is("the")) {
            k++;
        }
        if (k + 1 < limit && tokens.get(k).is("number") && tokens.get(k + 1).is("of")) {
            return k + 2;
        }
        return i;
    }

    /** "members of the SDF", "leaders of the Organization": a party named in the complement. */
    private NounPhrase complement(List<Token> tokens, NounPhrase np, int limit, ReportContext context) {
        int end = Math.min(limit, np.to() + MAX_COMPLEMENT);
        int i = np.to();
        if (np.group() != null) {
            return np;
        }
        if (i < limit && (tokens.get(i).is("at") || tokens.get(i).is("or"))) {
            i += 2;
        }
        PhraseTable.Match<GroupAlias> allegiance = loyalTo(tokens, i, end, limit, context);
        if (allegiance != null && !(i < limit && tokens.get(i).is("of"))) {
            return new NounPhrase(np.from(), allegiance.to(), np.person(), np.headIndex(), allegiance.value().group(),
                    allegiance.from(), allegiance.to(), np.outcomeHead(), false, np.nationality(), np.partitive());
        }
        boolean memberIn = i < limit && tokens.get(i).is("in") && np.person() != null && np.headIndex() >= 0
                && MEMBER_NOUNS.contains(tokens.get(np.headIndex()).lower());
        if (i >= limit || !(tokens.get(i).is("of") || tokens.get(i).is("from") || tokens.get(i).is("and") || memberIn)) {
            return np;
        }
        NounPhrase victims = victimsOfOutcome(tokens, np, i, limit);
        if (victims != null) {
            return victims;
        }
        PhraseTable.Match<GroupAlias> loyalTo = loyalTo(tokens, i, end, limit, context);
        if (loyalTo != null) {
            return new NounPhrase(np.from(), loyalTo.to(), np.person(), np.headIndex(), loyalTo.value().group(), loyalTo.from(),
                    loyalTo.to(), np.outcomeHead(), false, np.nationality(), np.partitive());
        }
        for (int k = i + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("who") || t.is("which") || t.is("were") || t.is("was") || t.is("in") || t.is("by")
                    || figureAfterAnd(tokens, k) || memberIn && eventOrOpponent(t)) {
                // "7 fighters in clashes with the SDF": members are in a party, never in an event or against one
                break;
            }
            PhraseTable.Match<GroupAlias> m = aliasMatch(tokens, k, limit, context);
            if (m != null && memberIn && m.to() < limit && EVENTS.contains(tokens.get(m.to()).lower())) {
                // "lose 13 members in HTS attack": the party names the event, not the members' side
                return np;
            }
            if (m != null && kinOfMembers(tokens, np, m, limit)) {
                return np;
            }
            if (m != null) {
                return new NounPhrase(np.from(), m.to(), np.person(), np.headIndex(), m.value().group(), m.from(), m.to(),
                        np.outcomeHead(), false, np.nationality(), np.partitive());
            }
            String body = memberOf(np, tokens, i, k);
            if (body != null) {
                return new NounPhrase(np.from(), k + 1, np.person(), np.headIndex(), body, i + 1, k + 1,
                        np.outcomeHead(), false, np.nationality(), np.partitive());
            }
        }
        return np;
    }

    /**
     * Rule "kin-of-members": "24,000 wives and children of the organization's fighters": the party's possessive names
     * whose fighters the complement counts; civilians named as their kin are no members of the party.
     */
    static final String KIN_OF_MEMBERS = "kin-of-members";

    private boolean kinOfMembers(List<Token> tokens, NounPhrase np, PhraseTable.Match<GroupAlias> party, int limit) {
        return np.person() != null && Groups.CIVILIANS.equals(np.person().group()) && party.to() + 1 < limit
                && tokens.get(party.to()).is("'s") && lexicon.personNouns.longestAt(tokens, party.to() + 1, limit) != null;
    }

    /**
     * Rule "member-in" bounded: "lost 14 of its fighters in clashes with the SDF": "in" before an event names where
     * the members fell, and the party after "with" or "against" is the other side, not theirs.
     */
    private static boolean eventOrOpponent(Token t) {
        return EVENTS.contains(t.lower()) || t.is("with") || t.is("against");
    }

    /**
     * Rule "outcome-of-people": "16 killings of civilians", "40 arrests of young men": a figure that counts outcomes
     * counts the people they befell, named by the person noun of its "of" complement.
     */
    static final String OUTCOME_OF_PEOPLE = "outcome-of-people";

    private NounPhrase victimsOfOutcome(List<Token> tokens, NounPhrase np, int of, int limit) {
        if (np.person() != null || np.outcomeHead() == null || np.partitive() || of + 1 >= limit || !tokens.get(of).is("of")) {
            return null;
        }
        int k = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
        PhraseTable.Match<PersonNoun> person = k < limit ? lexicon.personNouns.longestAt(tokens, k, limit) : null;
        if (person == null || !person.value().plural()) {
            return null;
        }
        return new NounPhrase(np.from(), person.to(), person.value(), np.headIndex(), null, -1, -1, np.outcomeHead(), false,
                np.nationality(), false);
    }

    private static final Set<String> ALLEGIANCE = Set.of("loyal", "affiliated", "belonging");

    /**
     * Rule "loyal-to": "gunmen loyal to the regime", "members of the militias loyal to the regime", "fighters
     * affiliated with HTS": the party people serve, named after the allegiance word, is their group. Null when no
     * allegiance word stands in the complement before a comma or a verb.
     */
    private PhraseTable.Match<GroupAlias> loyalTo(List<Token> tokens, int from, int end, int limit, ReportContext context) {
        for (int k = from; k + 2 < end; k++) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is("who") || t.is("which") || t.is("were") || t.is("was") || t.is("by")) {
                return null;
            }
            if (ALLEGIANCE.contains(t.lower()) && (tokens.get(k + 1).is("to") || tokens.get(k + 1).is("with"))) {
                return aliasMatch(tokens, k + 2, limit, context);
            }
        }
        return null;
    }

    /**
     * Rule "members-of-armed-body": "14 members of the Rapid Support Forces", "members of a local militia": members
     * of a body that bears arms are its combatants. Only a person noun of no group of its own ("members") takes it.
     */
    private String memberOf(NounPhrase np, List<Token> tokens, int of, int k) {
        if (np.person() == null || np.person().group() != null || !tokens.get(of).is("of")) {
            return null;
        }
        // "of his family", "of one household", "of the same family"
        if (HOUSEHOLDS.contains(tokens.get(k).lower()) && k <= of + 3) {
            return Groups.CIVILIANS;
        }
        return lexicon.armedBodies.get(tokens.get(k).lower());
    }

    /**
     * Rule "family-members": "three members of his family", "five members of the same household": the members of a
     * family are civilians, whoever else the sentence names.
     */
    static final String FAMILY_MEMBERS = "family-members";
    private static final Set<String> HOUSEHOLDS = WordList.of("households");

    GroupAlias alias(List<Token> tokens, int i, int limit, ReportContext context) {
        PhraseTable.Match<GroupAlias> m = aliasMatch(tokens, i, limit, context);
        return m == null ? null : m.value();
    }

    /**
     * The party named at token i, over its whole name: "the regime forces" is one name, though "the regime" is
     * one too, so a name after "the" that reaches further wins, and the figure's phrase ends where the name does.
     */
    PhraseTable.Match<GroupAlias> aliasMatch(List<Token> tokens, int i, int limit, ReportContext context) {
        PhraseTable.Match<GroupAlias> m = validAlias(tokens, i, limit, context);
        if (i + 1 < limit && tokens.get(i).is("the")) {
            PhraseTable.Match<GroupAlias> after = validAlias(tokens, i + 1, limit, context);
            if (after != null && (m == null || after.to() > m.to())) {
                return m == null ? after : new PhraseTable.Match<>(i, after.to(), after.value());
            }
        }
        return m;
    }

    private PhraseTable.Match<GroupAlias> validAlias(List<Token> tokens, int i, int limit, ReportContext context) {
        PhraseTable.Match<GroupAlias> m = lexicon.groups.longestAt(tokens, i, limit);
        if (m == null) {
            return null;
        }
        GroupAlias alias = m.value();
        if (alias.exactSpelling() != null && !tokens.get(i).written(alias.exactSpelling())) {
            return null;
        }
        if (alias.coreferent() && !context.named(alias.group(), tokens.get(i).start())) {
            return null;
        }
        if (alias.syrian() && !context.syrianMonitor()) {
            return null;
        }
        return m;
    }

    private static final Set<String> FIGURE_WORDS = WordList.of("noun-phrase-reader-figure-words");

    /** "five wounded and six others abducted": a figure after "and" counts people of its own. */
    private static boolean startsFigure(Token t) {
        return t.isNumber() || FIGURE_WORDS.contains(t.lower());
    }

    /**
     * Rule "figure-after-and": "8 civilians and 4 HTS fighters": the party named after a second figure is that
     * figure's, never a complement of the first.
     */
    private static boolean figureAfterAnd(List<Token> tokens, int k) {
        return tokens.get(k - 1).is("and") && startsFigure(tokens.get(k));
    }

    /** "the dead" is a head; "were dead" is a state, read elsewhere. */
    private static boolean isPassiveUse(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).is("were") || tokens.get(i - 1).is("was") || tokens.get(i - 1).is("are"));
    }
}
