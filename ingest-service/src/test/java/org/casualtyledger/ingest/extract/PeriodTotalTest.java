package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures counted over weeks, months or years are running totals; a few days of fighting are one event. */
class PeriodTotalTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In the past three weeks more than 90 villagers have been killed in the valley.|90|CUMULATIVE",
            "Over the last two months the militia killed 140 farmers.|140|CUMULATIVE",
            "A year of feuding between the clans has killed 75 people.|75|CUMULATIVE",
            "March was the deadliest month in the district, with 210 people killed.|210|CUMULATIVE",
            "Two days of clashes between the clans have killed 14 people.|14|INCIDENT",
            "At least 12 people were killed in the last week in raids on the villages.|12|INCIDENT",
            "Gunmen killed 9 people in two separate attacks on the villages.|9|INCIDENT"})
    void periodsOfWeeksOrMoreMakeRunningTotals(String sentence, long value, Scope scope) {
        assertEquals(scope, find(extractor.extract("r-period", sentence, LocalDate.of(2017, 6, 1)), value, Outcome.KILLED).scope());
    }

    /** Rule "named-period": a whole month or year after "in", or "the same period", is the figure's period; a day or an event dates one incident. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 52 detainees under torture in the prisons in March 2019, including a child.|52|KILLED|CUMULATIVE",
            "The security services arrested more than 300 people in 2022, the fate of most of whom is unknown.|300|CAPTURED|CUMULATIVE",
            "The monitor documented during the same month the death of 40 people in the camps, and the execution of twelve people by the group.|12|EXECUTED|CUMULATIVE",
            "The toll since the 3rd of May rose to 80, while more than 60 officers and soldiers of the army and the allied militias were killed in the same period.|60|KILLED|CUMULATIVE",
            "Gunmen executed five men captured during a raid on the village in October.|5|EXECUTED|INCIDENT",
            "A teacher who stood as a candidate in March municipal elections was shot dead by three gunmen.|1|KILLED|INCIDENT",
            "Police detained four men linked to the killing of a farmer in March in the district yesterday.|4|CAPTURED|INCIDENT"})
    void aWholeMonthOrYearAfterInIsThePeriod(String sentence, long value, Outcome outcome, Scope scope) {
        assertEquals(scope, find(extractor.extract("r-named", sentence, LocalDate.of(2023, 1, 10)), value, outcome).scope());
    }

    /** Rule "own-clause": a period belongs to the clause that tells it; one that opens the clause, or a shared verb, carries it over. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The toll since the start of the offensive rose to 300, and two children died of the cold in the camp.|2|KILLED|INCIDENT",
            "Two fighters were killed by the cells, and the toll of the attacks since the beginning of 2021 rose to 91.|2|KILLED|INCIDENT",
            "It rose to 71 the number of people killed since the outbreak of the fighting, after the militia arrested a commander of the council.|1|CAPTURED|INCIDENT",
            "Since the start of the offensive, 300 people were killed, and 200 others were injured in the shelling.|200|INJURED|CUMULATIVE",
            "The monitor documented since January the death of 40 people in the camps, and the execution of twelve people by the group.|12|EXECUTED|CUMULATIVE"})
    void aPeriodBelongsToItsOwnClause(String sentence, long value, Outcome outcome, Scope scope) {
        assertEquals(scope, find(extractor.extract("r-clause", sentence, LocalDate.of(2021, 6, 1)), value, outcome).scope());
    }
}
