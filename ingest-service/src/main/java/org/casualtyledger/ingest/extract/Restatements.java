package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/**
 * A figure that repeats another of the same report: a headline restating the body ("About 35" for "34 at least"),
 * or a body figure repeated "as published hours ago". Restated figures are never counted twice.
 */
final class Restatements {

    private static final double TOLERANCE = 0.15;

    private Restatements() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        for (Draft d : drafts) {
            if (d.sentence.headline() && d.parent == null) {
                d.restates = bestBodyMatch(d, drafts, tokens);
            } else if (d.titled && d.parent == null) {
                d.restates = equalBodyFigure(d, drafts);
            }
        }
        HeadlineBreakdowns.link(drafts);
        linkVerbatimRepeats(drafts, tokens);
        linkNamedVictims(drafts, tokens);
        Set<Draft> additive = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Draft> addsToAnyToll = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Draft d : drafts) {
            if (OthersContrast.setsApart(d, drafts, tokens)) {
                continue;
            }
            if (AdditiveFigure.adds(d, tokens)) {
                additive.add(d);
            }
            if (additive.contains(d) || LeadAndDetails.additive(d, tokens)) {
                addsToAnyToll.add(d);
            }
        }
        // "killed 5 and wounded several others": "others" sets the wounded apart from the dead, not from one another
        Paragraphs paragraphs = Paragraphs.of(tokens.get(0).source());
        linkUpdates(drafts, addsToAnyToll, tokens, paragraphs);
        linkVagueRestatements(drafts, additive, paragraphs);
        Map<String, List<Draft>> byFigure = new HashMap<>();
        for (Draft d : drafts) {
            String key = toll(d.outcome) + "|" + d.scope + "|" + d.value();
            List<Draft> earlier = byFigure.computeIfAbsent(key, k -> new ArrayList<>());
            boolean companion = "companion".equals(d.rule);
            if (d.restates == null && d.parent == null && !d.sentence.headline() && !additive.contains(d) && !companion) {
                d.restates = earlierRepeat(d, earlier, tokens, paragraphs);
                if (d.restates != null && d.restates.sentence == d.sentence && reportedBetween(d.restates, d, tokens)) {
                    d.rule = REPORTED_REPEAT_PREFIX + d.rule;
                }
            }
            if (d.restates == null && d.parent == null && !d.sentence.headline() && earlier.size() < MAX_KEPT) {
                earlier.add(d);
            }
        }
    }

    private static final int MAX_KEPT = 8;
    /** Words after a figure (and half as many before it, within its sentence) that must repeat word for word. */
    private static final int VERBATIM_CONTEXT = 6;

    /**
     * A passage printed twice (a lead repeated under the title, a paragraph pasted again): a figure whose words
     * around it repeat an earlier figure's word for word is the same statement, even of "other" or "more" people.
     */
    private static void linkVerbatimRepeats(List<Draft> drafts, List<Token> tokens) {
        Map<String, Draft> seen = new HashMap<>();
        for (Draft d : drafts) {
            if (d.parent != null || d.quantity.to() + 2 * VERBATIM_CONTEXT > tokens.size()) {
                continue;
            }
            StringBuilder key = new StringBuilder().append(d.outcome).append('|');
            for (int i = Math.max(d.sentence.from(), d.quantity.from() - VERBATIM_CONTEXT / 2); i < d.quantity.to() + 2 * VERBATIM_CONTEXT; i++) {
                key.append(tokens.get(i).lower()).append(' ');
            }
            Draft first = seen.putIfAbsent(key.toString(), d);
            if (first != null && d.restates == null && d.quantity.from() - first.quantity.to() > 2 * VERBATIM_CONTEXT) {
                d.restates = first;
                d.rule = VERBATIM_PREFIX + d.rule;
            }
        }
    }

    static final String VERBATIM_PREFIX = "verbatim-";
    private static final double UPDATE_BAND = 0.35;

    /**
     * A news report restates its lead: a later incident figure of the same outcome and a compatible group, in
     * another sentence (or a toll estimate in the same one), within 35 % of the first one and with no place of its own
     * that differs, is the same toll told again ("killing more than 40 people ... At least 45 people have been
     * killed"). Vague amounts are left to {@link #linkVagueRestatements}; figures of people "also" killed or "other"
     * people are never updates.
     */
    private static void linkUpdates(List<Draft> drafts, Set<Draft> additive, List<Token> tokens, Paragraphs paragraphs) {
        Map<Outcome, Draft> lead = new EnumMap<>(Outcome.class);
        Map<Outcome, Draft> latest = new EnumMap<>(Outcome.class);
        for (Draft d : drafts) {
            Draft previous = latest.put(toll(d.outcome), d);
            if (d.parent != null || d.restates != null || d.scope != Scope.INCIDENT
                    || d.count.qualifier() == Qualifier.VAGUE) {
                continue;
            }
            Draft first = lead.get(toll(d.outcome));
            if (first == null) {
                lead.put(toll(d.outcome), d);
                continue;
            }
            if (additive.contains(d) || first.sentence == d.sentence && !reestimates(first, d, previous, tokens)) {
                continue;
            }
            if (reestimates(first, d, previous, tokens)) {
                laterStands(lead, first, d, TOLL_ESTIMATE_PREFIX);
            } else if (sameToll(first, d) && !partyApart(first, d, paragraphs) && !NamedSettlements.apart(tokens, first, d)) {
                if (refines(first, d, drafts)) {
                    laterStands(lead, first, d, REFINED_TOLL_PREFIX);
                } else {
                    d.restates = first;
                }
            }
        }
    }

    /**
     * Rule "party-apart": "the number of people killed in the airstrikes rose to 28 ... [another paragraph] the losses
     * of the regime forces in the clashes climbed to 19": a bulletin's later paragraph that counts the dead of one
     * armed party tells the fighting, not the toll of people told before it.
     */
    private static boolean partyApart(Draft lead, Draft later, Paragraphs paragraphs) {
        return isGeneric(lead.group) && isArmedParty(later.group) && paragraphs.apart(lead.sentence, later.sentence);
    }

    /** The later telling stands for the toll: the lead restates it, and later figures are weighed against it. */
    private static void laterStands(Map<Outcome, Draft> lead, Draft first, Draft later,
            String rulePrefix) {
        first.restates = later;
        later.rule = rulePrefix + later.rule;
        lead.put(toll(later.outcome), later);
    }

    /** Rule "toll-estimate" applies: the estimate follows the lead (or its repeat) directly, for a compatible group. */
    private static boolean reestimates(Draft first, Draft d, Draft previous, List<Token> tokens) {
        return tollEstimate(d, tokens) && (previous == first || previous.restates == first) && first.restates == null
                && (sameParty(first.group, d.group) || isGeneric(first.group) || isGeneric(d.group));
    }

    static final String REFINED_TOLL_PREFIX = "refined-toll-";

    /**
     * Rule "refined-toll": a lead told once that gives only a bound ("more than 40", "at least 18") and a later
     * figure of the same toll above it ("43 died", "19 were killed"): the later figure agrees with the bound and says
     * more, so it stands and the lead restates it. A bound told again (a title and its lead, a repeat) is the
     * report's own toll and stands.
     */
    private static boolean refines(Draft lead, Draft later, List<Draft> drafts) {
        Qualifier q = lead.count.qualifier();
        boolean bound = q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN;
        if (!bound || lead.restates != null || lead.titled || later.value() <= lead.value()) {
            return false;
        }
        for (Draft other : drafts) {
            if (other != lead && toll(other.outcome) == toll(lead.outcome) && (other.value() == lead.value() || other.restates == lead
                    || other.titled || other.sentence.headline())) {
                return false;
            }
        }
        return true;
    }

    static final String TOLL_ESTIMATE_PREFIX = "toll-estimate-";
    private static final Set<String> ESTIMATE_VERBS = WordList.of("estimate-verbs");

    /**
     * Rule "toll-estimate": "Another website put the death toll at seven", "locals placed the toll at 12": a later
     * sentence that sets the toll of the event told right before gives another estimate of that toll, never a
     * second event; the later estimate stands and the lead restates it. The lead told again in between ("in addition
     * to the nine killed") is still the event told right before, and so is a lead of the same sentence ("officials
     * said five were killed, but rescuers put the death toll at nine"). When a detail stands between them ("at
     * least 23 were killed in the village ... put the death toll at 30"), the estimate may be the detail's: left
     * to the other rules.
     */
    private static boolean tollEstimate(Draft d, List<Token> tokens) {
        if (d.outcomeFrom < 0 || !tokens.get(d.outcomeTo - 1).is("toll")) {
            return false;
        }
        for (int i = Math.max(d.sentence.from(), d.outcomeFrom - 3); i < d.outcomeFrom; i++) {
            if (ESTIMATE_VERBS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A victim named without a figure ("killed the owner") in a report that states a larger toll of the same
     * outcome is one of that toll: a breakdown child of it, never added to it. A figure coordinated with the
     * victim ("detained the leader along with three of his associates") counts the others, so it is no such toll.
     * A victim who died later of wounds ("the mayor later died") was not in the toll: rule "later-death". Only a
     * toll of people or civilians holds a named victim: "the governor was killed ... several soldiers were also
     * killed" names a victim besides the soldiers. A victim told in another paragraph than the toll is of another
     * incident ("other-paragraph"), and so is one told in a sentence that opens on a place of its own ("In the city
     * of al-Sanamayn, a member of the Military Security was shot dead", rule "fronted-place"), and so is one told
     * before the toll in the toll's own sentence ("a man and his son were killed ..., and the bodies of 4 men were
     * found"). A toll published before holds no victim of the text's own events.
     */
    private static void linkNamedVictims(List<Draft> drafts, List<Token> tokens) {
        Draft largest = null;
        for (Draft d : drafts) {
            if (d.parent == null && d.scope == Scope.INCIDENT && !d.rule.startsWith("one-victim")
                    && !d.rule.endsWith("coordinated-object")
                    && d.value() >= NAMED_VICTIM_TOTAL && (largest == null || d.value() > largest.value())
                    && !d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    && isGeneric(d.group)) {
                largest = d;
            }
        }
        if (largest == null) {
            return;
        }
        Paragraphs paragraphs = Paragraphs.of(tokens.get(0).source());
        for (Draft d : drafts) {
            boolean diedLater = d.sentence.index() > largest.sentence.index() && LeadAndDetails.laterDeath(d, tokens);
            if (d.rule.startsWith("one-victim") && d.outcome == largest.outcome && d.parent == null && !diedLater
                    && !(d.sentence == largest.sentence && d.quantity.from() < largest.quantity.from())
                    && !paragraphs.apart(largest.sentence, d.sentence) && !AnotherIsNew.tells(d, tokens)
                    && !(d.sentence != largest.sentence && FrontedPlace.opens(tokens, d.sentence) && !FrontedPlace.roundup(tokens, largest.sentence))) {
                d.parent = largest;
            }
        }
    }

    private static final int NAMED_VICTIM_TOTAL = 3;

    /**
     * "Dozens were killed" beside "At least 48 people were killed" in one report: the vague amount tells the
     * same toll loosely and restates the precise figure: when the precise figure lies in the vague range, and across
     * sentences (a summary and its details) when the precise figure counts several people. A plural vague amount
     * never restates one person ("arrested a leader ... detained several suspects"), nor does one that adds people
     * ("several other militants", "were also detained"). A bulletin tells one incident a paragraph: a vague amount
     * told beside precise figures of its own ("killing 2 civilians ... injuring tens of civilians") in a later
     * paragraph is of that paragraph's incident, never a restatement of an earlier paragraph's figure (rule
     * "other-paragraph"), nor is one of another group ("the death of 62 people ... [a later paragraph] the death of
     * dozens of ISIS members"); a vague lead that a later paragraph details still restates it.
     */
    private static void linkVagueRestatements(List<Draft> drafts, Set<Draft> additive, Paragraphs paragraphs) {
        for (Draft d : drafts) {
            if (d.count.qualifier() != Qualifier.VAGUE || d.parent != null || d.restates != null
                    || d.scope != Scope.INCIDENT || additive.contains(d)) {
                continue;
            }
            for (Draft precise : drafts) {
                if (precise != d && toll(precise.outcome) == toll(d.outcome) && precise.parent == null && precise.restates == null
                        && precise.scope == d.scope && precise.count.qualifier() != Qualifier.VAGUE
                        && (precise.group.equals(d.group) || isGeneric(precise.group) || isGeneric(d.group))
                        && (inVagueRange(precise, d) || precise.sentence != d.sentence && precise.value() > 1)
                        && !(laterParagraph(d, precise, paragraphs) && (tellsOwnFigures(d, drafts) || !precise.group.equals(d.group)))) {
                    d.restates = precise;
                    break;
                }
            }
        }
    }

    private static boolean laterParagraph(Draft vague, Draft precise, Paragraphs paragraphs) {
        return vague.sentence.index() > precise.sentence.index() && paragraphs.apart(precise.sentence, vague.sentence);
    }

    /** Another figure of the vague amount's sentence that counts several people precisely and on its own. */
    private static boolean tellsOwnFigures(Draft vague, List<Draft> drafts) {
        for (Draft o : drafts) {
            if (o != vague && o.parent == null && o.sentence == vague.sentence && o.value() > 1
                    && o.count.qualifier() != Qualifier.VAGUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean inVagueRange(Draft precise, Draft vague) {
        return precise.value() >= vague.count.low() && (vague.count.high() == null || precise.value() <= vague.count.high());
    }

    private static boolean sameToll(Draft first, Draft later) {
        boolean groups = first.group.equals(later.group) || (isGeneric(first.group) || isGeneric(later.group)) && !civiliansAndFighters(first.group, later.group);
        double low = first.count.low() * (1 - UPDATE_BAND);
        double high = Math.max(first.count.best(), first.count.low()) * (1 + UPDATE_BAND);
        boolean close = later.count.best() >= low && later.count.best() <= high;
        return groups && close && samePlace(first, later) && !otherPeople(first, later);
    }

    /**
     * "militants" and "ISIS fighters", "terrorists" and "Nusra Front militants": fighters of no named side may be
     * the fighters of any armed party, so a headline and its body can name them differently.
     */
    static boolean sameParty(String a, String b) {
        return a.equals(b) || a.equals("FIGHTERS") && isArmedParty(b) || b.equals("FIGHTERS") && isArmedParty(a);
    }

    static boolean isArmedParty(String group) {
        return !group.equals("CIVILIANS") && !group.equals("DETAINEES") && !group.equals("PEOPLE");
    }

    /**
     * Civilians and the members of an armed party are two sets of people: "34 civilians were killed" is never told
     * again as "36 fighters of the organization were killed".
     */
    private static boolean civiliansAndFighters(String a, String b) {
        return a.equals("CIVILIANS") && isArmedParty(b) || b.equals("CIVILIANS") && isArmedParty(a);
    }

    /** The executed are killed: "ISIS executed 30 men" and "30 were killed" may tell one toll. */
    static Outcome toll(Outcome outcome) {
        return outcome == Outcome.EXECUTED ? Outcome.KILLED : outcome;
    }

    static boolean isGeneric(String group) {
        return group.equals("PEOPLE") || group.equals("CIVILIANS");
    }

    private static boolean samePlace(Draft a, Draft b) {
        if (a.location == null || b.location == null) {
            return true;
        }
        String pa = a.location.name() != null ? a.location.name() : a.location.asWritten();
        String pb = b.location.name() != null ? b.location.name() : b.location.asWritten();
        return pa.equalsIgnoreCase(pb) || a.location.resolved() != b.location.resolved();
    }

    /**
     * Rule "other-settlement" by the gazetteer: "3 civilians were killed in al-Bara ... 3 civilians were killed in Kafr Nabl": equal figures
     * told of two named places are two tolls. A place and the province it lies in ("in Idlib" and "in the town of
     * Kafr Nabl") may name one incident. Places count only where the gazetteer resolved both: a name it lacks may be a
     * region that holds the other ("in the South West Region ... In Buea").
     */
    private static boolean placesApart(Draft a, Draft b) {
        if (a.location == null || b.location == null || !a.location.resolved() || !b.location.resolved()) {
            return false;
        }
        String pa = a.location.name();
        String pb = b.location.name();
        return !pa.equalsIgnoreCase(pb) && !pa.equalsIgnoreCase(b.location.province()) && !pb.equalsIgnoreCase(a.location.province());
    }

    /** ", and", ", while" or ";" between the two figures: a clause of its own. */
    private static boolean clauseBreakBetween(Draft e, Draft d, List<Token> tokens) {
        for (int i = e.quantity.to(); i + 1 < d.quantity.from(); i++) {
            if (tokens.get(i).is(";") || tokens.get(i).is(",") && (tokens.get(i + 1).is("and") || tokens.get(i + 1).is("while"))) {
                return true;
            }
        }
        return false;
    }

    /** "a child" and "a woman", "12 children" and "12 women": figures of other kinds of people are two tolls. */
    private static boolean otherPeople(Draft a, Draft b) {
        return a.subgroup != null && b.subgroup != null && !a.subgroup.equals(b.subgroup);
    }

    /** Within one sentence, a repeat must stand this many tokens away: "5 soldiers and 5 civilians" are two figures. */
    private static final int SAME_SENTENCE_GAP = 12;

    /**
     * A figure repeated in a later sentence ("Five people were killed ... five people were killed in the attack"),
     * or named with a definite article ("of the 181 injured"), restates the first statement of it. Figures of other
     * kinds of people ("killed a child ... a woman died") are two tolls, whatever their number; a person named anew
     * with "a" in a later clause of the earlier figure's sentence ("the body of a man was found, and ..., killing a
     * civilian") is another person.
     */
    private static Draft earlierRepeat(Draft d, List<Draft> earlier, List<Token> tokens, Paragraphs paragraphs) {
        if (AnotherIsNew.tells(d, tokens)) {
            return null;
        }
        boolean definite = d.quantity.from() > 0 && tokens.get(d.quantity.from() - 1).is("the");
        boolean newPerson = d.quantity.article() && d.value() == 1;
        for (Draft e : earlier) {
            boolean sameValue = e.value() == d.value();
            boolean compatibleGroups = sameParty(e.group, d.group) || e.group.equals("PEOPLE") || d.group.equals("PEOPLE");
            boolean apart = e.sentence != d.sentence || d.quantity.from() - e.quantity.to() > SAME_SENTENCE_GAP
                    || ownStatements(e, d, tokens);
            boolean anotherClause = newPerson && e.sentence == d.sentence && clauseBreakBetween(e, d, tokens);
            if (sameValue && !otherPeople(e, d) && !anotherClause && !oneWord(e, d) && !(newPerson && otherNoun(e, d) && paragraphs.apart(e.sentence, d.sentence))
                    && !(!definite && kin(e, tokens) && otherNoun(e, d))
                    && !placesApart(e, d) && !NamedSettlements.apart(tokens, e, d) && (definite || (apart && compatibleGroups))) {
                return e;
            }
        }
        return null;
    }

    /**
     * "the death of a pharmacist and his 2 sons ... 2 civilians were killed in the town of X": kin counted through a
     * possessive are the family of the person named with them, never the people of a later figure of another noun.
     */
    private static boolean kin(Draft e, List<Token> tokens) {
        int before = e.quantity.from() - 1;
        return before >= 0 && KIN_POSSESSIVES.contains(tokens.get(before).lower());
    }

    private static final Set<String> KIN_POSSESSIVES = WordList.of("coordinated-object-possessives");

    /**
     * "A young man succumbed to his wounds ... [another paragraph] A member of HTS was killed": one person introduced
     * with "a" in a paragraph of its own is someone not told before, unless named in the same words as the earlier one
     * ("a child was killed ... a child was killed"). Within a paragraph a news report may name one person again in
     * other words ("a Taliban facilitator ... detained the facilitator").
     */
    private static boolean otherNoun(Draft e, Draft d) {
        return e.groupAsWritten != null && d.groupAsWritten != null
                && !Tokenizer.fold(e.groupAsWritten).equals(Tokenizer.fold(d.groupAsWritten));
    }

    /**
     * Rule "coordinated-victims": "the killing of a young man and a woman" reads both victims off one outcome word;
     * people told by one and the same word are never a repeat of each other, whatever article opens the word.
     */
    private static boolean oneWord(Draft e, Draft d) {
        return e.sentence == d.sentence && e.quantity.from() == d.quantity.from();
    }

    /**
     * "16 civilians dead in strikes near the town At least 16 civilians were killed ...": a headline run into its
     * lead without a stop. Two figures of one sentence that each have an outcome word of their own are two
     * statements, unlike "5 soldiers and 5 civilians were killed", where both share one verb, or "arrested one
     * leader and detained one suspect", where "and" joins two sets of people.
     */
    private static boolean ownStatements(Draft e, Draft d, List<Token> tokens) {
        if (e.outcomeFrom < 0 || d.outcomeFrom < 0 || e.outcomeFrom == d.outcomeFrom
                || d.quantity.from() - e.quantity.to() < MIN_STATEMENT_GAP) {
            return false;
        }
        if (reportedBetween(e, d, tokens)) {
            return true;
        }
        for (int i = e.quantity.to(); i < d.quantity.from(); i++) {
            if (tokens.get(i).is("and") || tokens.get(i).is(",") || tokens.get(i).is("while")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "reported-repeat": "the group said it killed two guards, stating that two guards were killed": a figure
     * told again in the words of a report, after a reporting verb, is the same statement, whatever joins them.
     */
    private static boolean reportedBetween(Draft e, Draft d, List<Token> tokens) {
        for (int i = e.quantity.to(); i < d.quantity.from(); i++) {
            if (REPORTING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    static final String REPORTED_REPEAT_PREFIX = "reported-repeat-";
    private static final Set<String> REPORTING = WordList.of("restatements-reporting");

    /** "killed 5 soldiers and wounded 5 civilians" stand closer than this. */
    private static final int MIN_STATEMENT_GAP = 3;

    /**
     * The body figure a headline figure restates: the closest of the same toll, party and scope; failing that, of
     * another scope ("Sixteen detainees died under torture" over "the death of 16 detainees ... during July", whose
     * period the headline leaves out), whose scope the headline then takes (rule "restated-scope").
     */
    private static Draft bestBodyMatch(Draft headline, List<Draft> drafts, List<Token> tokens) {
        Draft best = bestBodyMatch(headline, drafts, true);
        best = best != null ? namedAlike(headline, best, drafts, tokens) : null;
        best = best != null ? best : bestBodyMatch(headline, drafts, false);
        best = best != null ? best : bodyPart(headline, drafts);
        best = best != null ? best : PeopleHeadline.bodyFigure(headline, drafts);
        return best != null ? best : HeadlineSum.firstPart(headline, drafts);
    }

    /**
     * Rule "headline-place": "ISIS cells kill 4 SDF members near Dhiban" over "killing 4 members of the SDF [near
     * al-Shuhayl] ... 4 SDF members were killed near the village of Dhiban": of body figures that match the headline
     * equally well, the one whose sentence names the headline's places restates it.
     */
    private static Draft namedAlike(Draft headline, Draft best, List<Draft> drafts, List<Token> tokens) {
        Set<String> names = names(tokens, headline.sentence);
        if (names.isEmpty()) {
            return best;
        }
        long distance = Math.abs(best.value() - headline.value());
        Draft chosen = best;
        int shared = shared(names, tokens, best.sentence);
        for (Draft body : drafts) {
            if (body == best || body.sentence.headline() || body.parent != null || body.scope != best.scope
                    || !sameFigure(headline, body) || Math.abs(body.value() - headline.value()) != distance) {
                continue;
            }
            int own = shared(names, tokens, body.sentence);
            if (own > shared) {
                chosen = body;
                shared = own;
            }
        }
        return chosen;
    }

    /** The capitalised words of a sentence after its first: the names it tells. */
    private static Set<String> names(List<Token> tokens, Sentence s) {
        Set<String> names = new java.util.HashSet<>();
        for (int i = s.from() + 1; i < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.capitalized() || FrontedPlace.articledName(t)) {
                names.add(t.text());
            }
        }
        return names;
    }

    private static int shared(Set<String> names, List<Token> tokens, Sentence s) {
        Set<String> own = names(tokens, s);
        own.retainAll(names);
        return own.size();
    }

    /**
     * Rule "headline-part": "the number of civilians killed since April exceeds 730" over the body's "2,517 killed
     * ...: 736 civilians, 641 fighters ...": a headline figure that no total of the body tells may tell one of its
     * parts, of the same group by name, again.
     */
    private static Draft bodyPart(Draft headline, List<Draft> drafts) {
        Draft best = null;
        for (Draft body : drafts) {
            if (body.sentence.headline() || body.parent == null || !body.group.equals(headline.group) || !sameFigure(headline, body)) {
                continue;
            }
            if (best == null || Math.abs(body.value() - headline.value()) < Math.abs(best.value() - headline.value())) {
                best = body;
            }
        }
        return best;
    }

    private static Draft bestBodyMatch(Draft headline, List<Draft> drafts, boolean sameScope) {
        return bestBodyMatch(headline, drafts, sameScope, body -> true);
    }

    /** The closest body figure of the same toll and party that {@code eligible} accepts, of the headline's scope if asked. */
    static Draft bestBodyMatch(Draft headline, List<Draft> drafts, boolean sameScope, Predicate<Draft> eligible) {
        Draft best = null;
        for (Draft body : drafts) {
            if (body.sentence.headline() || body.parent != null || !sameFigure(headline, body)
                    || sameScope && body.scope != headline.scope || !eligible.test(body)) {
                continue;
            }
            if (best == null || Math.abs(body.value() - headline.value()) < Math.abs(best.value() - headline.value())) {
                best = body;
            }
        }
        return best;
    }

    /** The first later figure of the same toll, party and value, in another sentence. */
    private static Draft equalBodyFigure(Draft title, List<Draft> drafts) {
        for (Draft body : drafts) {
            if (body != title && body.sentence != title.sentence && body.parent == null && !body.titled
                    && body.value() == title.value() && body.scope == title.scope && sameFigure(title, body)
                    && body.sentence.start() > title.sentence.start()) {
                return body;
            }
        }
        return null;
    }

    static boolean sameFigure(Draft a, Draft b) {
        if (toll(a.outcome) != toll(b.outcome) || !sameParty(a.group, b.group)) {
            return false;
        }
        long diff = Math.abs(a.value() - b.value());
        return diff <= Math.max(2, Math.round(TOLERANCE * Math.max(a.value(), b.value())));
    }
}
