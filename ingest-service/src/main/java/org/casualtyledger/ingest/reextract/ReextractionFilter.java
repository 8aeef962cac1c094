package org.casualtyledger.ingest.reextract;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which stored reports a re-extraction reads again; every field narrows it, none given means every report. Read from a
 * JSON tree by {@code ReextractResource}, so registered for reflection here (no REST parameter names the type).
 */
@RegisterForReflection
@Schema(name = "ReextractionFilter", description = "Which stored reports to read again; an empty object reads every report",
        example = "{\"source\":\"SOHR\",\"publishedFrom\":\"2019-01-01\",\"publishedTo\":\"2019-12-31\",\"notCurrent\":true}")
public record ReextractionFilter(
        @Schema(description = "Only this source", example = "SOHR", nullable = true) @Size(max = 100) String source,
        @Schema(description = "Published on or after (YYYY-MM-DD)", example = "2019-01-01", nullable = true) LocalDate publishedFrom,
        @Schema(description = "Published on or before (YYYY-MM-DD)", example = "2019-12-31", nullable = true) LocalDate publishedTo,
        @Schema(description = "Only reports read by an extractor first seen before this version was (GET /reextractions lists the versions jobs ran with)",
                example = "0.1.0-SNAPSHOT+rules.3f9a0c1b2d4e", nullable = true) @Size(max = 100) String olderThan,
        @Schema(description = "Only reports read by another extractor than the current one", example = "true", nullable = true) Boolean notCurrent) {

    static ReextractionFilter orEmpty(ReextractionFilter filter) {
        ReextractionFilter f = filter == null ? new ReextractionFilter(null, null, null, null, null) : filter;
        if (f.publishedFrom != null && f.publishedTo != null && f.publishedFrom.isAfter(f.publishedTo)) {
            throw ProblemException.badRequest("publishedFrom must not be after publishedTo");
        }
        return new ReextractionFilter(blankToNull(f.source), f.publishedFrom, f.publishedTo, blankToNull(f.olderThan),
                Boolean.TRUE.equals(f.notCurrent));
    }

    /** The filter as one string: two jobs with the same key read the same reports. */
    String key() {
        return "source=" + (source == null ? "" : source) + "|from=" + (publishedFrom == null ? "" : publishedFrom)
                + "|to=" + (publishedTo == null ? "" : publishedTo) + "|olderThan=" + (olderThan == null ? "" : olderThan)
                + "|notCurrent=" + Boolean.TRUE.equals(notCurrent);
    }

    /** SQL conditions on table report (alias r), with named parameters :source, :from, :to, :olderThan, :current. */
    String where() {
        List<String> terms = new ArrayList<>();
        terms.add("TRUE");
        if (source != null) {
            terms.add("r.source = :source");
        }
        if (publishedFrom != null) {
            terms.add("r.published_at >= :from");
        }
        if (publishedTo != null) {
            terms.add("r.published_at <= :to");
        }
        if (olderThan != null) {
            terms.add("r.extractor_version IN (SELECT v.version FROM extractor_version v WHERE v.first_seen_at < "
                    + "(SELECT o.first_seen_at FROM extractor_version o WHERE o.version = :olderThan))");
        }
        if (Boolean.TRUE.equals(notCurrent)) {
            terms.add("r.extractor_version <> :current");
        }
        return String.join(" AND ", terms);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
