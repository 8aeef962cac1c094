package org.casualtyledger.ingest.report;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The filters of GET /reports, as a Panache query. */
public record ReportFilter(String source, LocalDate from, LocalDate to) {

    String where() {
        List<String> terms = new ArrayList<>();
        terms.add("1 = 1");
        if (source != null) {
            terms.add("source = :source");
        }
        if (from != null) {
            terms.add("publishedAt >= :from");
        }
        if (to != null) {
            terms.add("publishedAt <= :to");
        }
        return String.join(" and ", terms);
    }

    Parameters parameters() {
        Parameters parameters = new Parameters();
        if (source != null) {
            parameters.and("source", source);
        }
        if (from != null) {
            parameters.and("from", from);
        }
        if (to != null) {
            parameters.and("to", to);
        }
        return parameters;
    }
}
