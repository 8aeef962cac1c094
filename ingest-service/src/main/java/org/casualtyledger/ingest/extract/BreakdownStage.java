package org.casualtyledger.ingest.extract;

import java.util.List;

/** The rules of stage {@link Stage#BREAKDOWN_AND_SCOPE} that read one sentence: parts of a total, running totals. */
final class BreakdownStage {

    private BreakdownStage() {
    }

    /** Rule "among-toll": "Ten children were among at least 48 people killed": a part of the toll that follows it. */
    static final class AmongToll implements SentenceRule {
        static final String NAME = "among-toll";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Ten children were among at least 48 people killed";
        }

        @Override
        public void apply(SentenceReading r) {
            r.report.amongTheToll(r.sentence, r.quantities, r.drafts);
        }
    }

    /** Rule "toll-part": "... the death of 325 people in May. The civilian toll was 120" ({@link TollParts}). */
    static final class TollPart implements SentenceRule {
        static final String NAME = TollParts.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The monitor documented the death of 325 people in May. The civilian toll was 120, while the military toll reached 205";
        }

        @Override
        public void apply(SentenceReading r) {
            TollParts.link(r.drafts, r.report.tokens, r.report.drafts);
        }
    }

    /** Rule "toll-rise-part": "rose to nine after two of the wounded died": the two are a part of the nine. */
    static final class TollRisePart implements SentenceRule {
        static final String NAME = "toll-rise-part";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The toll rose to nine after two of the wounded died";
        }

        @Override
        public void apply(SentenceReading r) {
            TollRiseParts.link(r.drafts, r.report.tokens);
        }
    }

    /** Rule "appositive-breakdown": "12 people, eight civilians and four soldiers, were killed" ({@link AppositiveBreakdown}). */
    static final class Appositive implements SentenceRule {
        static final String NAME = "appositive-breakdown";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "12 people, eight civilians and four soldiers, were killed";
        }

        @Override
        public void apply(SentenceReading r) {
            AppositiveBreakdown.link(r.drafts, r.report.tokens);
        }
    }

    /**
     * Rule "running-total": "815 people killed since 16 September": a total over a period is CUMULATIVE with its
     * period, a breakdown takes its parent's scope, a provisional toll is flagged ({@link SentenceRules}).
     */
    static final class RunningTotal implements SentenceRule {
        static final String NAME = "running-total";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "The number of people killed since 16 September rose to 815";
        }

        @Override
        public List<String> alsoNames() {
            return List.of("incident-toll-update", "days-since", "period-total", "named-period", "incident-toll", OwnClause.NAME, OwnClause.SUBJECT_CLAUSE, OwnClause.LATER_RELATIVE,
                    CampaignTotal.NAME, "current-period", "periodic-toll", "since-start", PeriodStart.NAME, DateReader.END_OF_MONTH, PeriodStart.PART_OF_YEAR, PeriodStart.THE_YEAR, "raising-clause", "comparing-since",
                    CountedMonth.NAME, SentenceRules.WAR_SCALE_NAME, DatedDay.NAME, AdverbAfterAuxiliary.NAME,
                    PeriodSubject.NAME, SinceTimeOfDay.NAME, Tokenizer.MID_PERIOD,
                    RelativeAside.NAME, "reported-pluperfect", "whole-span", "calendar-range", RisingNumberSince.NAME, OrdinalAside.NAME, PeriodToll.NAME, RelativePeriod.NAME, FeastPeriod.NAME);
        }

        @Override
        public void apply(SentenceReading r) {
            SentenceRules.apply(r.drafts, r.report.tokens, r.sentence, r.clauses, r.report.publishedAt);
        }
    }

    /** Rule "fronted-period": "Since the start of the offensive, ..., while 49 raiders were killed" ({@link FrontedPeriod}). */
    static final class FrontedPeriodFrame implements SentenceRule {
        static final String NAME = FrontedPeriod.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Since the start of the offensive, the monitor documented the death of 38 villagers, while 49 raiders were killed";
        }

        @Override
        public List<String> alsoNames() {
            return List.of(FrontedPeriod.FRONTED_MONTH);
        }

        @Override
        public void apply(SentenceReading r) {
            FrontedPeriod.apply(r.drafts, r.report.tokens, r.sentence, r.clauses, r.report.publishedAt);
        }
    }

    /** Rule "period-events": "... counted 140 raids since January. The raids killed 200 people" ({@link PeriodEvents}). */
    static final class EventsOfPeriod implements SentenceRule {
        static final String NAME = PeriodEvents.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Since the start of the year, the monitor has counted 140 raids on the valley. The raids killed 200 people";
        }

        @Override
        public void apply(SentenceReading r) {
            PeriodEvents.apply(r.drafts, r.report.tokens, r.sentence, r.report.previousSentence, r.report.drafts, r.report.publishedAt);
        }
    }

    /** Rule "since-dated-start": "... launched an offensive on 19 December. Since then, 213 soldiers were killed" ({@link SinceDatedStart}). */
    static final class SinceDated implements SentenceRule {
        static final String NAME = SinceDatedStart.NAME;

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "On the 19th of December the army launched an offensive on the valley. Since then, 213 soldiers have been killed";
        }

        @Override
        public void apply(SentenceReading r) {
            SinceDatedStart.apply(r.drafts, r.report.tokens, r.sentence, r.report.previousSentence, r.report.drafts, r.report.publishedAt);
        }
    }
}
