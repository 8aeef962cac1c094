package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#STRUCTURE}: bulleted and numbered lists under an introducing sentence. */
final class StructureStage {

    private StructureStage() {
    }

    /**
     * Rule "bullet-breakdown", before the figures: "the death of 412 people, distributed as follows: / • 250
     * civilians": the total that the first figure of this list line breaks down ({@link BulletList#parentOf}).
     */
    static final class ListLineTotal implements SentenceRule {
        static final String NAME = "bullet-breakdown";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "the death of 412 people, distributed as follows: / • 250 civilians / • 162 fighters";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(ListLineMark.NAME, IntroducedOutcome.NAME, IntroducedLoser.NAME, "named-total-stem");
        }

        @Override
        public void apply(SentenceReading r) {
            r.report.lineTotal = r.report.bullets.parentOf(r.sentence);
            r.report.lineOutcome = r.report.lineTotal == null
                    ? IntroducedOutcome.of(r.report.bullets.bareIntro(r.sentence), r.report.tokens, r.report.engine.lexicon) : null;
            r.report.lineLoser = IntroducedLoser.of(r.report.bullets.bareIntro(r.sentence), r.report.tokens,
                    r.report.engine.phrases, r.report.context);
        }
    }

    /**
     * Rule "bullet-breakdown", after the sentence: its drafts join the report's, then the sentence is recorded as a
     * list line (for nesting) or as the introduction of a list to come ({@link BulletList#read}). Runs last.
     */
    static final class ListLines implements SentenceRule {
        static final String NAME = "bullet-breakdown";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Among the soldiers, the monitor counted: / • 40 officers / – 12 of them colonels";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("toll-list", IntroducedPeriod.NAME, VictimsList.NAME, BulletList.LINE_SUB_LIST, BulletList.LINE_OPENS_LIST, "rest-list");
        }

        @Override
        public void apply(SentenceReading r) {
            Sentence intro = r.report.bullets.periodIntro(r.sentence);
            if (intro != null) {
                IntroducedPeriod.apply(r.drafts, r.report.tokens, intro, r.report.publishedAt);
            }
            r.report.drafts.addAll(r.drafts);
            r.report.bullets.read(r.sentence, r.drafts, r.report.drafts);
        }
    }
}
