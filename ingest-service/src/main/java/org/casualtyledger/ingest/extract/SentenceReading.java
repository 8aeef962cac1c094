package org.casualtyledger.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** One sentence being read by the {@link SentenceRule}s: its report, clauses, figures of people and drafts so far. */
final class SentenceReading {

    final ReportReading report;
    final Sentence sentence;
    final Clauses clauses;
    /** The figures of people, once {@link FigureStage.PeopleFigures} has read them. */
    List<Quantity> quantities = List.of();
    /** Where the clause of each figure ends, once {@link FigureStage.StatementBounds} has found it. */
    int[] nextStatements = new int[0];
    /** The drafts of this sentence, in the order of their figures. */
    final List<Draft> drafts = new ArrayList<>();

    SentenceReading(ReportReading report, Sentence sentence) {
        this.report = report;
        this.sentence = sentence;
        this.clauses = new Clauses(report.tokens, sentence.from(), sentence.to());
    }

    List<Token> tokens() {
        return report.tokens;
    }
}
