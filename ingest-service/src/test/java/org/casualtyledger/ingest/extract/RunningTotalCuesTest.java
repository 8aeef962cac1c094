package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cues of a running total beyond "since DATE": campaign results so far, the current month or year, a periodic toll, "others" of a total. */
class RunningTotalCuesTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

    private Claim read(String text, long value, Outcome outcome) {
        return find(extractor.extract("r-cues", text, PUBLISHED), value, outcome);
    }

    /** Rule "campaign-so-far": what a campaign led to so far gathers its days; one event's toll so far stays that event's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The security operation has so far resulted in the arrest of 85 persons suspected of links to the cells.|85|CAPTURED|CUMULATIVE",
            "The military campaign led so far to the death of 42 fighters, among them 6 commanders.|6|KILLED|CUMULATIVE",
            "The offensive on the hills has to date killed 230 fighters of the militia.|230|KILLED|CUMULATIVE",
            "The explosion at the fuel depot has so far killed 20 workers.|20|KILLED|INCIDENT",
            "Over 75 people have so far been killed in the bombing campaign on the valley.|75|KILLED|INCIDENT"})
    void campaignResultsSoFarAreRunningTotals(String text, long value, Outcome outcome, Scope scope) {
        assertEquals(scope, read(text, value, outcome).scope());
    }

    /** Rules "current-period", "periodic-toll", "since-start": the current month or year, a monthly toll, "since it began". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of people who were killed in the camp this month rose to 18.|18|CUMULATIVE",
            "The monitor documented the death of 230 people in July, the lowest monthly toll this year.|230|CUMULATIVE",
            "The death toll of the escalation on the region since it started rose to 88 people.|88|CUMULATIVE",
            "Gunmen killed 4 farmers in an ambush this month near the river.|4|INCIDENT",
            "Nine people were killed since the raid began this morning.|9|INCIDENT",
            "Earlier this month a drone strike killed 6 guards at the gate.|6|INCIDENT",
            "The crash killed all 7 people on board, the deadliest loss for the air force since it started operations in the region.|7|INCIDENT"})
    void currentAndPeriodicPeriodsAreRunningTotals(String text, long value, Scope scope) {
        assertEquals(scope, read(text, value, Outcome.KILLED).scope());
    }

    /** Rule "others-scope": "others" right after a total told over a period count the people beside it, over the same period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It rose to 300 the number of people killed since the start of the offensive, while more than 60 others were injured.|CUMULATIVE",
            "Since the eruption of the clashes on the 3rd of April, 25 fighters have been killed. The clashes also left 60 others injured.|CUMULATIVE",
            "It rose to 300 the number of people killed since the start of the offensive. A drone strike on a market killed 2 and injured 60 others.|INCIDENT",
            "It rose to 300 the number of people killed since the start of the offensive. Separately, 60 others were injured by shelling.|INCIDENT",
            "The gunmen said that they had killed eight guards and injured 60 others.|INCIDENT"})
    void othersTakeTheScopeOfTheTotalTheyContinue(String text, Scope scope) {
        assertEquals(scope, read(text, 60, Outcome.INJURED).scope());
    }

    /** Rule "others-scope" carries the period too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of people killed since the 5th of March 2024 rose to 300, while 60 others were injured.|2024-03-05"})
    void othersTakeThePeriodOfTheTotal(String text, LocalDate since) {
        assertEquals(since, read(text, 60, Outcome.INJURED).periodStart());
    }

    /** Rule "raising-clause": an event told before ", bringing to N the number ... since" is that event's own figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A mine killed 2 shepherds near the wells, bringing to 45 the number of people killed by mines since the beginning of the year.|2|INCIDENT",
            "A mine killed 2 shepherds near the wells, bringing to 45 the number of people killed by mines since the beginning of the year.|45|CUMULATIVE"})
    void anEventBeforeARaisingClauseIsItsOwn(String text, long value, Scope scope) {
        assertEquals(scope, read(text, value, Outcome.KILLED).scope());
    }
}
