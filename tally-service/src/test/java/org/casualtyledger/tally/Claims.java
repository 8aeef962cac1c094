package org.casualtyledger.tally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ClaimFlag;
import org.casualtyledger.claim.CountRange;
import org.casualtyledger.claim.Evidence;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Place;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.ReportRef;
import org.casualtyledger.claim.Scope;

/**
 * Builds claim batches as the extractor would hand them over, from bulletins written for these tests. Each claim
 * keeps the sentence it stands for, so the fixtures read like the bulletins they came from.
 */
final class Claims {
    static final Place BAGHUZ = new Place("Al-Baghuz", "Al-Baghuz", "Deir ez-Zor", "SY", 34.46, 40.94);
    static final Place HAJIN = new Place("Hajin", "Hajin", "Deir ez-Zor", "SY", 34.69, 40.83);
    static final Place DEIR_EZZOR = new Place("Deir Ezzor countryside", "Deir ez-Zor", "Deir ez-Zor", "SY", 35.33, 40.14);
    static final Place IDLIB_CITY = new Place("Idlib", "Idlib", "Idlib", "SY", 35.93, 36.63);

    private final String reportId;
    private final String source;
    private final LocalDate published;
    private final List<Claim> claims = new ArrayList<>();
    private int offset;

    private Claims(String reportId, String source, LocalDate published) {
        this.reportId = reportId;
        this.source = source;
        this.published = published;
    }

    static Claims report(String reportId, String source, String published) {
        return new Claims(reportId, source, LocalDate.parse(published));
    }

    Claims incident(String id, CountRange count, Outcome outcome, String group, Place place, String date, String sentence) {
        return add(id, count, outcome, group, null, place, Scope.INCIDENT, date, date, null, null, Set.of(), sentence);
    }

    Claims cumulative(String id, CountRange count, Outcome outcome, String group, String since, String sentence) {
        return add(id, count, outcome, group, null, null, Scope.CUMULATIVE, since, published.toString(), null, null, Set.of(), sentence);
    }

    Claims breakdown(String id, String parentId, CountRange count, Outcome outcome, String group, String subgroup,
                     Scope scope, String since, String sentence) {
        return add(id, count, outcome, group, subgroup, null, scope, since, published.toString(), parentId, null, Set.of(), sentence);
    }

    Claims restated(String id, String restates, CountRange count, Outcome outcome, String group, Place place, String date, String sentence) {
        return add(id, count, outcome, group, null, place, Scope.INCIDENT, date, date, null, restates, Set.of(), sentence);
    }

    Claims provisional(String id, CountRange count, Outcome outcome, String group, Place place, String date, String sentence) {
        return add(id, count, outcome, group, null, place, Scope.INCIDENT, date, date, null, null, Set.of(ClaimFlag.PROVISIONAL), sentence);
    }

    private Claims add(String id, CountRange count, Outcome outcome, String group, String subgroup, Place place, Scope scope,
                       String start, String end, String parentId, String restates, Set<ClaimFlag> flags, String sentence) {
        Evidence evidence = new Evidence(sentence, offset, offset + sentence.length());
        offset += sentence.length() + 1;
        claims.add(new Claim(id, reportId, count, outcome, group, group.toLowerCase(), subgroup, null, place, scope,
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                parentId, restates, evidence, flags, "test"));
        return this;
    }

    ClaimBatch batch() {
        return new ClaimBatch(1, new ReportRef(reportId, source, "https://example.org/" + reportId, "Bulletin " + reportId, published),
                List.copyOf(claims));
    }

    ClaimBatch without(String claimId) {
        ClaimBatch all = batch();
        return new ClaimBatch(2, all.report(), all.claims().stream().filter(c -> !c.id().equals(claimId)).toList());
    }

    static CountRange exact(long n) {
        return CountRange.exact(n);
    }

    static CountRange atLeast(long n) {
        return CountRange.of(Qualifier.AT_LEAST, n);
    }

    static CountRange about(long n) {
        return CountRange.of(Qualifier.ABOUT, n);
    }

    static CountRange moreThan(long n) {
        return CountRange.of(Qualifier.MORE_THAN, n);
    }
}
