package org.casualtyledger.ingest.extract;

import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/**
 * Rule "hours-ago-repeat": "SOHR published hours ago that 36 fighters were killed ... the organization lost 36 of
 * its members in these clashes": what the monitor published hours ago is told again by the same text, so each
 * figure after the cue restates the matching figure told elsewhere in it (before or after, a part of a total
 * included), and never the other way round. A figure of the same toll and party matches, the nearest of equal value
 * first, or an incident's toll that has risen since; its parts restate the matching parts. A figure published hours
 * ago that the text does not tell again is
 * flagged as published before, like one published yesterday.
 */
final class RecentRepeat {

    static final String NAME = "hours-ago-repeat";
    private static final Set<String> REPORTING = WordList.of("published-before-reporting");
    private static final Set<String> RECENTLY = WordList.of("recently");
    /** How far after the reporting verb "hours ago" may stand: "published on its website hours ago". */
    private static final int CUE_REACH = 5;

    private RecentRepeat() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        java.util.Map<Sentence, int[]> cues = new java.util.HashMap<>();
        for (Draft d : drafts) {
            cues.computeIfAbsent(d.sentence, s -> repeated(tokens, s));
        }
        for (Draft d : drafts) {
            boolean partOfRepeat = d.parent != null && inRepeat(d.parent, cues);
            if (!inRepeat(d, cues) || partOfRepeat) {
                continue;
            }
            if (d.parent != null) {
                // what was published hours ago is a statement of its own: no part of a total told outside it
                d.parent = null;
            }
            Draft told = told(d, drafts, cues, tokens);
            if (told == null) {
                // published before and not told again: kept, flagged, and counted by no tally
                d.flags.add(ClaimFlag.PUBLISHED_BEFORE);
                for (Draft part : drafts) {
                    if (part.parent == d) {
                        part.flags.add(ClaimFlag.PUBLISHED_BEFORE);
                    }
                }
                continue;
            }
            for (Draft other : drafts) {
                if (other.restates == d) {
                    other.restates = other == told ? null : told;
                }
            }
            d.restates = told;
            d.rule = NAME + "-" + d.rule;
            for (Draft part : drafts) {
                if (part.parent == d && part.restates == null) {
                    part.restates = HeadlineBreakdowns.matchingPart(part, told, drafts);
                }
            }
        }
    }

    /** The telling of the same figure outside any "hours ago" statement: of equal value first, then the nearest. */
    private static Draft told(Draft d, List<Draft> drafts, java.util.Map<Sentence, int[]> cues, List<Token> tokens) {
        Draft best = null;
        for (Draft e : drafts) {
            if (e == d || e.sentence.headline() || inRepeat(e, cues) || e.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    || e.restates != null && e.restates != d || !sameFigure(d, e, tokens)
                    || e.value() != d.value() && Math.min(e.value(), d.value()) < ROUNDED && !exactLowerToll(d, e)) {
                continue;
            }
            if (best == null || closer(d, e, best)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The same toll of the same party, or of people of no stated status ("the body of a man" for "a civilian's body").
     * Either way the number is told again within the rounding of a repeat, and two exact numbers are told again as
     * the same number, or as an incident's toll that rose since ({@link #earlierLowerToll}).
     */
    private static boolean sameFigure(Draft d, Draft e, List<Token> tokens) {
        boolean exact = d.count.qualifier() == Qualifier.EXACT && e.count.qualifier() == Qualifier.EXACT;
        boolean close = exact ? d.value() == e.value() || earlierLowerToll(d, e)
                : Math.abs(d.value() - e.value()) <= Math.max(2, Math.round(TOLERANCE * Math.max(d.value(), e.value())));
        if (d.group.equals("PEOPLE") || e.group.equals("PEOPLE")) {
            return Restatements.toll(d.outcome) == Restatements.toll(e.outcome) && close && !oneFighter(d, e);
        }
        if (exact && earlierLowerToll(d, e) && risen(e, tokens)) {
            // "the toll rose to 23 civilians" over "19 civilians" published hours ago: risen by more than a rounding
            return Restatements.toll(d.outcome) == Restatements.toll(e.outcome) && Restatements.sameParty(d.group, e.group);
        }
        return Restatements.sameFigure(d, e) && close;
    }

    /**
     * Rule "earlier-lower-toll": "SOHR published hours ago that 17 civilians had been killed in the bombardment" under
     * "the toll of the bombardment has risen to 23 civilians": an incident's toll published hours ago and risen since is
     * the same toll told again, by its latest count; so a lower exact figure of the same toll, not below half the
     * later one, restates it (the people matched as for any repeat, within a rounding unless the later toll is told as
     * risen); a running total's earlier count does not.
     */
    private static boolean earlierLowerToll(Draft d, Draft e) {
        return d.value() < e.value() && 2 * d.value() >= e.value() && d.scope == Scope.INCIDENT && e.scope == Scope.INCIDENT;
    }

    /** "the toll ... rose to 23", "has risen to 23": the figure is told as a toll that has risen. */
    private static boolean risen(Draft e, List<Token> tokens) {
        for (int i = Math.max(e.sentence.from(), e.quantity.from() - RISE_REACH); i < e.quantity.from(); i++) {
            if (RISES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RISES = WordList.of("rises");
    /** How far before the figure its rising verb stands: "has thus risen to 23". */
    private static final int RISE_REACH = 4;

    /** "published hours ago that 7 civilians were killed" under "the death of 9 civilians": a small toll risen since. */
    private static boolean exactLowerToll(Draft d, Draft e) {
        return d.count.qualifier() == Qualifier.EXACT && e.count.qualifier() == Qualifier.EXACT && earlierLowerToll(d, e);
    }

    /**
     * One person of no stated status ("a man") is someone else than one member of an armed party ("an SDF fighter"):
     * a bulletin names the fighter's party each time it tells of him.
     */
    private static boolean oneFighter(Draft d, Draft e) {
        return d.value() == 1 && e.value() == 1 && (Restatements.isArmedParty(d.group) || Restatements.isArmedParty(e.group));
    }

    private static final double TOLERANCE = 0.15;

    private static boolean closer(Draft d, Draft e, Draft best) {
        boolean equal = e.value() == d.value();
        if (equal != (best.value() == d.value())) {
            return equal;
        }
        if (sameDayToll(e) != sameDayToll(best)) {
            return sameDayToll(e);
        }
        return Math.abs(e.quantity.from() - d.quantity.from()) < Math.abs(best.quantity.from() - d.quantity.from());
    }

    /**
     * Rule "same-day-toll": what was published hours ago is the day's news, so of two equal figures it repeats an
     * incident's own toll rather than a part of a running total ("the body of a man was found" is the body found
     * today, not "a child" listed in the year's toll).
     */
    private static boolean sameDayToll(Draft e) {
        return e.scope == Scope.INCIDENT && e.parent == null;
    }

    static final String SAME_DAY_TOLL = "same-day-toll";

    /** Below this, a figure told again is told with the same number: "three" is never "about five". */
    private static final int ROUNDED = 10;

    private static boolean inRepeat(Draft d, java.util.Map<Sentence, int[]> cues) {
        int[] span = cues.get(d.sentence);
        return span != null && d.quantity.from() >= span[0] && d.quantity.from() < span[1];
    }

    /**
     * The tokens of what was published hours ago: from the reporting verb of "published hours ago that ..." to the
     * clause the sentence coordinates after it (", and the Observatory learned ...", ", while ..."); [-1, -1] if none.
     */
    static int[] repeated(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            if (!REPORTING.contains(tokens.get(i).lower())) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.to(), i + CUE_REACH); k++) {
                if (tokens.get(k).is("that")) {
                    break;
                }
                if (RECENTLY.contains(tokens.get(k).lower()) || earlierToday(tokens, k, s)) {
                    return new int[] {i, clauseEnd(tokens, k, s.to())};
                }
            }
        }
        return new int[] {-1, -1};
    }

    private static final Set<String> EARLIER = WordList.of("earlier");
    private static final Set<String> TIMES_OF_DAY = WordList.of("times-of-day");

    /**
     * Rule "earlier-today-repeat": "published earlier today that", "reported this morning that": a publication of the
     * report's own day is as recent as "hours ago".
     */
    private static boolean earlierToday(List<Token> tokens, int k, Sentence s) {
        if (EARLIER.contains(tokens.get(k).lower())) {
            return PublishedBefore.today(tokens, k, s);
        }
        return tokens.get(k).is("this") && k + 1 < s.to() && TIMES_OF_DAY.contains(tokens.get(k + 1).lower());
    }

    private static int clauseEnd(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (tokens.get(i).is(";") || tokens.get(i).is(",") && NEXT_CLAUSE.contains(tokens.get(i + 1).lower())) {
                return i;
            }
        }
        return to;
    }

    private static final Set<String> NEXT_CLAUSE = Set.of("and", "while", "whereas");
}
