package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Groups;

/**
 * One person named without a figure: "the mayor was killed", "he was engaged and killed" (a singular passive:
 * "was", "has been"), or "gunmen killed the mayor", "killing him", "the death of Mullah X", "killed a religious
 * scholar and an imam" (singular objects, one each). Each such victim is
 * a claim of value 1, unless a figure of the sentence already took the verb.
 */
final class OneVictim {

    private static final Set<String> SINGULAR_AUXILIARIES = WordList.of("singular-auxiliaries");
    private static final Set<String> DETERMINERS = WordList.of("one-victim-determiners");
    private static final Set<String> PLURAL_OBJECTS = WordList.of("plural-objects");
    private static final Set<String> PASSIVE_BEFORE = WordList.of("passive-before");
    /** Words that end the object of a killing verb: prepositions, conjunctions, relative pronouns. */
    private static final Set<String> OBJECT_ENDS = WordList.of("object-ends");
    /** Singular objects of "killed" that are not victims. */
    private static final Set<String> NOT_VICTIMS = WordList.of("not-victims");
    private static final int OBJECT_REACH = 7;
    private static final int APPOSITION_REACH = 30;
    private final ClaimExtractor engine;
    private final List<Token> tokens;
    private final String text;

    OneVictim(ClaimExtractor engine, List<Token> tokens, String text) {
        this.engine = engine;
        this.tokens = tokens;
        this.text = text;
    }

    void find(Sentence s, Clauses clauses, List<Draft> inSentence) {
        findBody(s, inSentence);
        for (int i = s.from(); i < s.to(); i++) {
            PhraseTable.Match<OutcomeTerm> m = engine.lexicon.outcomes.longestAt(tokens, i, s.to());
            OutcomeTerm.Role role = m == null ? null : m.value().role();
            boolean harm = m != null && m.value().outcome() != org.casualtyledger.claim.Outcome.CAPTURED;
            boolean state = role == OutcomeTerm.Role.STATE;
            boolean candidate = role == OutcomeTerm.Role.VERB || state || harm && (role == OutcomeTerm.Role.ACTIVE || role == OutcomeTerm.Role.NOUN)
                    && !(role == OutcomeTerm.Role.NOUN && CountedOnlyNoun.uncounted(tokens, m.from(), s.from()));
            int pair = role == OutcomeTerm.Role.VERB && !state && candidate ? coordinatedSingulars(m, s, inSentence) : 0;
            if (candidate && ShotThenOutcome.firedOnPronoun(tokens, m.from(), m.to(), s.to())) {
                continue;
            }
            if (!candidate || pair == 0 && taken(m, inSentence) && !(anotherAfterHarm(m, s) && !verbTaken(m, inSentence))
                    || shotDown(m, s)) {
                continue;
            }
            PersonNoun headlineSubject = state || role == OutcomeTerm.Role.VERB
                    ? HeadlineSubject.before(tokens, m.from(), s, engine.lexicon) : null;
            int objects = headlineSubject != null ? Math.max(1, pair) : state ? (singularState(m, s) ? 1 : 0)
                    : role == OutcomeTerm.Role.VERB && singularPassive(m, s) ? 1 : pair > 0 ? pair : singularObjects(m, s, inSentence);
            boolean elided = objects == 0 && role == OutcomeTerm.Role.VERB && elidedAuxiliary(m, s);
            if (elided) {
                objects = 1;
            }
            if (objects == 1 && headlineSubject == null && pronounSubjectTold(m, s, inSentence)) {
                objects = 0;
            }
            for (int k = 0; k < objects; k++) {
                Draft d = draft(s, m, k);
                if (headlineSubject != null) {
                    headlineSubject(d, headlineSubject, m, s);
                }
                String another = k == 0 && Groups.PEOPLE.equals(d.group) ? anotherGroup(m, s, inSentence) : null;
                if (another != null) {
                    d.group = another;
                }
                String possessed = k == 0 && objects == 1 && Groups.PEOPLE.equals(d.group) ? possessedSubjectGroup(m, s) : null;
                if (possessed != null) {
                    d.group = possessed;
                    d.rule = POSSESSED_SUBJECT + "-" + d.rule;
                }
                if (elided) {
                    d.spanStart = tokens.get(m.from() - 2).start();
                    d.rule = ELIDED_AUXILIARY + "-" + d.rule;
                }
                if (pair > 0) {
                    d.rule = "one-victim-pair";
                    if (k == objects - 1) {
                        lastSubjectSpan(d, m, s);
                    }
                } else if (k > 0 && !state && headlineSubject == null && role != OutcomeTerm.Role.VERB) {
                    conjunctSpan(d, m, s, k);
                }
                if (k == 0 && objects == 1 && headlineSubject == null && !state
                        && (role != OutcomeTerm.Role.VERB || !singularPassive(m, s))) {
                    namedApposition(d, m, s, inSentence);
                }
                inSentence.add(d);
            }
            i = m.to() - 1;
        }
        inSentence.sort((a, b) -> Integer.compare(a.quantity.from(), b.quantity.from()));
        othersOfOne(inSentence);
    }

    static final String NAMED_APPOSITION = "named-apposition";
    private static final int APPOSITION_NAME_WORDS = 6;
    private static final int APPOSITION_WORDS = 8;

    /**
     * Rule "named-apposition": "the death of Khaled Ahmad, a commander in the SDF, after he was shot": the person
     * after the name is the named victim again, no second one, and names the victim's group.
     */
    private void namedApposition(Draft d, PhraseTable.Match<OutcomeTerm> m, Sentence s, List<Draft> inSentence) {
        int k = m.to();
        while (k < s.to() && k - m.to() < APPOSITION_NAME_WORDS && tokens.get(k).isWord() && nameWord(tokens.get(k))) {
            k++;
        }
        if (k == m.to() || k + 2 >= s.to() || !tokens.get(k).is(",") || !tokens.get(k + 1).isIndefiniteArticle()) {
            return;
        }
        int article = k + 1;
        Draft same = null;
        for (Draft e : inSentence) {
            if (e.quantity.from() == article && e.value() == 1 && e.parent == null && e.outcome == d.outcome) {
                same = e;
            }
        }
        for (Draft e : inSentence) {
            if (same != null && e.parent == same) {
                return;
            }
        }
        if (same != null) {
            inSentence.remove(same);
        }
        String group = same != null && !Groups.PEOPLE.equals(same.group) ? same.group : appositionGroup(article + 1, s);
        if (Groups.PEOPLE.equals(d.group) && group != null) {
            d.group = group;
            d.rule = NAMED_APPOSITION + "-" + d.rule;
        }
    }

    /** The group the words of an apposition name ("a member of the SDF", "a child"), before its closing comma. */
    private String appositionGroup(int from, Sentence s) {
        String personGroup = null;
        for (int j = from; j < Math.min(s.to(), from + APPOSITION_WORDS); j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is("former")) {
                break;
            }
            PhraseTable.Match<GroupAlias> alias = engine.lexicon.groups.longestAt(tokens, j, s.to());
            if (alias != null && !alias.value().coreferent()) {
                return alias.value().group();
            }
            PhraseTable.Match<PersonNoun> person = engine.lexicon.personNouns.longestAt(tokens, j, s.to());
            if (person != null && person.value().group() != null && !Groups.PEOPLE.equals(person.value().group())
                    && !Groups.SECURITY_FORCES.equals(person.value().group()) && personGroup == null) {
                personGroup = person.value().group();
            }
        }
        return personGroup;
    }

    static final String OTHERS_OF_ONE = "others-of-one";
    private static final Set<String> OTHERS = WordList.of("others");

    /**
     * Rule "others-of-one": "Cells kill shepherd and kidnap 2 others": "others" right after one victim are more of
     * that victim's people, as they are after a figure.
     */
    private void othersOfOne(List<Draft> inSentence) {
        Draft previous = null;
        for (Draft d : inSentence) {
            if (d.parent != null) {
                continue;
            }
            boolean others = d.phrase.headIndex() >= 0 && OTHERS.contains(tokens.get(d.phrase.headIndex()).lower());
            boolean afterOne = previous != null
                    && (previous.rule.startsWith("one-victim") || previous.rule.startsWith(HeadlineSubject.NAME));
            if (others && afterOne && Groups.PEOPLE.equals(d.group) && !Groups.PEOPLE.equals(previous.group)) {
                d.group = previous.group;
                d.rule = OTHERS_OF_ONE + "-" + d.rule;
            }
            previous = d;
        }
    }

    private static final Set<String> FOUND = WordList.of("found");
    private static final Set<String> BODY_DETERMINERS = WordList.of("body-determiners");
    private static final Set<String> AFTER_FOUND = WordList.of("after-found");
    private static final Set<String> TIME_UNITS = WordList.of("time-units");
    private static final OutcomeTerm BODY_FOUND = new OutcomeTerm(org.casualtyledger.claim.Outcome.KILLED, OutcomeTerm.Role.STATE);

    /**
     * Rule "body-found": "his body was found hours later", "a charred body found in the west": one body found is one
     * person killed, when "found" is passive (no object after it: "the governing body found no evidence" is not).
     */
    private void findBody(Sentence s, List<Draft> inSentence) {
        for (int i = s.from() + 1; i + 1 < s.to(); i++) {
            if (!tokens.get(i).is("body") || !bodyDeterminer(i - 1, s)) {
                continue;
            }
            int at = i + 1;
            if (at + 1 < s.to() && (tokens.get(at).is("was") || tokens.get(at).is("is"))) {
                at++;
            } else if (at + 2 < s.to() && tokens.get(at).is("has") && tokens.get(at + 1).is("been")) {
                at += 2;
            }
            if (!FOUND.contains(tokens.get(at).lower()) || !passiveEnd(at + 1, s)) {
                continue;
            }
            PhraseTable.Match<OutcomeTerm> m = new PhraseTable.Match<>(i, at + 1, BODY_FOUND);
            if (!taken(m, inSentence)) {
                Draft d = draft(s, m, 0);
                d.rule = "body-found";
                inSentence.add(d);
            }
            return;
        }
    }

    /** "his body", "a charred body", "the mutilated body": a determiner at most one adjective before "body". */
    private boolean bodyDeterminer(int k, Sentence s) {
        if (BODY_DETERMINERS.contains(tokens.get(k).lower())) {
            return true;
        }
        return k - 1 >= s.from() && BODY_DETERMINERS.contains(tokens.get(k - 1).lower()) && tokens.get(k).isWord()
                && !tokens.get(k).capitalized() && tokens.get(k).lower().endsWith("ed");
    }

    private boolean passiveEnd(int k, Sentence s) {
        if (k >= s.to()) {
            return true;
        }
        Token t = tokens.get(k);
        boolean timeLater = k + 1 < s.to() && TIME_UNITS.contains(tokens.get(k + 1).lower());
        return t.isPunct() || OBJECT_ENDS.contains(t.lower()) || AFTER_FOUND.contains(t.lower()) || timeLater;
    }

    /** Rule "shot-down": "a helicopter was shot down": an aircraft brought down, no person shot. */
    private boolean shotDown(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        return m.to() < s.to() && tokens.get(m.to() - 1).is("shot") && tokens.get(m.to()).is("down");
    }

    /**
     * "killed five and wounded another": "another" alone after a harm verb is its own victim, however near the
     * figure of the verb before.
     */
    private boolean anotherAfterHarm(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        return m.to() < s.to() && m.from() > s.from() && tokens.get(m.from() - 1).is("and") && loneAnother(m.to(), s);
    }

    private boolean verbTaken(PhraseTable.Match<OutcomeTerm> m, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            if (d.outcomeFrom >= 0 && d.outcomeFrom <= m.from() && m.from() < Math.max(d.outcomeTo, d.outcomeFrom + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean taken(PhraseTable.Match<OutcomeTerm> m, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            if (d.outcomeFrom >= 0 && d.outcomeFrom <= m.from() && m.from() < Math.max(d.outcomeTo, d.outcomeFrom + 1)) {
                return true;
            }
            // "killed the driver and three passengers": a figure coordinated with the object leaves the verb's own object
            // a victim read at its own verb ("Young man killed and child injured") stands at no figure near this one
            if (Math.abs(d.quantity.from() - m.from()) <= 4 && !d.rule.endsWith("coordinated-object")
                    && !OwnVerbAfter.clauseOfItsOwn(d, m) && !(readAtVerb(d) && joinedAfter(d, m))) {
                return true;
            }
        }
        return false;
    }

    /** A one victim read at its verb, with no figure of its own. */
    private static boolean readAtVerb(Draft d) {
        return d.quantity.from() == d.outcomeFrom && (d.rule.startsWith("one-victim") || d.rule.startsWith(HeadlineSubject.NAME));
    }

    /** "killed and child injured", "killed, another injured": a clause joined after the victim's verb, before {@code m}. */
    private boolean joinedAfter(Draft d, PhraseTable.Match<OutcomeTerm> m) {
        for (int i = Math.max(0, d.outcomeTo); i < m.from(); i++) {
            if (tokens.get(i).is("and") || tokens.get(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** "the mayor was killed", "an official has been shot dead". */
    private boolean singularPassive(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int at = m.from() - 1;
        if (at > s.from() && tokens.get(at).is("another") && tokens.get(at - 1).is("and")) {
            return true;
        }
        if (anotherSubject(at, s)) {
            return true;
        }
        if (at - 1 > s.from() && tokens.get(at).is("and") && tokens.get(at - 1).isWord()) {
            at -= 2;
        }
        if (at > s.from() && (tokens.get(at).is("found") || tokens.get(at).is("discovered"))) {
            at--;
        }
        if (at >= s.from() && (mannerAdverb(tokens.get(at)) || tokens.get(at).is("also"))) {
            at--;
        }
        if (at >= s.from() && tokens.get(at).is("been")) {
            at--;
            return at >= s.from() && tokens.get(at).is("has");
        }
        return at >= s.from() && SINGULAR_AUXILIARIES.contains(tokens.get(at).lower()) && !tokens.get(at).is("has")
                && subjectIsPerson(at, s, !(m.to() - m.from() == 1 && tokens.get(m.from()).is("shot")));
    }

    static final String ELIDED_AUXILIARY = "elided-auxiliary";
    private static final Set<String> CONJUNCT_DETERMINERS = Set.of("his", "her", "their", "a", "an", "the");
    /** How far back the first conjunct's passive may stand: "a guard was shot dead in the town of X and his brother". */
    private static final int ELIDED_REACH = 16;

    /**
     * Rule "elided-auxiliary": "a guard was shot dead in the town and his brother injured": a second subject after
     * "and" shares the auxiliary of the passive before it; the participle after him is his own passive.
     */
    private boolean elidedAuxiliary(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int noun = m.from() - 1;
        if (noun - 2 < s.from() || !tokens.get(noun - 2).is("and") || !CONJUNCT_DETERMINERS.contains(tokens.get(noun - 1).lower())) {
            return false;
        }
        PhraseTable.Match<PersonNoun> person = engine.lexicon.personNouns.longestAt(tokens, noun, noun + 1);
        if (person == null || person.value().plural()) {
            return false;
        }
        for (int i = noun - 3; i >= Math.max(s.from(), noun - 2 - ELIDED_REACH); i--) {
            if (tokens.get(i).is(",") || tokens.get(i).is(";")) {
                return false;
            }
            if (SINGULAR_AUXILIARIES.contains(tokens.get(i).lower()) && !tokens.get(i).is("has") && i + 1 < noun) {
                PhraseTable.Match<OutcomeTerm> first = engine.lexicon.outcomes.longestAt(tokens, i + 1, noun);
                return first != null && first.value().role() == OutcomeTerm.Role.VERB;
            }
        }
        return false;
    }

    /**
     * Rule "another-subject": "a man was killed by the blast, while another was injured": "another" alone before the
     * singular auxiliary is one more person, the subject of the passive; also when it opens its sentence ("Another
     * was wounded by a sniper.").
     */
    private boolean anotherSubject(int auxiliary, Sentence s) {
        return auxiliary - 1 >= s.from() && SINGULAR_AUXILIARIES.contains(tokens.get(auxiliary).lower())
                && !tokens.get(auxiliary).is("has") && tokens.get(auxiliary - 1).is("another");
    }

    /**
     * Rule "one-victim" with an adverb: "was seriously wounded", "was reportedly killed", "was fatally shot": a word
     * in -ly between the auxiliary and the participle says how, and leaves the passive as it is.
     */
    private static boolean mannerAdverb(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() > 4 && w.endsWith("ly") && !w.equals("only") && !w.equals("family");
    }

    /** The subject before "was" names a person (a person noun or a capitalised name), not "the attack". */
    private boolean subjectIsPerson(int auxiliary, Sentence s) {
        return subjectIsPerson(auxiliary, s, true);
    }

    private boolean subjectIsPerson(int auxiliary, Sentence s, boolean anyNoun) {
        int last = auxiliary - 1;
        if (last > s.from() && tokens.get(last).is(",")) {
            last = beforeApposition(last, s);
        }
        if (anyNoun && singularNounSubject(last, s)) {
            return true;
        }
        int who = relativeBefore(last, s);
        if (who > s.from() && (singularNounSubject(who - 1, s) || engine.lexicon.personNouns.longestAt(tokens, who - 1, who) != null)) {
            return true;
        }
        for (int k = last; k >= Math.max(s.from(), last - 5); k--) {
            Token t = tokens.get(k);
            if (engine.lexicon.nonCasualtyNouns.contains(t.lower()) || t.is("it") || t.is("that") || t.is("which")) {
                return false;
            }
            if (engine.lexicon.personNouns.longestAt(tokens, k, auxiliary) != null || t.capitalized() && k > s.from()
                    || t.is("he") || t.is("she") || t.is("who")) {
                return true;
            }
        }
        return false;
    }

    private static final int RELATIVE_REACH = 16;

    /**
     * Rule "one-victim" over a relative clause: "a city councillor who grew up in the slum and worked for its people
     * was shot dead": the subject is the noun before "who"; the clause between holds no comma or figure.
     */
    private int relativeBefore(int last, Sentence s) {
        for (int k = last; k > Math.max(s.from(), last - RELATIVE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is("who")) {
                return k;
            }
            if (t.isPunct() || t.isNumber()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "A pharmacist was murdered", "the town clerk has died": a singular noun after an article, right before the
     * auxiliary, is the one who was killed, unless it names a thing.
     */
    private boolean singularNounSubject(int last, Sentence s) {
        Token head = tokens.get(last);
        String w = head.lower();
        if (!head.isWord() || head.capitalized() || w.endsWith("s") || namesThing(w) || NOT_VICTIMS.contains(w)
                || OBJECT_ENDS.contains(w)) {
            return false;
        }
        for (int k = last - 1; k >= Math.max(s.from(), last - 3); k--) {
            if (DETERMINERS.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).isWord() || OBJECT_ENDS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return false;
    }

    /** A singular noun whose plural is on the list of things no casualty is counted in: "shell", "city" ("cities"). */
    private boolean namesThing(String w) {
        Set<String> things = engine.lexicon.nonCasualtyNouns;
        return things.contains(w) || things.contains(w + "s")
                || w.endsWith("y") && things.contains(w.substring(0, w.length() - 1) + "ies");
    }

    /** "Jane Doe, a teacher who ..., was killed": the subject stands before the appositive between commas. */
    private int beforeApposition(int closingComma, Sentence s) {
        for (int k = closingComma - 1; k > Math.max(s.from(), closingComma - APPOSITION_REACH); k--) {
            if (tokens.get(k).is(",")) {
                return k - 1;
            }
        }
        return closingComma - 1;
    }

    /** "the mayor has died of his wounds", "he died on the spot": one person's death told by a state verb. */
    private boolean singularState(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        if (m.from() - 2 >= s.from() && m.value().role() == OutcomeTerm.Role.STATE && possessedPerson(m.from() - 1)) {
            return true;
        }
        if (m.value().outcome() != org.casualtyledger.claim.Outcome.KILLED || m.from() <= s.from()) {
            return false;
        }
        int at = m.from() - 1;
        if (at > s.from() && (tokens.get(at).is("also") || tokens.get(at).is("later"))) {
            at--;
        }
        if (tokens.get(at).is("he") || tokens.get(at).is("she")) {
            return true;
        }
        if (m.value().role() == OutcomeTerm.Role.STATE && tokens.get(at).isWord() && (singularNounSubject(at, s) || titledSubject(at, s))) {
            return true;
        }
        if (at > s.from() && tokens.get(at).is("been")) {
            at--;
        }
        return at > s.from() && (tokens.get(at).is("has") || tokens.get(at).is("was")) && subjectIsPerson(at, s);
    }

    static final String POSSESSED_STATE = "possessed-state";

    /**
     * Rule "possessed-state": "a child was killed and his mother sustained injuries", "their father fled": one person
     * named by a possessive and a singular person noun is the subject of the state after it, whatever the outcome.
     */
    private boolean possessedPerson(int at) {
        PhraseTable.Match<PersonNoun> person = engine.lexicon.personNouns.longestAt(tokens, at, at + 1);
        return person != null && !person.value().plural() && !HOUSEHOLDS.contains(tokens.get(at).lower())
                && POSSESSIVES.contains(tokens.get(at - 1).lower());
    }

    /** "their family fled": a household is many people, no one person. */
    private static final Set<String> HOUSEHOLDS = WordList.of("households");

    /** "The Mayor later died", "the Governor died": a capitalised title after "the" names one person. */
    private boolean titledSubject(int at, Sentence s) {
        return at > s.from() && tokens.get(at).capitalized() && tokens.get(at - 1).is("the")
                && engine.lexicon.personNouns.longestAt(tokens, at, at + 1) != null
                && !engine.lexicon.personNouns.longestAt(tokens, at, at + 1).value().plural();
    }

    /** "killed five and wounded another", "wounded another at the gate": "another" standing alone is one more person. */
    private boolean loneAnother(int at, Sentence s) {
        int last = at + 1 < s.to() && LoneOrdinal.at(tokens, at + 1, s.from()) ? at + 1 : at;
        if (last == at && !tokens.get(at).is("another")) {
            return false;
        }
        if (last + 1 >= s.to()) {
            return true;
        }
        Token next = tokens.get(last + 1);
        return next.isPunct() && !next.is("'s") || OBJECT_ENDS.contains(next.lower()) || TIME_WORDS.contains(next.lower());
    }

    /** "wounded another Thursday": a day or time after "another" dates the harm, it is no noun of the victim. */
    private static final Set<String> TIME_WORDS = WordList.of("time-words");

    /** "killed the mayor", "killed a scholar and an imam": one victim per singular object, at most two. */
    private int singularObjects(PhraseTable.Match<OutcomeTerm> m, Sentence s, List<Draft> inSentence) {
        int at = m.to();
        if (at >= s.to() || m.from() > s.from() && PASSIVE_BEFORE.contains(tokens.get(m.from() - 1).lower())) {
            return 0;
        }
        Token first = tokens.get(at);
        if ((first.is("him") || first.is("her")) && onePersonBefore(m.from(), inSentence)) {
            return 0;
        }
        if (first.is("him") || first.is("her") || loneAnother(at, s)) {
            return 1;
        }
        if (!DETERMINERS.contains(first.lower()) && !(first.capitalized() && at + 1 < s.to() && tokens.get(at + 1).capitalized())
                && !namedObject(at, s) && !bareTitle(at, s)) {
            return 0;
        }
        int count = 0;
        int k = at;
        while (k < s.to() && count < 2 && startsSingular(k, s) && !(k > at && figureAt(k, inSentence))) {
            count++;
            int next = nextConjunct(k, s);
            if (next < 0) {
                break;
            }
            k = next;
        }
        return count;
    }

    /**
     * Rule "pronoun-told": "a man died of wounds he had sustained when gunmen shot him": "him" after one person told
     * earlier in the sentence is that person again, no second victim.
     */
    static final String PRONOUN_TOLD = "pronoun-told";

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "who");

    /** Rule "pronoun-told": "the death of X, after he was shot", "a young man, who was shot dead": the person again. */
    private boolean pronounSubjectTold(PhraseTable.Match<OutcomeTerm> m, Sentence s, List<Draft> inSentence) {
        int i = m.from() - 1;
        while (i > s.from() && PASSIVE_FILLERS.contains(tokens.get(i).lower())) {
            i--;
        }
        return i >= s.from() && i < m.from() - 1 && PERSON_PRONOUNS.contains(tokens.get(i).lower())
                && onePersonBefore(i, inSentence);
    }

    private static boolean onePersonBefore(int at, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            if (d.quantity.from() < at && d.value() == 1 && d.parent == null) {
                return true;
            }
        }
        return false;
    }

    /** A conjunct that another rule already counted ("killed a scholar and an imam": the imam has his claim). */
    private static boolean figureAt(int k, List<Draft> inSentence) {
        for (Draft d : inSentence) {
            if (d.quantity.from() == k) {
                return true;
            }
        }
        return false;
    }

    /** The sentence is a line of a bulleted list: "• A woman and her son killed by shelling on the town". */
    private boolean listItem(Sentence s) {
        int k = s.start();
        while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '\n')) {
            k--;
        }
        char first = text.charAt(s.start());
        return ListMarks.is(first) || k > 0 && ListMarks.is(text.charAt(k - 1));
    }

    /**
     * Rule "one-victim-pair": "the head of the council and a clerk have been killed", "Jane Doe and her cousin, John
     * Roe, were shot dead", "a nurse, a porter and a cook were wounded": singular subjects joined by commas and
     * "and" before a plural passive are one victim each. A subject already counted as one person ("a clerk") keeps
     * its claim; a figure among the subjects leaves the list to the other rules.
     */
    private int coordinatedSingulars(PhraseTable.Match<OutcomeTerm> m, Sentence s, List<Draft> inSentence) {
        int at = m.from() - 1;
        if (at > s.from() && (mannerAdverb(tokens.get(at)) || tokens.get(at).is("also"))) {
            at--;
        }
        if (at > s.from() && tokens.get(at).is("been")) {
            at--;
            if (!tokens.get(at).is("have") && !tokens.get(at).is("had")) {
                return 0;
            }
        } else if ((s.headline() || listItem(s)) && at > s.from() && tokens.get(at).isWord() && !tokens.get(at).is("were")) {
            // "A child and a woman killed in airstrikes": a headline, or an item of a list, drops the auxiliary of
            // coordinated singulars
            at = m.from();
        } else if (at <= s.from() || !tokens.get(at).is("were")) {
            return 0;
        }
        int heads = 0;
        int head = subjectHead(at - 1, s);
        int first = head;
        boolean joined = false;
        boolean apposition = false;
        while (head >= 0 && heads < MAX_LISTED) {
            if (!apposition) {
                heads++;
            }
            first = head;
            int link = linkBefore(head, s);
            if (link < 0) {
                break;
            }
            joined |= tokens.get(link).is("and");
            int before = subjectHead(link - 1, s);
            if (before < 0 || !startsItem(before, s) || tokens.get(link).is(",") && placeItem(before, s)) {
                if (tokens.get(link).is(",")) {
                    break;
                }
                return 0;
            }
            apposition = tokens.get(link).is(",") && isName(head) != isName(before);
            head = before;
        }
        if (heads < 2 || !joined) {
            return 0;
        }
        int counted = 0;
        for (Draft d : inSentence) {
            if (d.quantity.from() >= first - OBJECT_REACH && d.quantity.from() < m.from()) {
                if (!d.quantity.article()) {
                    return 0;
                }
                counted++;
            }
        }
        return Math.max(0, heads - counted);
    }

    private static final int MAX_LISTED = 6;
    private static final Set<String> PREPOSITIONS = WordList.of("prepositions");

    /** "In the valley, a boy and his father were injured": a fronted place before the comma is no subject item. */
    private boolean placeItem(int head, Sentence s) {
        for (int k = head - 1; k >= Math.max(s.from(), head - OBJECT_REACH); k--) {
            if (PREPOSITIONS.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).isWord() || tokens.get(k).is("and")) {
                return false;
            }
        }
        return false;
    }

    /** "the ruler of the town, Chief John Doe, and his wife": a name after a comma names the person before it. */
    private boolean isName(int head) {
        return tokens.get(head).capitalized() && head > 0 && tokens.get(head - 1).capitalized();
    }

    /**
     * The subject item ending at head begins the sentence, or follows a determiner, a comma or "and"; "In the town
     * of X, a guard and a cook were ..." ends the list at the comma.
     */
    private boolean startsItem(int head, Sentence s) {
        for (int k = head - 1; k >= Math.max(s.from(), head - OBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.lower()) || t.is(",") || t.is("and")) {
                return true;
            }
            if (!t.isWord() && !t.is("'s") || OBJECT_ENDS.contains(t.lower()) && !t.is("of")) {
                return false;
            }
        }
        return head - OBJECT_REACH < s.from();
    }

    /** The "and" or "," that joins the subject whose head is at head to the one before it, or -1. */
    private int linkBefore(int head, Sentence s) {
        for (int k = head - 1; k >= Math.max(s.from() + 1, head - OBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (t.is("and") || t.is(",")) {
                return k > s.from() && t.is("and") && tokens.get(k - 1).is(",") ? k - 1 : k;
            }
            if (!t.isWord() && !t.is("'s") || OBJECT_ENDS.contains(t.lower()) && !t.is("of")) {
                return -1;
            }
        }
        return -1;
    }

    /** The head of a singular subject ending at token end (an appositive between commas skipped), or -1. */
    private int subjectHead(int end, Sentence s) {
        int last = end;
        if (last > s.from() && tokens.get(last).is(",")) {
            last = beforeApposition(last, s);
        }
        if (last < s.from()) {
            return -1;
        }
        Token t = tokens.get(last);
        if (singularNounSubject(last, s)) {
            return last;
        }
        boolean name = t.isWord() && t.capitalized() && !DETERMINERS.contains(t.lower()) && !PLURAL_OBJECTS.contains(t.lower())
                && engine.lexicon.personNouns.longestAt(tokens, last, last + 1) == null
                && !engine.lexicon.nonCasualtyNouns.contains(t.lower()) && !t.lower().endsWith("s");
        return name ? last : -1;
    }

    private boolean startsSingular(int k, Sentence s) {
        for (int j = k; j < Math.min(s.to(), k + OBJECT_REACH); j++) {
            Token t = tokens.get(j);
            if (j > k && (t.isPunct() && !t.is("'s") || OBJECT_ENDS.contains(t.lower()))) {
                break;
            }
            if (t.isNumber() || PLURAL_OBJECTS.contains(t.lower()) || engine.lexicon.nonCasualtyNouns.contains(t.lower())) {
                return false;
            }
            PhraseTable.Match<PersonNoun> noun = engine.lexicon.personNouns.longestAt(tokens, j, s.to());
            if (noun != null) {
                return !noun.value().plural();
            }
        }
        return singularHead(k, s);
    }

    /**
     * "killed a liberal blogger", "killed the head of the department": whatever a killing verb takes as its object
     * is a living being, so a singular head noun that names no thing counts one victim.
     */
    private boolean singularHead(int k, Sentence s) {
        int head = -1;
        int from = DETERMINERS.contains(tokens.get(k).lower()) ? k + 1 : k;
        for (int j = from; j < Math.min(s.to(), k + OBJECT_REACH); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() && !t.is("'s") || OBJECT_ENDS.contains(t.lower())
                    || engine.lexicon.outcomes.longestAt(tokens, j, j + 1) != null) {
                break;
            }
            head = t.is("'s") ? -1 : j;
        }
        if (head < 0) {
            return false;
        }
        String w = tokens.get(head).lower();
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s");
        return !plural && !engine.lexicon.nonCasualtyNouns.contains(w) && !engine.lexicon.nonCasualtyNouns.contains(w + "s")
                && !NOT_VICTIMS.contains(w) && !PLURAL_OBJECTS.contains(w);
    }

    /** "killed prominent writer John Doe", "killed Iraqi activist John Doe": a title before a name, no article. */
    private boolean namedObject(int at, Sentence s) {
        for (int j = at; j < Math.min(s.to() - 1, at + 4); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || OBJECT_ENDS.contains(t.lower())) {
                return false;
            }
            if (j > at && t.capitalized() && nameWord(tokens.get(j + 1)) && !tokens.get(j - 1).capitalized()) {
                return true;
            }
        }
        return false;
    }

    private static final int TITLE_REACH = 3;

    /**
     * Rule "one-victim" with a bare title: "the death of former acting chairperson of the union": a singular person
     * noun after at most two lower-case modifiers, with no article, names one person; "key insurgent leaders" is
     * no title: the noun there modifies another.
     */
    private boolean bareTitle(int at, Sentence s) {
        for (int j = at; j < Math.min(s.to(), at + TITLE_REACH); j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.capitalized() || OBJECT_ENDS.contains(t.lower()) || PLURAL_OBJECTS.contains(t.lower())) {
                return false;
            }
            PhraseTable.Match<PersonNoun> noun = engine.lexicon.personNouns.longestAt(tokens, j, s.to());
            if (noun != null) {
                boolean modifier = noun.to() < s.to() && engine.lexicon.personNouns.longestAt(tokens, noun.to(), s.to()) != null;
                return !noun.value().plural() && !modifier && noun.to() <= at + TITLE_REACH;
            }
        }
        return false;
    }

    /** A word of a name: capitalised, or an Arabic article joined to one ("al-Hassan", "el-Sayed"). */
    private static boolean nameWord(Token t) {
        if (t.capitalized()) {
            return true;
        }
        String w = t.text();
        int dash = w.indexOf('-');
        return t.isWord() && dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }

    private int nextConjunct(int k, Sentence s) {
        for (int j = k + 1; j < Math.min(s.to() - 1, k + 7); j++) {
            if (tokens.get(j).is(",") || tokens.get(j).is("in") || tokens.get(j).is("on")) {
                return -1;
            }
            if (tokens.get(j).is("and") && DETERMINERS.contains(tokens.get(j + 1).lower())) {
                return outcomeNounAfter(j + 1, s) ? -1 : j + 1;
            }
        }
        return -1;
    }

    private static final Set<String> AUXILIARIES = WordList.of("auxiliaries");
    /**
     * "a child and his father were injured": the last of coordinated subjects is evidenced by his own words between
     * "and" and the auxiliary, not by the verb again.
     */
    private void lastSubjectSpan(Draft d, PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int aux = m.from() - 1;
        for (int i = aux - 1; i > Math.max(s.from(), aux - 1 - CONJUNCT_WORDS); i--) {
            if (tokens.get(i).is("and")) {
                if (i + 1 < aux && tokens.get(aux).isWord()) {
                    d.spanStart = tokens.get(i + 1).start();
                    d.spanEnd = tokens.get(aux - 1).end();
                }
                return;
            }
        }
    }

    /** How many words the span of a conjunct victim takes: "his wife", "a young man". */
    private static final int CONJUNCT_WORDS = 3;

    /**
     * "the bodies of a man and his wife were found": the second victim's evidence is his own words after "and",
     * not the outcome's again.
     */
    private void conjunctSpan(Draft d, PhraseTable.Match<OutcomeTerm> m, Sentence s, int index) {
        int k = m.to();
        for (int n = 0; n < index && k >= 0; n++) {
            k = nextConjunct(k, s);
        }
        if (k < 0) {
            return;
        }
        int end = k;
        while (end < Math.min(s.to(), k + CONJUNCT_WORDS) && tokens.get(end).isWord() && !tokens.get(end).is("and")
                && !OBJECT_ENDS.contains(tokens.get(end).lower()) && !AUXILIARIES.contains(tokens.get(end).lower())) {
            end++;
        }
        if (end > k) {
            d.spanStart = tokens.get(k).start();
            d.spanEnd = tokens.get(end - 1).end();
        }
    }

    /** "the death of a child and the injury of three": the conjunct is another outcome, no second victim. */
    private boolean outcomeNounAfter(int determiner, Sentence s) {
        int at = determiner + 1;
        PhraseTable.Match<OutcomeTerm> m = at < s.to() ? engine.lexicon.outcomes.longestAt(tokens, at, s.to()) : null;
        return m != null && m.value().role() == OutcomeTerm.Role.NOUN;
    }

    /**
     * Rule "one-victim-object-group": "police killed the gunman", "the blast killed the bomber": the object right
     * after "the" names who the one victim was, a fighter here; "the death of a child": a civilian after "a" or "an";
     * other groups keep PEOPLE, as before.
     */
    private String definiteObjectGroup(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int at = m.to();
        if (at >= s.to()) {
            return null;
        }
        // a headline drops the article: "Cells kill shepherd in the desert"
        boolean article = tokens.get(at).is("the") || tokens.get(at).isIndefiniteArticle();
        if (article ? at + 1 >= s.to() : !s.headline()) {
            return null;
        }
        int noun = article ? at + 1 : at;
        PhraseTable.Match<PersonNoun> person = engine.lexicon.personNouns.longestAt(tokens, noun, s.to());
        if (person == null || person.from() != noun || person.value().plural()) {
            return null;
        }
        String group = person.value().group();
        return Groups.FIGHTERS.equals(group) || !tokens.get(at).is("the") && Groups.CIVILIANS.equals(group) ? group : null;
    }

    private static final Set<String> PASSIVE_FILLERS = Set.of("was", "is", "has", "been", "also", "then", "later");

    static final String POSSESSED_SUBJECT = "possessed-subject";
    private static final Set<String> POSSESSIVES = WordList.of("companions-possessives");

    /**
     * Rule "possessed-subject": "two children died and their mother was injured", "his wife was killed": the one
     * victim is the person the possessive's noun names, of that noun's group.
     */
    private String possessedSubjectGroup(PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int i = m.from() - 1;
        while (i > s.from() && (PASSIVE_FILLERS.contains(tokens.get(i).lower()) || mannerAdverb(tokens.get(i)))) {
            i--;
        }
        if (i - 1 < s.from() || !POSSESSIVES.contains(tokens.get(i - 1).lower())) {
            return null;
        }
        PhraseTable.Match<PersonNoun> person = engine.lexicon.personNouns.longestAt(tokens, i, i + 1);
        return person == null || person.value().plural() ? null : person.value().group();
    }

    /**
     * Rule "another-of-them": "a member of the SDF was killed and another was wounded", "killed three soldiers and
     * wounded another": "another" is one more of the people the figure before it counted, of their group. Null when
     * no "another" is the victim or no figure stands before it.
     */
    private String anotherGroup(PhraseTable.Match<OutcomeTerm> m, Sentence s, List<Draft> inSentence) {
        int i = m.from() - 1;
        while (i > s.from() && (PASSIVE_FILLERS.contains(tokens.get(i).lower()) || tokens.get(i).lower().endsWith("ly"))) {
            i--;
        }
        boolean before = i >= s.from() && (tokens.get(i).is("another") || LoneOrdinal.at(tokens, i, s.from()));
        boolean after = m.to() < s.to() && (tokens.get(m.to()).is("another") || m.to() + 1 < s.to() && LoneOrdinal.at(tokens, m.to() + 1, s.from()));
        if (!before && !after) {
            return null;
        }
        Draft previous = null;
        for (Draft d : inSentence) {
            // the nearest figure before: one-victim figures are drafted after the counted ones, out of text order
            if (d.quantity.from() < m.from() && d.parent == null && (previous == null || d.quantity.from() > previous.quantity.from())) {
                previous = d;
            }
        }
        return previous == null ? null : previous.group;
    }

    /** Rule "headline-one-person": the headline's subject names the person's group and kind, and opens the span. */
    private void headlineSubject(Draft d, PersonNoun noun, PhraseTable.Match<OutcomeTerm> m, Sentence s) {
        int start = HeadlineSubject.start(tokens, m.from(), s);
        String party = HeadlineSubject.party(tokens, start, m.from(), engine.lexicon);
        if (party != null || noun.group() != null) {
            d.group = party != null ? party : noun.group();
        }
        d.subgroup = noun.subgroup();
        d.spanStart = tokens.get(start).start();
        d.rule = HeadlineSubject.NAME;
    }

    private Draft draft(Sentence s, PhraseTable.Match<OutcomeTerm> m, int index) {
        Quantity q = new Quantity(m.from(), m.from(), m.to(), CountRange.exact(1), true, "one-victim");
        NounPhrase np = new NounPhrase(m.to(), m.to(), null, -1, null, -1, -1, null, false, null, false);
        Draft d = new Draft(s, q, np);
        d.outcome = m.value().outcome();
        if (BodyOfExecuted.namesBody(tokens, m.from()) && BodyOfExecuted.executed(tokens, m.to(), s.to(), engine.lexicon)) {
            d.outcome = org.casualtyledger.claim.Outcome.EXECUTED;
        }
        d.outcomeFrom = m.from();
        d.outcomeTo = m.to();
        d.group = Groups.PEOPLE;
        d.groupAsWritten = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
        String objectGroup = index == 0 ? definiteObjectGroup(m, s) : null;
        if (objectGroup != null) {
            d.group = objectGroup;
        }
        d.rule = index == 0 ? "one-victim" : "one-victim-conjunct";
        d.spanStart = tokens.get(m.from()).start();
        d.spanEnd = tokens.get(m.to() - 1).end();
        // each victim of one verb needs its own span (claim ids derive from it), inside the text
        if (d.spanEnd + index <= text.length()) {
            d.spanEnd += index;
        } else {
            d.spanStart = Math.max(0, d.spanStart - index);
        }
        return d;
    }
}
