package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Groups;

/**
 * Which figure a part of a breakdown belongs to when parts nest: the rules that choose the level of a part among the
 * totals and parts told before it in its sentence.
 * <ul>
 * <li>"parenthesis-skip": "among them 24 women (including 15 Iraqis) and a child": a closed parenthesis is read
 * past, so the figure after it continues the figure before the parenthesis, not the one inside it;</li>
 * <li>"parenthesis-breakdown": "it rose to 118 the number of detainees who died ... since the beginning of the year
 * (112 men, 4 children and 2 women)": a parenthesis that opens on a figure after a total's clause breaks that total
 * down, however long the clause;</li>
 * <li>"sibling-part": "among them 30 civilians, of whom 10 children, and 20 fighters": a part that cannot be a part
 * of the part before it (another party, more people than it has left, or exactly the rest of the larger total) is
 * that part's sibling; and a counted person after "and", past the modifiers of the part before ("among them a child
 * from the town of Daraya and a woman"), is listed with that part;</li>
 * <li>"colon-list": "the death of 80 people during the month: 50 civilians ... and 30 fighters", and parts
 * between semicolons ("400 civilians, including 100 children; 500 fighters; 300 members");</li>
 * <li>"they-are": "rose to 34, and they are 27 civilians ... and 7 fighters": a figure after "they are" names the
 * people of the sentence's total;</li>
 * <li>"of-the-toll": "while 14 of the arrested are leaders": a part of the people the toll names belongs to the
 * whole toll;</li>
 * <li>"among-named-part": "among them 30 civilians. Among the civilians are 12 children"; and "9 civilians among
 * them", the opener after the part;</li>
 * <li>"parallel-part": "of whom 12 were killed in the market while 8 were killed in the school": a bare figure
 * told like the bare part before it is another part of the same total.</li>
 * </ul>
 */
final class PartLevel {

    static final String NAME = "sibling-part";
    private static final Set<String> CLAUSE_BREAKS = WordList.of("clause-breaks");
    private static final Set<String> COPULAS = WordList.of("copulas");
    private static final Set<String> LIST_SUBJECTS = WordList.of("list-subjects");
    private static final Set<String> INCLUDING_VERBS = WordList.of("including-verbs");
    /** Groups that name a status, not a party. */
    private static final Set<String> STATUSES = Set.of(Groups.PEOPLE, Groups.FIGHTERS, Groups.CIVILIANS, Groups.DETAINEES,
            Groups.SECURITY_FORCES);
    private static final Set<String> UNARMED = Set.of(Groups.CIVILIANS, Groups.DETAINEES);
    /** How far a coordinated part may stand past the modifiers of the part before it ("a child from the town of X and"). */
    private static final int MODIFIED_PART_REACH = 16;
    /** How many figures back "Among the civilians" looks for the figure of its noun. */
    private static final int NAMED_PART_REACH = 6;
    /** How many words may end a part before the semicolon that lists the next one. */
    private static final int PART_END_WORDS = 6;

    private PartLevel() {
    }

    /** The figure before a part and the words between them, past any parenthesis closed in between. */
    record Gap(Draft previous, int from, int to) {
    }

    /** The gap before figure d, read past a parenthesis that closes in it: "24 women (including 15 ...) and a child". */
    static Gap before(Draft d, List<Draft> inSentence, List<Token> tokens) {
        Draft previous = inSentence.get(inSentence.size() - 1);
        int from = end(previous);
        int to = d.quantity.from();
        int close = -1;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("(")) {
                return new Gap(previous, from, to);
            }
            if (tokens.get(i).is(")")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return new Gap(previous, from, to);
        }
        int open = opening(tokens, close, d.sentence.from());
        for (int k = inSentence.size() - 1; open >= 0 && k >= 0; k--) {
            Draft outside = inSentence.get(k);
            if (outside.quantity.to() <= open) {
                return new Gap(outside, close + 1, to);
            }
        }
        return new Gap(previous, from, to);
    }

    private static int opening(List<Token> tokens, int close, int sentenceFrom) {
        int depth = 0;
        for (int i = close - 1; i >= sentenceFrom; i--) {
            if (tokens.get(i).is(")")) {
                depth++;
            } else if (tokens.get(i).is("(") && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    static int end(Draft d) {
        return Math.max(d.phrase.to(), d.quantity.to());
    }

    /** "... since the beginning of the year (112 men": the gap ends with an opening parenthesis, in one clause. */
    static boolean opensParenthesis(List<Token> tokens, Gap gap) {
        return gap.to() - gap.from() > 1 && tokens.get(gap.to() - 1).is("(") && !hasClauseBreak(tokens, gap.from(), gap.to() - 1);
    }

    /**
     * "the death of 80 people during the month: 50 civilians": a colon after the total's clause opens its parts, and
     * so does a dash standing apart ({@link DashList}).
     */
    static boolean opensColonList(List<Token> tokens, Gap gap) {
        return gap.to() - gap.from() > 1 && (tokens.get(gap.to() - 1).is(":") || DashList.at(tokens, gap.to() - 1))
                && gap.previous().parent == null
                && !hasClauseBreak(tokens, gap.from(), gap.to() - 1);
    }

    /**
     * "400 civilians, including 100 children; 500 fighters of the factions; 300 members": parts listed between
     * semicolons, past the few words that end the part before ("of the factions").
     */
    static boolean semicolonList(List<Token> tokens, Gap gap, Set<String> coordination) {
        int semicolon = -1;
        for (int i = gap.from(); i < gap.to(); i++) {
            if (tokens.get(i).is(";")) {
                semicolon = i;
                break;
            }
            if (tokens.get(i).is(",") || i - gap.from() >= PART_END_WORDS) {
                return false;
            }
        }
        for (int i = semicolon + 1; semicolon >= 0 && i < gap.to(); i++) {
            if (!coordination.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return semicolon >= 0;
    }

    /** "and they are 27 civilians", "who are 30 civilians": the gap ends with a subject for the people and a copula. */
    static boolean namesTheirPeople(List<Token> tokens, Gap gap) {
        int to = gap.to();
        return to - gap.from() >= 2 && COPULAS.contains(tokens.get(to - 1).lower())
                && LIST_SUBJECTS.contains(tokens.get(to - 2).lower());
    }

    /**
     * "while 14 of the arrested are described as leaders": a part of the people the toll names ("of the arrested",
     * "of the victims") is a part of the whole toll, not of the part told last ("of them").
     */
    static boolean ofTheToll(Draft d, List<Token> tokens) {
        int of = d.phrase.from();
        return d.phrase.partitive() && of + 1 < d.sentence.to() && tokens.get(of).is("of") && tokens.get(of + 1).is("the");
    }

    /**
     * "the death of 50 people, 9 civilians among them": the opener after the part's noun. Rule "parts-among-them":
     * "the death of 50 civilians, 9 children and 4 women among them": after a series of figures too, each of them.
     */
    static boolean amongThemAfter(Draft d, List<Token> tokens) {
        int at = end(d);
        int to = d.sentence.to();
        for (int k = at, series = 0; k + 1 < to && series <= SERIES_REACH; k++, series++) {
            Token t = tokens.get(k);
            if (t.is("among") && (tokens.get(k + 1).is("them") || tokens.get(k + 1).is("whom"))) {
                return k == at || tokens.get(at).is("and") && tokens.get(at + 1).isNumber();
            }
            if (!t.isWord() && !t.isNumber() || FINITE.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    static final String PARTS_AMONG_THEM = "parts-among-them";
    /** "and 39 women of the province": the last figure of the series and its noun phrase. */
    private static final int SERIES_REACH = 6;
    private static final Set<String> FINITE = WordList.of("finite-auxiliaries");

    /** "of whom 12 were killed ... while 8 were killed": a bare figure after a bare or partitive part. */
    static boolean parallel(Draft d, Gap gap, List<Draft> inSentence) {
        Draft previous = gap.previous();
        return previous.parent != null && d.phrase.bare() && !d.phrase.partitive()
                && (previous.phrase.bare() || previous.phrase.partitive())
                && partsSum(previous.parent, inSentence) + d.value() <= previous.parent.value();
    }

    /** "a child from the town of Daraya and a woman": a counted person after "and", past the part's own modifiers. */
    static boolean coordinatedAfterModifiers(Draft d, Gap gap, List<Token> tokens) {
        if (gap.previous().parent == null || d.phrase.person() == null || gap.to() <= gap.from() || gap.to() - gap.from() > MODIFIED_PART_REACH
                || !tokens.get(gap.to() - 1).is("and")) {
            return false;
        }
        for (int i = gap.from(); i < gap.to() - 1; i++) {
            if (tokens.get(i).is(",") || CLAUSE_BREAKS.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The level a part joins, from the candidate up: the candidate's parent when the part names people of another
     * side than the candidate's; and for a part listed after the candidate's parts ({@code listed}), also when it
     * is more than the candidate has left but fits the parent, or when it makes up exactly the rest of the parent and
     * not of the candidate. A part opened by its own cue ("of them", "including") may overlap its siblings, so its
     * sum decides nothing.
     */
    static Draft level(Draft d, Draft candidate, List<Draft> inSentence, boolean listed, List<Token> tokens) {
        String own = ownGroup(d.phrase);
        int head = d.phrase.headIndex();
        // "9 fighters of the factions": a complement after the fighters names their side, resolved or not
        boolean namedSide = d.phrase.group() != null || d.phrase.groupFrom() >= 0
                || head >= 0 && head + 1 < d.sentence.to() && tokens.get(head + 1).is("of");
        for (int steps = 0; candidate != null && candidate.parent != null && steps < ReportReading.MAX_NESTING; steps++) {
            Draft up = candidate.parent;
            long below = partsSum(candidate, inSentence) + d.value();
            long above = partsSum(up, inSentence) + d.value();
            boolean overflows = below > candidate.value() && above <= up.value();
            boolean completes = above == up.value() && below != candidate.value();
            boolean otherSide = conflicts(own, candidate.group, namedSide) && !conflicts(own, up.group, namedSide) && d.value() <= up.value();
            if (!(otherSide || listed && (overflows || completes))) {
                break;
            }
            candidate = up;
        }
        // "lost 30 members, including 2 officers, and 8 civilians were killed": no total left to hold the part
        return listed && candidate != null && candidate.parent == null && conflicts(own, candidate.group, namedSide) ? null : candidate;
    }

    /** The side the part's own words name: a party, or fighters, civilians or detainees by their noun. */
    private static String ownGroup(NounPhrase np) {
        if (np.group() != null) {
            return np.group();
        }
        PersonNoun person = np.person();
        if (person == null || person.group() == null || person.subgroup() != null) {
            return null;
        }
        return Groups.FIGHTERS.equals(person.group()) || UNARMED.contains(person.group()) ? person.group() : null;
    }

    /**
     * Fighters are no part of civilians nor civilians of fighters, the members of one party no part of another's;
     * fighters of a side the part's own words name ({@code namedSide}: "9 fighters of the rebel factions") are a side
     * of their own, no part of a party's total.
     */
    private static boolean conflicts(String own, String total, boolean namedSide) {
        if (own == null || total == null || own.equals(total)) {
            return false;
        }
        boolean ownParty = !STATUSES.contains(own) || namedSide && Groups.FIGHTERS.equals(own);
        boolean totalParty = !STATUSES.contains(total);
        boolean ownArmed = ownParty || Groups.FIGHTERS.equals(own);
        boolean totalArmed = totalParty || Groups.FIGHTERS.equals(total) || Groups.SECURITY_FORCES.equals(total);
        return ownParty && totalParty || ownArmed && UNARMED.contains(total) || UNARMED.contains(own) && totalArmed;
    }

    /** What the parts of a total told so far in the sentence add up to. */
    static long partsSum(Draft total, List<Draft> inSentence) {
        long sum = 0;
        for (Draft part : inSentence) {
            if (part.parent == total) {
                sum += part.value();
            }
        }
        return sum;
    }

    /**
     * "The victims include 8 children", "Those killed include ...", "They included ...", "They were 8 children and
     * ...": a sentence that opens on the counted victims and a verb of their parts (a copula right before a number).
     */
    static boolean victimsInclude(List<Token> tokens, Sentence s, Set<String> victimHeads) {
        int i = s.from();
        if (i + 2 < s.to() && tokens.get(i).is("they")) {
            int verb = afterAdverb(tokens, i + 1, s.to());
            if (verb + 1 < s.to() && (INCLUDING_VERBS.contains(tokens.get(verb).lower())
                    || COPULAS.contains(tokens.get(verb).lower()) && tokens.get(verb + 1).isNumber())) {
                return true;
            }
        }
        if (i + 3 >= s.to() || !(tokens.get(i).is("the") || tokens.get(i).is("those")) || !victimHeads.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        int verb = afterAdverb(tokens, i + 2, s.to());
        return INCLUDING_VERBS.contains(tokens.get(verb).lower()) || COPULAS.contains(tokens.get(verb).lower());
    }

    private static final Set<String> INCLUDE_ADVERBS = WordList.of("include-adverbs");

    /**
     * Rule "include-adverb": "The civilians also include 6 children", "They further include ...": an adverb before
     * the verb that opens the parts leaves them parts.
     */
    static int afterAdverb(List<Token> tokens, int at, int to) {
        return at + 1 < to && INCLUDE_ADVERBS.contains(tokens.get(at).lower()) ? at + 1 : at;
    }

    /**
     * Rule "among-named-part": "... among them 30 civilians. Among the civilians are 12 children", "Of the civilians
     * killed, 6 are children": a sentence that opens on "among the" or "of the" and the noun of a figure told just
     * before breaks that figure down.
     */
    static Draft amongNamedPart(Sentence s, List<Token> tokens, List<Draft> earlier) {
        int i = s.from();
        if (i + 3 >= s.to() || !(tokens.get(i).is("among") || tokens.get(i).is("of")) || !tokens.get(i + 1).is("the")) {
            return null;
        }
        return latestNamed(tokens, tokens.get(i + 2).lower(), earlier, NAMED_PART_REACH);
    }

    /**
     * Rule "named-include": "... 15 civilians and 8 fighters. The civilians include 4 children": a sentence that opens
     * on "the" and the noun of a figure told just before, with "include" or a copula after it, breaks that figure down.
     */
    static Draft namedIncludes(Sentence s, List<Token> tokens, List<Draft> earlier) {
        int i = s.from();
        if (i + 3 >= s.to() || !tokens.get(i).is("the")) {
            return null;
        }
        int verb = afterAdverb(tokens, i + 2, s.to());
        if (!(INCLUDING_VERBS.contains(tokens.get(verb).lower()) || COPULAS.contains(tokens.get(verb).lower()))) {
            return null;
        }
        return latestNamed(tokens, tokens.get(i + 1).lower(), earlier, NAMED_PART_REACH);
    }

    static final String NAMED_INCLUDE = "named-include";

    /** The latest of the last {@code reach} figures whose people are named by {@code noun}, not restating another. */
    static Draft latestNamed(List<Token> tokens, String noun, List<Draft> earlier, int reach) {
        for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - reach); k--) {
            Draft d = earlier.get(k);
            int head = d.phrase.headIndex();
            if (d.restates == null && d.phrase.person() != null && head >= 0 && tokens.get(head).is(noun)) {
                return d;
            }
        }
        return null;
    }

    /** The top-level figure a part belongs to at any depth. */
    static Draft root(Draft d) {
        Draft root = d;
        for (int steps = 0; root.parent != null && steps < ReportReading.MAX_NESTING; steps++) {
            root = root.parent;
        }
        return root;
    }

    private static boolean hasClauseBreak(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
