package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.Scope;

/**
 * Rule "since-dated-start": "On the 19th of December the army launched an offensive on the valley. Since then, the
 * monitor has documented the death of 213 soldiers": "since then" counts from the start that the sentence before
 * dated, an offensive, a campaign or anything it says began on a named day, so the figures it frames are a running
 * total from that day. A sentence before that tells a figure of its own is an incident, which "since then" updates.
 */
final class SinceDatedStart {

    static final String NAME = "since-dated-start";
    private static final Set<String> THAT_POINTS = WordList.of("that-points");
    private static final Set<String> STARTS = WordList.of("start-verbs");
    private static final Set<String> CAMPAIGNS = WordList.of("campaign-nouns");
    /** How many words may open the sentence before "since then": "And since then", "Thus, since then". */
    private static final int OPENER_REACH = 3;
    /** How far after "since then" a figure it frames may stand, when the cue does not open the sentence. */
    private static final int FIGURE_REACH = 16;

    private SinceDatedStart() {
    }

    static void apply(List<Draft> drafts, List<Token> tokens, Sentence s, Sentence previous, List<Draft> earlier,
            LocalDate publishedAt) {
        if (previous == null || previous.headline() || s.headline() || drafts.isEmpty()) {
            return;
        }
        int cue = cue(tokens, s);
        if (cue < 0 || PeriodEvents.tells(earlier, previous, d -> true) || Paragraphs.of(tokens.get(0).source()).apart(previous, s)
                || !namesStart(tokens, previous)) {
            return;
        }
        LocalDate start = date(tokens, previous, publishedAt);
        if (start == null) {
            return;
        }
        boolean fronted = cue - s.from() <= OPENER_REACH;
        boolean ownDay = SentenceRules.namesDay(tokens, s.from(), s.to());
        for (Draft d : drafts) {
            if (d.parent != null || d.scope != Scope.INCIDENT || d.flags.contains(ClaimFlag.PUBLISHED_BEFORE)
                    || !fronted && (d.quantity.from() < cue || d.quantity.from() > cue + FIGURE_REACH) || ownDay) {
                continue;
            }
            d.scope = Scope.CUMULATIVE;
            d.periodStart = start;
            d.rule = NAME + "-" + d.rule;
        }
        PeriodEvents.partsTakeTheirTotalsPeriod(drafts);
    }

    /** Where "since then" or "since that date" stands in the sentence, or -1. */
    private static int cue(List<Token> tokens, Sentence s) {
        for (int i = s.from(); i + 1 < s.to(); i++) {
            if (!tokens.get(i).is("since")) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.is("then") || next.is("that") && i + 2 < s.to() && THAT_POINTS.contains(tokens.get(i + 2).lower())) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence before says something began: "launched an offensive", "the campaign started". */
    private static boolean namesStart(List<Token> tokens, Sentence previous) {
        for (int i = previous.from(); i < previous.to(); i++) {
            String w = tokens.get(i).lower();
            if (STARTS.contains(w) || CAMPAIGNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first calendar date of the sentence before: "on the 19th of December 2019". */
    private static LocalDate date(List<Token> tokens, Sentence previous, LocalDate publishedAt) {
        for (int i = previous.from(); i < previous.to(); i++) {
            if (NonCasualty.MONTHS.contains(tokens.get(i).lower()) && tokens.get(i).capitalized()) {
                DateReader.Dated dated = DateReader.read(tokens, i, previous.to(), previous.to(), publishedAt);
                if (dated != null) {
                    return dated.date();
                }
            }
        }
        return null;
    }

}
