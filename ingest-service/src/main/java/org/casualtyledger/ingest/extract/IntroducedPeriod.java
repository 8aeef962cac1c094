package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Scope;

/**
 * Rule "introduced-period": "Since the start of the year, the monitor has counted the following: / • 31 guards killed /
 * • 12 drivers abducted": a list introduced by a sentence with no figure of its own but with a period ("since ...",
 * "during March 2024", "this year") counts each line over that period, so a line's figure that breaks down no total is
 * a running total from the period's start.
 */
final class IntroducedPeriod {

    static final String NAME = "introduced-period";

    private IntroducedPeriod() {
    }

    /** True when the sentence names a period its list lines are counted over. */
    static boolean names(List<Token> tokens, Sentence intro) {
        return SentenceRules.namesPeriod(tokens, intro.from(), intro.to())
                || PeriodTotal.duringNamedPeriod(tokens, intro.from(), intro.to(), intro.to())
                || PeriodTotal.cued(tokens, intro.from(), intro.to()) || RelativePeriod.frames(tokens, intro.from(), intro.to());
    }

    /** Makes the line's figures that break down no total running totals from the introduction's period. */
    static void apply(List<Draft> line, List<Token> tokens, Sentence intro, LocalDate publishedAt) {
        LocalDate start = null;
        boolean read = false;
        for (Draft d : line) {
            if (d.parent != null || d.scope != Scope.INCIDENT) {
                continue;
            }
            if (!read) {
                start = SentenceRules.periodStart(tokens, intro, publishedAt);
                read = true;
            }
            d.scope = Scope.CUMULATIVE;
            d.periodStart = start;
            d.rule = NAME + "-" + d.rule;
        }
    }
}
