package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;

/**
 * Rule "sum-of-parts": "Eleven people died in the fire at the depot. Eight died in the storeroom and three more died
 * later in hospital.": the figures of one outcome in a later sentence that add up exactly to a toll told before
 * are the parts of that toll, whatever words ("more", "later") set them apart from one another. A sentence set apart
 * ("Separately, ...") tells a toll of its own, and so does one that opens on a place of its own ("In the city of
 * al-Mayadin, the bodies of a woman and her daughter were found"), unless the toll gathers places ("across Syria").
 */
final class SumOfParts {

    static final String NAME = "sum-of-parts";
    /** Only the first tolls of a report are weighed against each sentence: the work stays linear in the text. */
    private static final int MAX_TOLLS = 8;

    private SumOfParts() {
    }

    static void link(List<Draft> drafts, List<Token> tokens) {
        List<Draft> tolls = new ArrayList<>();
        Apart apart = new Apart(tokens);
        int k = 0;
        while (k < drafts.size()) {
            Sentence s = drafts.get(k).sentence;
            int end = k;
            int candidates = 0;
            while (end < drafts.size() && drafts.get(end).sentence == s) {
                candidates += candidate(drafts.get(end)) ? 1 : 0;
                end++;
            }
            List<Draft> sentence = drafts.subList(k, end);
            if (candidates >= 2 && !tolls.isEmpty() && !s.headline() && !AdditiveFigure.separateIncident(s, tokens)) {
                for (Outcome outcome : Outcome.values()) {
                    List<Draft> parts = parts(sentence, outcome);
                    Draft toll = parts.size() < 2 ? null : tollOf(parts, tolls, apart);
                    if (toll != null && FrontedPlace.opens(tokens, s) && !FrontedPlace.roundup(tokens, toll.sentence)) {
                        toll = null;
                    }
                    if (toll != null) {
                        for (Draft p : parts) {
                            p.parent = toll;
                            p.rule = NAME + "-" + p.rule;
                        }
                    }
                }
            }
            for (Draft d : sentence) {
                if (candidate(d) && !s.headline() && tolls.size() < MAX_TOLLS) {
                    tolls.add(d);
                }
            }
            k = end;
        }
    }

    /** The first toll told before in the parts' paragraph that they add up to exactly, or null. */
    private static Draft tollOf(List<Draft> parts, List<Draft> tolls, Apart apart) {
        long sum = 0;
        for (Draft p : parts) {
            sum += p.value();
        }
        Draft first = parts.get(0);
        for (Draft toll : tolls) {
            if (toll.value() == sum && Restatements.toll(toll.outcome) == Restatements.toll(first.outcome)
                    && holdsAll(toll, parts) && !apart.paragraphs(toll.sentence, first.sentence)) {
                return toll;
            }
        }
        return null;
    }

    /**
     * "people" hold anyone; a toll of a named group holds parts of that group and parts that name no one ("seven"); a
     * toll of civilians holds no members of an armed party.
     */
    private static boolean holdsAll(Draft toll, List<Draft> parts) {
        for (Draft p : parts) {
            if (!Restatements.isGeneric(toll.group) && !Restatements.sameParty(toll.group, p.group)
                    && !p.group.equals("PEOPLE")) {
                return false;
            }
            if (toll.group.equals("CIVILIANS") && Restatements.isArmedParty(p.group)) {
                return false;
            }
        }
        return true;
    }

    private static List<Draft> parts(List<Draft> sentence, Outcome outcome) {
        List<Draft> parts = new ArrayList<>();
        for (Draft d : sentence) {
            if (candidate(d) && d.outcome == outcome) {
                parts.add(d);
            }
        }
        return parts;
    }

    /** The report's paragraphs, read only when a sum matches (rarely): most reports never need them. */
    private static final class Apart {
        private final List<Token> tokens;
        private Paragraphs paragraphs;

        Apart(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean paragraphs(Sentence a, Sentence b) {
            if (paragraphs == null) {
                paragraphs = Paragraphs.of(tokens.get(0).source());
            }
            return paragraphs.apart(a, b);
        }
    }

    private static boolean candidate(Draft d) {
        return d.outcome != null && d.parent == null && d.restates == null && d.scope == Scope.INCIDENT
                && d.count.qualifier() != Qualifier.VAGUE;
    }
}
