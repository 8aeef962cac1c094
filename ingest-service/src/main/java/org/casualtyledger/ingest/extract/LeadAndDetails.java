package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;

/**
 * A news report states its toll in the lead and tells details after it. A later figure of the same outcome and a
 * compatible group, in a later sentence, is read against the toll told so far:
 * <ul>
 * <li>marked as adding to it ("two more", "another 12", "four others", "were also killed"): a further toll;</li>
 * <li>not larger than it ("Five people were killed ... three women and two men were killed"): a part of the toll,
 * a breakdown child of the lead figure (or a restatement when no single lead figure holds it);</li>
 * <li>larger than it ("at least seven died ... later totals put the dead at 13"): an updated toll, which the
 * earlier figures then restate; a vague amount ("arrested a leader ... detained several suspects") updates
 * nothing, it tells more people.</li>
 * </ul>
 */
final class LeadAndDetails {

    /** Words before a figure that add it to a toll: "another 12", "a further 5", "also killed 3". */
    private static final Set<String> ADDING_BEFORE = WordList.of("adding-before");
    /** Words in or right after the counted phrase: "two more", "four others", "15 other bandits". */
    private static final Set<String> ADDING_AFTER = WordList.of("adding-after");

    private LeadAndDetails() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        if (drafts.isEmpty()) {
            return;
        }
        Paragraphs paragraphs = Paragraphs.of(tokens.get(0).source());
        for (Outcome outcome : Outcome.values()) {
            linkOutcome(candidates(drafts, outcome), drafts, tokens, paragraphs);
        }
    }

    private static List<Draft> candidates(List<Draft> drafts, Outcome outcome) {
        List<Draft> found = new ArrayList<>();
        for (Draft d : drafts) {
            if (same(d.outcome, outcome) && d.parent == null && d.restates == null && d.scope == Scope.INCIDENT
                    && !d.sentence.headline()) {
                found.add(d);
            }
        }
        return found;
    }

    /** An execution is a killing: both tell one toll. */
    private static boolean same(Outcome claimed, Outcome outcome) {
        Outcome normal = claimed == Outcome.EXECUTED ? Outcome.KILLED : claimed;
        return normal == outcome;
    }

    private static void linkOutcome(List<Draft> figures, List<Draft> drafts, List<Token> tokens,
            Paragraphs paragraphs) {
        if (figures.isEmpty()) {
            return;
        }
        List<Draft> told = new ArrayList<>();
        java.util.Map<Draft, Long> parts = new java.util.IdentityHashMap<>();
        int k = 0;
        Sentence lead = figures.get(0).sentence;
        while (k < figures.size() && figures.get(k).sentence == lead) {
            told.add(figures.get(k++));
        }
        EarlierIncident earlier = new EarlierIncident(tokens, lead);
        while (k < figures.size()) {
            Sentence s = figures.get(k).sentence;
            if (FrontedPlace.opens(tokens, s) && !FrontedPlace.roundup(tokens, lead)) {
                // another incident's lead: the tolls told before neither hold nor are updated by its figures
                lead = s;
                told.clear();
                parts.clear();
                earlier = new EarlierIncident(tokens, lead);
                while (k < figures.size() && figures.get(k).sentence == s) {
                    told.add(figures.get(k++));
                }
                continue;
            }
            List<Draft> details = new ArrayList<>();
            boolean otherParagraph = paragraphs.apart(lead, s);
            long toll = otherParagraph ? sum(told) : 0;
            while (k < figures.size() && figures.get(k).sentence == s) {
                Draft d = figures.get(k++);
                if (otherParagraph && Paragraphs.ownToll(d, tokens) && (d.value() <= toll || OtherPlace.apart(d, told))) {
                    continue;
                }
                if (otherParagraph && partyApart(d, told)) {
                    continue;
                }
                if (earlier.dated(d)) {
                    d.rule = EARLIER_INCIDENT_PREFIX + d.rule;
                    continue;
                }
                boolean adds = !OthersContrast.setsApart(d, drafts, tokens)
                        && (additive(d, tokens) || AdditiveFigure.adds(d, tokens)) || afterExecutions(d, told);
                if (compatible(d, told) && !adds && !laterDeath(d, tokens)) {
                    details.add(d);
                } else if (compatible(d, told)) {
                    Draft completed = completedToll(d, told, parts);
                    if (completed != null) {
                        d.parent = completed;
                        d.rule = LAST_PART_PREFIX + d.rule;
                        parts.merge(completed, d.value(), Long::sum);
                    } else {
                        if (laterDeath(d, tokens)) {
                            d.rule = LATER_DEATH_PREFIX + d.rule;
                        }
                        told.add(d);
                    }
                }
            }
            readDetails(details, told, parts, tokens);
        }
    }

    /**
     * Rule "party-apart": "7 people were injured by the landmine ... [another paragraph] killing 13 members of the
     * organization and wounding about 20 others": a later paragraph's figure of one armed party tells the fighting,
     * neither a part nor an update of a toll of people or civilians told before.
     */
    private static boolean partyApart(Draft d, List<Draft> told) {
        if (!Restatements.isArmedParty(d.group) || told.isEmpty()) {
            return false;
        }
        for (Draft t : told) {
            if (!Restatements.isGeneric(t.group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "after-executions": "ISIS executed a man and his two sons ... ISIS lost 6 of its members in clashes": people
     * killed after a toll of executions died in another event; they neither update nor break down the executions.
     */
    private static boolean afterExecutions(Draft d, List<Draft> told) {
        if (d.outcome != Outcome.KILLED || told.isEmpty()) {
            return false;
        }
        for (Draft t : told) {
            if (t.outcome != Outcome.EXECUTED) {
                return false;
            }
        }
        return true;
    }

    static final String LAST_PART_PREFIX = "last-part-";
    static final String EARLIER_INCIDENT_PREFIX = "earlier-incident-";
    /** Only the first figures told can be the lead whose parts are completed: the work stays linear. */
    private static final int MAX_LEADS = 8;

    /**
     * "At least 20 people were killed ... 8 died in the market, 5 at the school. Another 7 were killed at the
     * bakery": an added figure that brings the parts told so far exactly to the lead's toll is its last part.
     */
    private static Draft completedToll(Draft d, List<Draft> told, java.util.Map<Draft, Long> parts) {
        for (int k = 0; k < Math.min(told.size(), MAX_LEADS); k++) {
            Draft t = told.get(k);
            Long sofar = parts.get(t);
            if (sofar != null && sofar + d.value() == t.value() && groupsMatch(t.group, d.group)) {
                return t;
            }
        }
        return null;
    }

    private static void readDetails(List<Draft> details, List<Draft> told, java.util.Map<Draft, Long> parts,
            List<Token> tokens) {
        if (details.isEmpty()) {
            return;
        }
        long toll = sum(told);
        if (sum(details) <= toll) {
            for (Draft d : details) {
                Draft holder = holder(d, told);
                if (holder != null) {
                    d.parent = holder;
                    parts.merge(holder, d.value(), Long::sum);
                } else {
                    d.restates = told.get(0);
                }
            }
            return;
        }
        if (vague(details)) {
            told.addAll(details);
            return;
        }
        Draft update = largest(details);
        List<Draft> sameTelling = new ArrayList<>();
        for (Draft earlier : told) {
            if (earlier.sentence == update.sentence) {
                // "Commander X alongside nine of his comrades were killed": a companion told with the update adds to it
                sameTelling.add(earlier);
            } else if (OnePersonApart.besides(earlier, update, tokens)) {
                earlier.rule = OnePersonApart.NAME + "-" + earlier.rule;
                sameTelling.add(earlier);
            } else {
                earlier.restates = update;
            }
        }
        told.clear();
        told.addAll(sameTelling);
        told.addAll(details);
    }

    /** The lead figure that can hold the detail as a part: the largest of a compatible group not smaller than it. */
    private static Draft holder(Draft d, List<Draft> told) {
        Draft best = null;
        for (Draft t : told) {
            if (t.value() >= d.value() && groupsMatch(t.group, d.group) && (best == null || t.value() > best.value())) {
                best = t;
            }
        }
        return best;
    }

    private static boolean compatible(Draft d, List<Draft> told) {
        for (Draft t : told) {
            if (groupsMatch(t.group, d.group)) {
                return true;
            }
        }
        return false;
    }

    /** "people" may be anyone; civilians and fighters are not one toll. */
    private static boolean groupsMatch(String a, String b) {
        return a.equals(b) || a.equals("PEOPLE") || b.equals("PEOPLE");
    }

    /** A cue at the figure that it adds to what was told: "another 12", "two more", "four others", "were also killed". */
    static boolean additive(Draft d, List<Token> tokens) {
        if ("companion".equals(d.rule) || PossessorsCompanions.tells(d, tokens)) {
            return true;
        }
        for (int i = Math.max(d.sentence.from(), d.quantity.from() - 2); i < d.quantity.from(); i++) {
            if (ADDING_BEFORE.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        int phraseEnd = Math.min(d.sentence.to(), Math.max(d.phrase.to(), d.quantity.to() + 1));
        for (int i = d.quantity.to(); i < phraseEnd; i++) {
            if (ADDING_AFTER.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return d.outcomeFrom > d.quantity.to() && (tokens.get(d.outcomeFrom - 1).is("also")
                || d.outcomeFrom - 2 >= d.sentence.from() && tokens.get(d.outcomeFrom - 2).is("also"));
    }

    private static final Set<String> LATER = WordList.of("later");
    private static final Set<String> WOUNDS = WordList.of("wounds");
    static final String LATER_DEATH_PREFIX = "later-death-";

    /**
     * Rule "later-death": "The mayor later died of his wounds", "one of whom died later", "21 were taken to
     * hospital, where one died": a death told after the toll, of someone hurt in it, happened after the toll was
     * counted, so it adds to the toll instead of breaking it down.
     */
    static boolean laterDeath(Draft d, List<Token> tokens) {
        if (d.outcome != Outcome.KILLED || d.outcomeFrom < 0 || !isDied(tokens.get(d.outcomeFrom))) {
            return false;
        }
        int from = Math.max(d.sentence.from(), d.outcomeFrom - 2);
        int to = Math.min(d.sentence.to(), d.outcomeTo + 1);
        for (int i = from; i < to; i++) {
            if (LATER.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        int of = d.outcomeTo;
        if (of + 2 < d.sentence.to() && (tokens.get(of).is("of") || tokens.get(of).is("from"))
                && (WOUNDS.contains(tokens.get(of + 1).lower()) || WOUNDS.contains(tokens.get(of + 2).lower()))) {
            return true;
        }
        return hospitalWhere(d, tokens);
    }

    private static boolean isDied(Token t) {
        return t.is("died") || t.is("succumbed");
    }

    /** "were taken to hospital, where one died". */
    private static boolean hospitalWhere(Draft d, List<Token> tokens) {
        int where = d.quantity.from() - 1;
        if (where - 2 < d.sentence.from() || !tokens.get(where).is("where")) {
            return false;
        }
        int before = tokens.get(where - 1).is(",") ? where - 2 : where - 1;
        return tokens.get(before).is("hospital");
    }

    /** "several suspects" after "a gang leader": a loose amount updates no toll. */
    private static boolean vague(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.count.qualifier() == org.casualtyledger.claim.Qualifier.VAGUE) {
                return true;
            }
        }
        return false;
    }

    private static long sum(List<Draft> drafts) {
        long total = 0;
        for (Draft d : drafts) {
            total += d.count.reported();
        }
        return total;
    }

    private static Draft largest(List<Draft> drafts) {
        Draft best = drafts.get(0);
        for (Draft d : drafts) {
            if (d.value() > best.value()) {
                best = d;
            }
        }
        return best;
    }
}
