package org.casualtyledger.ingest.report;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.problem.SortOrder;

/** The filters of GET /reports, as a Panache query. */
public record ReportFilter(String source, LocalDate from, LocalDate to) {
    public static final String SORT_DESCRIPTION = "Order of the reports: publishedAt, receivedAt, source, title or "
            + "claimCount, with a leading '-' for descending; then by id. Default -publishedAt";
    public static final SortOrder SORT = SortOrder.of("id", "-publishedAt", "publishedAt", "publishedAt",
            "receivedAt", "receivedAt", "source", "source", "title", "title", "claimCount", "claimCount");

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
