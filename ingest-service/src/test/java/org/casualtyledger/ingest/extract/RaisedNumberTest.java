package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule "raised-number": a verb before its subject raises a toll "to N": "brought the number of ... to 12". */
class RaisedNumberTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Shelling killed two farmers on Monday, raising the number of farmers killed since the start of the month to 45.|45|KILLED|CUMULATIVE",
            "The new strikes brought the number of people killed in the province since January to 96.|96|KILLED|CUMULATIVE",
            "A roadside bomb hit a bus, bringing the death toll of the week to 30.|30|KILLED|INCIDENT",
            "The raids raised the number of people wounded in the town to 18.|18|INJURED|INCIDENT"})
    void theFigureAfterToHasTheOutcomeItsSubjectNames(String sentence, long value, Outcome outcome, Scope scope) {
        Claim c = find(extractor.extract("r-raised", sentence, LocalDate.of(2020, 5, 20)), value, outcome);
        assertEquals(scope, c.scope());
        assertEquals(RaisedNumber.NAME, c.rule());
    }

    @Test
    void aSubjectThatNamesNoOutcomeNamesNoFigure() {
        assertNoClaim(extractor.extract("r-raised", "The council raised the number of schools in the town to 12.", LocalDate.of(2020, 5, 20)), 12);
    }
}
