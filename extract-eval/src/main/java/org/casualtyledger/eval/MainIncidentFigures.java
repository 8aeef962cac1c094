package org.casualtyledger.eval;

import org.casualtyledger.claim.DocumentFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/**
 * The toll of a news article's main incident. FA-KES codes "only the article's main incident(s) ..., so other figures
 * in the text are not errors" (the data set's coding notes): an article that leads with a bombing and later recalls an
 * earlier attack or a war-wide figure counts the bombing alone, where the plain reduction adds them all.
 *
 * <p>A news article leads with its main incident (the inverted pyramid), so the rule reads it from the claims in
 * text order:
 * <ol>
 * <li>the lead claim is the first incident claim of the outcome (never a breakdown child, never a running total); a
 * headline claim counts even when it restates a body figure;</li>
 * <li>when the lead restates another claim that tells the same incident, the restated one is the fuller telling and
 * stands for it, and so on along the chain. A restated claim tells the same incident when it is about the same
 * figure (a headline's "kills 15" for the body's "at least 15"), when the lead is a vague amount ("Dozens killed" for
 * the body's 41), or when it stands within the lead passage ({@link #LEAD_PASSAGE_CHARS} of the lead: "five children
 * and four staff killed ... strikes that killed 13 people"). A larger toll further down the article ("elsewhere, 12
 * people were killed"; a war-wide 6,000) is another incident, even where the extractor reads it as an update;</li>
 * <li>the toll is that claim plus the other incident tolls of its sentence ("11 civilians and 43 fighters were
 * killed"): top-level claims, and claims the extractor read as restating a toll of another incident (by the test of
 * step 2); never a breakdown child or a running total;</li>
 * <li>when the lead passage repeats that claim's figure (a title "34 Fighters Killed", then "the commander and at
 * least 34 of his comrades were killed"), the repeat's sentence is another telling of the same toll: the fuller of
 * the two sentence tolls stands.</li>
 * </ol>
 * Each claim counts its number as stated: FA-KES's coders wrote "more than 120 killed" as 120, not the README's lower
 * bound 121 (on the dev file, counting the stated number rather than the lower bound turns 27 of the 392 documents
 * from wrong to right and one from right to wrong). A document with no such claim has no figure (0). The same rule holds for every
 * document.
 */
final class MainIncidentFigures {

    /** About a news lead and the sentence or two after it. */
    static final int LEAD_PASSAGE_CHARS = 400;
    /** A restated figure within this share of the lead's is the same figure told again (the extractor's tolerance). */
    private static final double SAME_FIGURE_TOLERANCE = 0.15;

    private MainIncidentFigures() {
    }

    static long total(String text, List<Claim> claims, Outcome outcome) {
        List<Claim> incident = incidentClaims(claims, outcome);
        if (incident.isEmpty()) {
            return 0;
        }
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        Claim lead = fullerTelling(incident.get(0), byId, claims.size());
        Claim repeat = bodyRepeat(lead, incident);
        long toll = sentenceToll(lead, lead, incident, byId);
        return repeat == null ? toll : Math.max(toll, sentenceToll(repeat, lead, incident, byId));
    }

    /** The telling and the other tolls of its sentence, never the lead a repeat repeats. */
    private static long sentenceToll(Claim telling, Claim lead, List<Claim> incident, Map<String, Claim> byId) {
        long toll = 0;
        for (Claim c : incident) {
            if (c == telling || (c != lead && ownToll(c, byId) && sameSentence(c, telling))) {
                toll += c.count().value();
            }
        }
        return toll;
    }

    private static List<Claim> incidentClaims(List<Claim> claims, Outcome outcome) {
        List<Claim> incident = new ArrayList<>();
        for (Claim c : claims) {
            if (DocumentFigures.counts(c.outcome(), outcome) && c.scope() == Scope.INCIDENT && c.parentId() == null) {
                incident.add(c);
            }
        }
        incident.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return incident;
    }

    /** The restated claims the lead repeats, followed while they tell the same incident (bounded: no chain loops). */
    private static Claim fullerTelling(Claim lead, Map<String, Claim> byId, int maxHops) {
        Claim telling = lead;
        for (int hops = 0; hops < maxHops && telling.restates() != null; hops++) {
            Claim restated = byId.get(telling.restates());
            if (restated == null || !sameIncident(telling, restated)) {
                break;
            }
            telling = restated;
        }
        return telling;
    }

    /**
     * A claim of the lead's sentence that is a toll of its own: top-level, or restating only a claim of another
     * incident ("killed three rescuers while six children were also killed", where the six was read as restating a
     * toll far down the article).
     */
    private static boolean ownToll(Claim c, Map<String, Claim> byId) {
        if (c.restates() == null) {
            return true;
        }
        Claim restated = byId.get(c.restates());
        return restated != null && !sameIncident(c, restated);
    }

    /** The lead's figure told again in the lead passage ("34 Killed ... at least 34 of his comrades were killed"). */
    private static Claim bodyRepeat(Claim lead, List<Claim> incident) {
        for (Claim c : incident) {
            if (lead.id().equals(c.restates()) && c.count().value() == lead.count().value()
                    && c.evidence().start() > lead.evidence().start()
                    && c.evidence().start() - lead.evidence().start() <= LEAD_PASSAGE_CHARS) {
                return c;
            }
        }
        return null;
    }

    private static boolean sameFigure(Claim x, Claim y) {
        long a = x.count().value();
        long b = y.count().value();
        return Math.abs(a - b) <= (long) (SAME_FIGURE_TOLERANCE * Math.max(a, b));
    }

    private static boolean sameIncident(Claim told, Claim restated) {
        boolean inLeadPassage = Math.abs(restated.evidence().start() - told.evidence().start()) <= LEAD_PASSAGE_CHARS;
        return sameFigure(told, restated) || inLeadPassage || told.count().qualifier() == Qualifier.VAGUE;
    }

    private static boolean sameSentence(Claim a, Claim b) {
        String sentence = a.evidence().sentence();
        return sentence.equals(b.evidence().sentence())
                && Math.abs(a.evidence().start() - b.evidence().start()) <= sentence.length();
    }
}
