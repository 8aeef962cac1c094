package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Qualifier;

/**
 * Rule "headline-sum": "Nine guards killed in two raids" over the body's "five guards were killed at the gate ...
 * four others were killed in an ambush": a headline sums the figures the body tells one by one; where no body figure
 * tells its number, figures of the same toll told one after another in the body whose sum it is (exactly, or within
 * {@link #TOLERANCE} for "about", "nearly", "more than") are what it restates, and it points at the first of them.
 * The parts must be of the headline's people: any group under "people", the headline's party (or a party of
 * "fighters") otherwise.
 */
final class HeadlineSum {

    static final String NAME = "headline-sum";
    private static final double TOLERANCE = 0.15;
    /** How many body figures in a row a headline may sum. */
    private static final int MAX_PARTS = 6;

    private HeadlineSum() {
    }

    /** The first of the body figures the headline figure sums, or null. */
    static Draft firstPart(Draft headline, List<Draft> drafts) {
        List<Draft> body = drafts.stream().filter(b -> !b.sentence.headline() && b.parent == null && b.restates == null
                && Restatements.toll(b.outcome) == Restatements.toll(headline.outcome) && b.scope == headline.scope).toList();
        for (int i = 0; i < body.size(); i++) {
            long sum = 0;
            for (int k = i; k < Math.min(body.size(), i + MAX_PARTS); k++) {
                Draft part = body.get(k);
                if (!ofHeadlinePeople(headline, part)) {
                    break;
                }
                sum += part.value();
                if (k > i && sums(headline, sum)) {
                    return body.get(i);
                }
                if (sum > headline.value() * (1 + TOLERANCE)) {
                    break;
                }
            }
        }
        return null;
    }

    private static boolean ofHeadlinePeople(Draft headline, Draft part) {
        return headline.group.equals("PEOPLE") || part.group.equals("PEOPLE") || Restatements.sameParty(headline.group, part.group);
    }

    private static boolean sums(Draft headline, long sum) {
        if (headline.count.qualifier() == Qualifier.EXACT || headline.count.qualifier() == Qualifier.AT_LEAST) {
            return sum == headline.value();
        }
        return Math.abs(sum - headline.value()) <= Math.round(TOLERANCE * Math.max(sum, headline.value()));
    }
}
