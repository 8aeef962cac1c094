package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;

/** The date of an incident figure: an explicit date, a weekday or "yesterday" in its clause, against publishedAt. */
final class IncidentDates {

    private IncidentDates() {
    }

    static void apply(Draft d, List<Token> tokens, Clauses clauses, LocalDate publishedAt) {
        int from = clauses.start(d.quantity.from());
        int to = clauses.end(d.quantity.to() - 1);
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (w.equals("on") || w.equals("yesterday") || w.equals("today") || w.equals("last")) {
                DateReader.Dated dated = DateReader.read(tokens, w.equals("on") ? i + 1 : i, to, to, publishedAt);
                if (dated != null && dated.from() <= i + 3) {
                    d.periodStart = dated.date();
                    d.periodEnd = dated.date();
                    return;
                }
            }
        }
    }
}
