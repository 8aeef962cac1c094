package org.casualtyledger.ingest.extract;

import java.util.List;
import org.casualtyledger.claim.Scope;

/** The rules of stage {@link Stage#PLACE_AND_DATE}: where and when. */
final class PlaceAndDateStage {

    private PlaceAndDateStage() {
    }

    /** Rule "nearest-place": "Shelling on Kafr Nabl killed 5": the gazetteer's place nearest each figure. */
    static final class NearestPlace implements SentenceRule {
        static final String NAME = "nearest-place";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Shelling on the town of Kafr Nabl killed five civilians";
        }

        @Override
        public void apply(SentenceReading r) {
            ReportReading report = r.report;
            Sentence s = r.sentence;
            List<PhraseTable.Match<Gazetteer.Entry>> places = r.drafts.isEmpty() ? List.of()
                    : report.engine.gazetteer.find(report.tokens, s.from(), s.to());
            for (Draft d : r.drafts) {
                d.location = report.engine.gazetteer.nearest(places, report.tokens, s.from(), s.to(), d.quantity.from(),
                        report.text);
            }
        }
    }

    /** Rule "incident-date": "Two soldiers were killed on Tuesday": the date of an incident figure ({@link IncidentDates}). */
    static final class IncidentDate implements SentenceRule {
        static final String NAME = "incident-date";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String example() {
            return "Two soldiers were killed on Tuesday";
        }

        @Override
        public void apply(SentenceReading r) {
            for (Draft d : r.drafts) {
                if (d.scope == Scope.INCIDENT) {
                    IncidentDates.apply(d, r.report.tokens, r.clauses, r.report.publishedAt);
                }
            }
        }
    }
}
