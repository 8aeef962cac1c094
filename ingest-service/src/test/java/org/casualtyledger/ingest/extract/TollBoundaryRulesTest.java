package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an incident's toll begins and ends: deaths told after the toll, earlier events named as a cause, running
 * totals beside it. One test per rule; sentences written for this project.
 */
class TollBoundaryRulesTest extends ExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 14);

    TollBoundaryRulesTest() {
        super("r-toll-boundary", PUBLISHED);
    }

    private static Claim withRulePrefix(List<Claim> claims, String prefix) {
        return claims.stream().filter(c -> c.rule().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of rule " + prefix + "* in " + claims));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A grenade killed three traders at the market. Several shoppers were hurt. The market's manager later died of his wounds.|4",
            "Raiders shot dead two herders near the well. Two of the guards were wounded, one of whom later died in the clinic.|3",
            "Four pilgrims were killed on the road and 12 were wounded. Nine were taken to the district hospital, where one died.|5",
            "Four pilgrims were killed on the road, one of whom died in the ambulance.|4"})
    void aDeathToldAfterTheTollAddsToIt(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    @Test
    void laterDeathNamesItsRule() {
        Claim later = withRulePrefix(read("A mine killed five soldiers. The driver later died in hospital."), "later-death-");
        assertNull(later.parentId());
        assertEquals(1, later.count().value());
    }

    /** Rule "separate-incident": a sentence that opens by setting its event apart adds a toll of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Five farmers were killed in shelling of the valley. Later that day, four herders were killed in a strike on a well.|9",
            "Five farmers were killed in shelling of the valley. In a separate attack, four herders were killed near the river.|9",
            "Five farmers were killed in shelling of the valley. Separately, four herders were killed on the road.|9",
            "Five farmers were killed in shelling of the valley. Four of them were killed in the orchards.|5"})
    void aSeparateIncidentAddsItsToll(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "days-since": a perfect-tense toll "since" a day is the incident's; "since" the war is a running total. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Army shelling has killed six villagers since the weekend, residents said.|INCIDENT",
            "Air raids have killed four farmers since Tuesday night.|INCIDENT",
            "More than 900 people have been killed since the war began.|CUMULATIVE"})
    void aSpanOfDaysKeepsTheIncident(String text, org.casualtyledger.claim.Scope scope) {
        Claim killed = read(text).stream().filter(c -> c.outcome() == Outcome.KILLED).findFirst().orElseThrow();
        assertEquals(scope, killed.scope());
    }

    /**
     * Rules "rising-toll" with "took/brought to N the number of" and "period-total" for a named stretch ("in this
     * month alone", "for the first six months"): running totals, never the incident's toll.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Shelling killed four people in the town. The raids took to 70 the number of civilians killed in the district in the past ten days.|4",
            "A strike on the clinic killed nine people. In this month alone 300 patients were treated for wounds and 41 have died.|9",
            "A strike on the clinic killed nine people. The clinics counted 25 dead in a total of six influxes for the first five months of the year.|9"})
    void namedStretchesAndRaisedNumbersAreRunningTotals(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }

    /** Rule "running-total" over the country: "so far across the country" right after the figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A mob attack killed four traders in the market, with nine deaths reported so far across the country.|4",
            "Four traders were killed in the market so far, police said.|4"})
    void aTollSoFarAcrossTheCountryIsARunningTotal(String text, long killed) {
        assertEquals(killed, toll(text, Outcome.KILLED));
    }
}
