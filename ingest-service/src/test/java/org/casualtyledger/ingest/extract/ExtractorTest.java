package org.casualtyledger.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.DocumentFigures;

/**
 * Base of the rule tests: the claims a text gives as one report published on the test's date, and the text's toll as
 * the evaluation reduces it (so a rule test and the scorer never disagree on what a toll is).
 */
abstract class ExtractorTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private final String reportId;
    private final LocalDate published;

    protected ExtractorTest(String reportId, LocalDate published) {
        this.reportId = reportId;
        this.published = published;
    }

    protected List<Claim> read(String text) {
        return EXTRACTOR.extract(reportId, text, published);
    }

    protected long toll(String text, Outcome outcome) {
        return DocumentFigures.total(read(text), outcome);
    }
}
