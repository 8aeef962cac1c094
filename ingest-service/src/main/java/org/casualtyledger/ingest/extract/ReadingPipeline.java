package org.casualtyledger.ingest.extract;

import java.util.List;

/**
 * The reading of one report, in one place: the rules of each sentence, in the order they run on it, then the rules
 * of the whole report. Stages interleave where a rule of one needs another's result (a list line's total is known
 * before its figures are read, its drafts are recorded after). {@link RuleTable} prints this as the table of
 * ingest-service/README.md.
 */
final class ReadingPipeline {

    /** A rule in the stage it belongs to. */
    record Step<R extends ReadingRule>(Stage stage, R rule) {
    }

    /** Run on every sentence, in this order ({@link ReportReading}). */
    static final List<Step<SentenceRule>> SENTENCE = List.of(
            new Step<>(Stage.FIGURES, new FigureStage.PeopleFigures()),
            new Step<>(Stage.STRUCTURE, new StructureStage.ListLineTotal()),
            new Step<>(Stage.OUTCOME, new OutcomeStage.Paired()),
            new Step<>(Stage.FIGURES, new FigureStage.StatementBounds()),
            new Step<>(Stage.OUTCOME, new OutcomeStage.FigureOutcome()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.AmongToll()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.TollPart()),
            new Step<>(Stage.FIGURES, new FigureStage.OneVictims()),
            new Step<>(Stage.FIGURES, new FigureStage.Companion()),
            new Step<>(Stage.GROUP, new TortureVictims()),
            new Step<>(Stage.GROUP, new SharedParty()),
            new Step<>(Stage.OUTCOME, new OutcomeStage.ShotThen()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.TollRisePart()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.Appositive()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.RunningTotal()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.FrontedPeriodFrame()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.EventsOfPeriod()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new BreakdownStage.SinceDated()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.Title()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.PublishedEarlier()),
            new Step<>(Stage.PLACE_AND_DATE, new PlaceAndDateStage.NearestPlace()),
            new Step<>(Stage.PLACE_AND_DATE, new PlaceAndDateStage.IncidentDate()),
            new Step<>(Stage.STRUCTURE, new StructureStage.ListLines()));

    /** Run once every sentence is read, in this order. */
    static final List<Step<ReportRule>> REPORT = List.of(
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.NamedBefore()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.OthersScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.ParallelScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.RaisedScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.ContrastedScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.OtherOutcomeScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.SharedVerbScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.SoFarScope()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.PartsAddingUp()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.Restated()),
            new Step<>(Stage.RESTATEMENT, new HeadlineOwnTelling()),
            new Step<>(Stage.RESTATEMENT, new HeadlinePeriodTotal()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.HoursAgo()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.LeadParts()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.AmongTheToll()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.RestatedParent()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.PublishedApart()),
            new Step<>(Stage.RESTATEMENT, new DefiniteRepeat()),
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.BreakdownScope()),
            new Step<>(Stage.RESTATEMENT, new RestatementStage.ScopeOfTelling()),
            // again: the breakdowns of a restating figure take the scope it has just taken
            new Step<>(Stage.BREAKDOWN_AND_SCOPE, new ReportBreakdownStage.BreakdownScope()));

    private ReadingPipeline() {
    }

    static void readSentence(SentenceReading sentence) {
        for (Step<SentenceRule> step : SENTENCE) {
            step.rule().apply(sentence);
        }
    }

    static void linkReport(List<Draft> drafts, List<Token> tokens) {
        for (Step<ReportRule> step : REPORT) {
            step.rule().apply(drafts, tokens);
        }
    }
}
