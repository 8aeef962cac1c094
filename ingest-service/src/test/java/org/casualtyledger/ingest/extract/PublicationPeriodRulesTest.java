package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods told from the day of publication ("last month", "this week", "the last 30 days") and by a feast or a season
 * ("during Ramadan", "during the winter months"), counts of events rather than people, and releases that are no
 * arrests. Published on Wednesday 12 June 2024.
 */
class PublicationPeriodRulesTest extends ExtractorTest {

    PublicationPeriodRulesTest() {
        super("r-publication-period", LocalDate.of(2024, 6, 12));
    }

    /** Rule "relative-period": a span told from the day of publication is the figure's period, from its first day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The border guards arrested 57 smugglers last month in the hills of the north.|57|2024-05-01",
            "Raiders killed 14 herders in several attacks on the plateau this week.|14|2024-06-10",
            "The monitor documented last week the death of 33 villagers in the valley.|33|2024-06-03",
            "In the last 30 days, the patrols detained 48 traders near the river crossing.|48|2024-05-13",
            "The militia abducted 22 farmers over the past ten days in the eastern districts.|22|2024-06-02",
            "In the past week, the militia executed 9 prisoners in the hills.|9|2024-06-05",
            "Landmines have killed 61 shepherds in the desert last year, against 40 this year.|61|2023-01-01",
            "The toll of the previous year was 412 in the camps of the south.|412|2023-01-01"})
    void aSpanToldFromPublicationMakesARunningTotal(String text, long value, LocalDate since) {
        Claim total = figure(read(text), value);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }

    /**
     * Rule "relative-period" leaves one incident alone: a single event or a day in the clause dates that event, a span
     * in the subject's modifier dates the modifier, a week told by the news dates one event, fewer days than a week are
     * one stretch of fighting, and one person is no total.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen killed 6 guards in an ambush on the mountain road last month.|6",
            "At least 9 pilgrims were killed last week when their bus struck a mine on the coast road.|9",
            "The bodies of 4 fishermen abducted last month were found on the shore yesterday.|4",
            "The bodies of 4 fishermen abducted last month were found on the shore.|4",
            "Fighting between the two clans killed 12 people in the market town this week.|12",
            "The militia abducted 22 farmers over the past three days in the eastern districts.|22",
            "Over 10 days of fighting, 45 guards were killed on the ridge.|45",
            "A teacher who was arrested last month died in custody.|1",
            "The gang killed 5 drivers abducted on the coast road last month.|5",
            "The gang killed 5 drivers who had been abducted on the coast road last month.|5",
            "The flood that struck the valley earlier this month killed 17 people.|17"})
    void oneEventKeepsItsIncident(String text, long value) {
        assertEquals(Scope.INCIDENT, figure(read(text), value).scope());
    }

    /**
     * Rules "periodic-toll", "since-start" and "period-total": a count told in a monthly or annual report or statistics
     * is counted over its period, and so is a toll since an offensive's launch, from the beginning of the year, or over
     * a week of days or more.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In its monthly report, the monitor documented the death of 318 people in the valley.|318",
            "The annual statistics of the monitor show that 2,406 people were killed in the provinces.|2406",
            "The toll of the offensive on the plateau since its launch has risen to 143 villagers.|143",
            "From the beginning of the year until today, 96 herders were killed on the plateau.|96",
            "In 12 days, the patrols arrested 64 traders on the river.|64"})
    void aPeriodicReportOrALaunchMakesARunningTotal(String text, long value) {
        assertEquals(Scope.CUMULATIVE, figure(read(text), value).scope());
    }

    /** Rule "feast-period": a feast or a season after "during" is a stretch of the calendar, a feast from its first day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 88 people across the country during Ramadan, among them 30 children.|88|2024-03-11",
            "During the holy month of Ramadan, the patrols arrested 26 people in the northern villages.|26|2024-03-11",
            "During the first two days of Eid al-Fitr, 7 children were injured by war remnants in the plains.|7|2024-04-10",
            "Traffic and shelling killed 19 people throughout Eid al-Adha last year.|19|2023-06-28",
            "During the winter months, 23 displaced people died of cold in the tents of the border camps.|23|",
            "During the Eid holiday, 11 people were killed in road accidents and gunfire in the towns.|11|2024-04-10",
            "During the truffle season, mines killed 42 gatherers in the desert.|42|"})
    void aFeastOrASeasonMakesARunningTotal(String text, long value, LocalDate since) {
        Claim total = figure(read(text), value);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }

    /** Rule "feast-period" needs the season to end its phrase: "the winter storm" is one event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "During the winter storm, 5 people died of cold in the tents of the border camps.|5",
            "A child was killed during Ramadan prayers in the old mosque.|1"})
    void aSeasonBeforeANounIsOneEvent(String text, long value) {
        assertEquals(Scope.INCIDENT, figure(read(text), value).scope());
    }

    /** Rule "events-with-victims": a count of events counts no people, whether or not their victims are told. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented 27 assassinations in the southern province in May.|27|0",
            "The monitor documented 27 assassinations in the southern province last month, which claimed the lives of 35 people.|27|35",
            "The province witnessed 16 assassinations and assassination attempts during the month.|16|0"})
    void aCountOfEventsIsNoCountOfPeople(String text, long events, long victims) {
        List<Claim> claims = read(text);
        assertEquals(0, claims.stream().filter(c -> c.count().value() == events).count(), claims::toString);
        if (victims > 0) {
            assertEquals(Outcome.KILLED, figure(claims, victims).outcome());
        }
    }

    /** Rule "released-figure": the part of an arrested whole that was set free is no arrest; the whole still is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The guards detained 45 herders at the crossing, and 18 of those detained were released two days later.|45|18",
            "Gunmen kidnapped 12 drivers on the desert road; 5 of the abducted were freed after their families paid.|12|5"})
    void aReleasedPartIsNoArrest(String text, long captured, long released) {
        List<Claim> claims = read(text);
        assertEquals(Outcome.CAPTURED, figure(claims, captured).outcome());
        assertEquals(0, claims.stream().filter(c -> c.count().value() == released).count(), claims::toString);
    }

    private static Claim figure(List<Claim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + claims));
    }
}
