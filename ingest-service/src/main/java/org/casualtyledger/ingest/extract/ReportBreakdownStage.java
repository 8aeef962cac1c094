package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#BREAKDOWN_AND_SCOPE} that read the whole report: parts told in other sentences. */
final class ReportBreakdownStage {

    private ReportBreakdownStage() {
    }

    /**
     * Rule "last-part": "Five people were killed ... three women and two men were killed": a later figure of the
     * lead's toll is a part of it, an added toll, or an update ({@link LeadAndDetails}).
     */
    static final class LeadParts implements ReportRule {
        static final String NAME = "last-part";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Five people were killed in the attack. Three women and two men were killed at the market.";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("later-death", "earlier-incident", "another-person", "separate-incident", AdditiveFigure.MEANWHILE_OPENING, "other-paragraph", "after-executions",
                    OtherPlace.NAME, OnePersonApart.NAME, FrontedPlace.NAME);
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            LeadAndDetails.link(drafts, tokens);
        }
    }

    /** Rule "sum-of-parts": figures of a later sentence that add up to a toll told before are its parts. */
    static final class PartsAddingUp implements ReportRule {
        static final String NAME = SumOfParts.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Eleven people died in the fire at the depot. Eight died in the storeroom and three more died later in "
                    + "hospital.";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            SumOfParts.link(drafts, tokens);
        }
    }

    /** Rule "restated-parent": a breakdown of a repeated toll breaks down its first telling. */
    static final class RestatedParent implements ReportRule {
        static final String NAME = "restated-parent";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Suicide bombers killed 15 people. ... Of the 15 people killed, six were militants";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            RestatedParts.link(drafts);
        }
    }

    /** Rule "period-named-before": "since the start of the offensive" starts on the date told before for it ({@link PeriodNamedBefore}). */
    static final class NamedBefore implements ReportRule {
        static final String NAME = PeriodNamedBefore.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "500 killed since the start of the offensive on 1 May ... 200 soldiers killed since the start of the offensive";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(PeriodNamedBefore.SAME_PERIOD, PeriodNamedBefore.SINCE_THEN, PeriodNamedBefore.REVOLUTION);
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            PeriodNamedBefore.apply(drafts, tokens);
        }
    }

    /**
     * Rule "breakdown-scope": "815 killed since 16 September: 481 fighters ...": a breakdown at any depth, in its
     * total's sentence or on a list line below it, takes the scope and the period of the total it is part of.
     */
    static final class BreakdownScope implements ReportRule {
        static final String NAME = "breakdown-scope";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "815 killed since 16 September: 481 fighters and 334 civilians";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            for (Draft d : drafts) {
                Draft root = d;
                for (int steps = 0; root.parent != null && steps < ReportReading.MAX_NESTING; steps++) {
                    root = root.parent;
                }
                if (root != d) {
                    d.scope = root.scope;
                    d.periodStart = root.periodStart;
                    d.periodEnd = root.periodEnd;
                }
            }
        }
    }

    /** Rule "others-scope": "300 killed since the start of the offensive, while 500 others were injured" ({@link ContinuedScope}). */
    static final class OthersScope implements ReportRule {
        static final String NAME = ContinuedScope.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "It rose to 300 the number of people killed since the start of the offensive, while 500 others were injured";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens);
        }
    }

    /** Rule "parallel-number": "... since January rose to 289, and the number of guards killed rose to 450" ({@link ParallelNumber}). */
    static final class ParallelScope implements ReportRule {
        static final String NAME = ParallelNumber.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The number of villagers killed since the 20th of January rose to 289, and the number of guards killed rose to 450";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, ParallelNumber::continues);
        }
    }

    /** Rule "raised-total": "... since the earthquake has risen to 1,414, bringing the overall toll to 5,951" ({@link RaisedTotal}). */
    static final class RaisedScope implements ReportRule {
        static final String NAME = RaisedTotal.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "140 people died in the north since the floods, while the toll in the south has risen to 75, bringing the overall toll to 215";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, RaisedTotal::continues);
        }
    }

    /** Rule "contrasted-total": "... since 3 May rose to 640, while the army lost 212 soldiers" ({@link ContrastedTotal}). */
    static final class ContrastedScope implements ReportRule {
        static final String NAME = ContrastedTotal.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The number of civilians killed since the start of the offensive on 3 May rose to 640, while the army lost 212 soldiers";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, ContrastedTotal::contrasted);
        }
    }

    /** Rule "shared-verb-scope": "... since the 30th of April rose to 312, while 158 soldiers and 203 fighters were killed" ({@link SharedVerb}). */
    static final class SharedVerbScope implements ReportRule {
        static final String NAME = SharedVerb.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The number of civilians killed since the 30th of April rose to 312, while 158 soldiers and 203 fighters were killed";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, SharedVerb::continues);
        }
    }

    /** Rule "so-far-scope": "... since the 19th of December. The shelling has killed 58 civilians so far" ({@link SoFarContinued}). */
    static final class SoFarScope implements ReportRule {
        static final String NAME = SoFarContinued.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The number of soldiers killed since the 19th of December rose to 213. The shelling has killed 58 civilians so far";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, SoFarContinued::continues);
        }
    }

    /** Rule "among-the-dead": "Six children were among the dead" is a part of the toll told before ({@link AmongTheDead}). */
    static final class AmongTheToll implements ReportRule {
        static final String NAME = AmongTheDead.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Shelling on the village killed 14 people. Six children were among the dead.";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            AmongTheDead.link(drafts);
        }
    }

    /** Rule "other-outcome-scope": "... since the outbreak of the fighting. In addition, 100 were injured" ({@link OtherOutcomeContinued}). */
    static final class OtherOutcomeScope implements ReportRule {
        static final String NAME = OtherOutcomeContinued.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "It rose to 71 the number of people killed since the outbreak of the fighting. In addition, 100 people were injured";
        }

        @Override
        public void apply(List<Draft> drafts, List<Token> tokens) {
            ContinuedScope.apply(drafts, tokens, OtherOutcomeContinued::continues);
        }
    }
}
