package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope rules of the frame a period sets: a fronted adverbial, events told again, a rising number, an ordinal aside. */
class PeriodFrameRulesTest extends ExtractorTest {

    PeriodFrameRulesTest() {
        super("r-frame", LocalDate.of(2024, 6, 12));
    }

    /** Rule "fronted-period": a period before the first comma frames every clause of the sentence, also after "while". */
    @Test
    void aFrontedPeriodFramesEveryClause() {
        List<Claim> claims = read("Since the start of the offensive on the 2nd of May, the monitor documented the death of 38 villagers, "
                + "while the guards lost 56 men and 49 raiders were killed.");
        for (long value : new long[] {38, 56, 49}) {
            Claim c = find(claims, value, Outcome.KILLED);
            assertEquals(Scope.CUMULATIVE, c.scope(), c.toString());
            assertEquals(LocalDate.of(2024, 5, 2), c.periodStart(), c.toString());
        }
    }

    /** Rule "fronted-period": a clause that names its own day or its own event tells one incident. */
    @Test
    void aClauseWithItsOwnDayOrEventKeepsItsIncident() {
        List<Claim> claims = read("Since the start of the offensive on the 2nd of May, the monitor documented the death of 38 villagers, "
                + "while 4 raiders were killed today and 3 guards died in an ambush near the bridge.");
        assertEquals(Scope.CUMULATIVE, find(claims, 38, Outcome.KILLED).scope());
        assertEquals(Scope.INCIDENT, find(claims, 4, Outcome.KILLED).scope());
        assertEquals(Scope.INCIDENT, find(claims, 3, Outcome.KILLED).scope());
    }

    /** Rule "period-events": "the raids" told again after a sentence that counted them over a period share its period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the beginning of the year, the monitor has counted 140 raids on the valley. The raids killed 200 villagers and injured 90 others.",
            "The monitor counted 140 raids on the valley since the beginning of the year. Those raids left 200 villagers dead and 90 others injured.",
            "Since the beginning of 2024, the air force struck the valley 140 times. Thus, these strikes killed 200 villagers and injured 90 others."})
    void eventsToldAgainShareTheirPeriod(String text) {
        List<Claim> claims = read(text);
        Claim dead = find(claims, 200, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, dead.scope());
        assertEquals(LocalDate.of(2024, 1, 1), dead.periodStart());
        assertEquals(Scope.CUMULATIVE, find(claims, 90, Outcome.INJURED).scope());
    }

    /** Rule "period-events": a single event ("the raid"), or one with its own day, is an incident. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the beginning of the year, the monitor has counted 140 raids on the valley. The raid on Monday killed 5 villagers.",
            "Since the beginning of the year, the monitor has counted 140 raids on the valley. The raids killed 5 villagers today.",
            "Gunmen killed 3 guards at the gate yesterday. The raids killed 5 villagers."})
    void oneEventOrItsOwnDayIsAnIncident(String text) {
        assertEquals(Scope.INCIDENT, find(read(text), 5, Outcome.KILLED).scope());
    }

    /** Rule "ordinal-aside": "the 21st killing since the start of the year" numbers the event in a series; the figure stays its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen shot dead 2 traders in the market, the 21st killing in the town since the start of the year.",
            "Gunmen killed 2 guards at the gate, the fifth such killing in the district since March."})
    void anOrdinalAsideLeavesTheIncident(String text) {
        assertEquals(Scope.INCIDENT, find(read(text), 2, Outcome.KILLED).scope());
    }

    /** Rule "rising-number-since": a number counted since any start and told as rising is a running total. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of villagers killed by the shelling on the valley since Friday rose to 48, including 17 children.|2024-06-07",
            "The number of captives executed by the rebels since they took the town on Wednesday has risen to 217.|2024-06-12"})
    void aRisingNumberSinceAStartIsARunningTotal(String text, LocalDate since) {
        List<Claim> claims = read(text);
        Claim total = claims.get(0);
        assertEquals(Scope.CUMULATIVE, total.scope(), claims.toString());
        assertEquals(since, total.periodStart());
    }

    /** Rule "rising-number-since": counted since a time of the same day, the number is that day's toll. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of people killed in the fire at the depot since this morning rose to 14.",
            "The number of people killed in the shelling on the town since yesterday has risen to 14."})
    void aNumberRisingSinceTheSameDayIsTheIncident(String text) {
        assertEquals(Scope.INCIDENT, find(read(text), 14, Outcome.KILLED).scope());
    }

    /** Rule "raising-clause": "bringing to 301 the number of ..." raises a running total whatever its start. */
    @Test
    void bringingToANumberRaisesTheRunningTotal() {
        List<Claim> claims = read("Helicopters dropped barrel bombs on the market today, killing 15 people, bringing to 301 the number "
                + "of people killed by barrel bombs in the city since last Sunday, among them 87 children.");
        assertEquals(Scope.INCIDENT, find(claims, 15, Outcome.KILLED).scope());
        assertEquals(Scope.CUMULATIVE, find(claims, 301, Outcome.KILLED).scope());
        assertEquals(Scope.CUMULATIVE, find(claims, 87, Outcome.KILLED).scope());
    }

    /** Rule "period-toll": a toll of a named month or year is counted over it; a toll of one day is that day's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The total death toll in 2023 reached 6,817 people, including 1,528 villagers.|CUMULATIVE",
            "The death toll for the month of March 2024 stood at 325 people.|CUMULATIVE",
            "The toll of May 2024 stood at 325 people across the region.|CUMULATIVE",
            "The toll of May 5 stood at 32 people across the region.|INCIDENT"})
    void aTollOfAMonthOrAYearIsCountedOverIt(String text, Scope scope) {
        assertEquals(scope, read(text).get(0).scope());
    }

    /** Rule "parallel-number": a rising number right after a running total is counted over the same period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of villagers killed since the 20th of January rose to 289, and the number of guards killed rose to 450.",
            "The number of villagers killed since the 20th of January rose to 289. The number of guards who were killed has risen to 450."})
    void aRisingNumberBesideARunningTotalSharesItsPeriod(String text) {
        Claim guards = find(read(text), 450, Outcome.KILLED);
        assertEquals(Scope.CUMULATIVE, guards.scope());
        assertEquals(LocalDate.of(2024, 1, 20), guards.periodStart());
    }

    /** Rule "parallel-number": a rising number that names its event updates that incident's toll. */
    @Test
    void aRisingNumberOfAnEventIsItsIncident() {
        List<Claim> claims = read("The number of villagers killed since the 20th of January rose to 289. "
                + "The number of people killed in the explosion at the depot rose to 46.");
        assertEquals(Scope.INCIDENT, find(claims, 46, Outcome.KILLED).scope());
    }
}
