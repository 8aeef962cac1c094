package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope rules of a running total: what makes a figure a total over a period, and the period it starts. */
class PeriodScopeRulesTest extends ExtractorTest {

    PeriodScopeRulesTest() {
        super("r-period", LocalDate.of(2024, 6, 12));
    }

    /** Rule "adverb-after-auxiliary": "has thus risen to" keeps the running total's subject in its clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of people killed in the valley since the 3rd of May has thus risen to 48.|48|2024-05-03",
            "The number of fighters captured by the guards since the start of the year has thus reached 130, including 12 leaders.|130|2024-01-01"})
    void anAdverbAfterTheAuxiliaryKeepsTheRunningTotal(String text, long value, LocalDate since) {
        Claim total = figure(read(text), value);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }

    /** Rule "raised-total": a toll raised right after a running total of its sentence is told over the same period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 140 people in the north since the floods struck on the 6th of February, while the number of those who died in the south has risen to 75, bringing the overall toll to 215.|215|2024-02-06|CUMULATIVE",
            "Gunmen killed 2 shepherds in the valley on Friday, bringing the toll of the attacks on herders to 45.|45|2024-06-07|INCIDENT"})
    void aTollRaisedAfterARunningTotalSharesItsPeriod(String text, long value, LocalDate since, Scope scope) {
        Claim total = figure(read(text), value);
        assertEquals(scope, total.scope());
        assertEquals(since, total.periodStart());
    }

    /**
     * Rule "period-subject": a month or a year that witnessed the deaths is the period they are counted over; "the
     * month" alone ("The month has also witnessed") is a month told before, whose first day is left to it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The month of March 2024 witnessed the death of 188 people across the country.|188|2024-03-01",
            "2023 saw the arrest of 96 traders by the border guards.|96|2023-01-01",
            "The past month recorded the death of 75 farmers in the valley.|75|2024-05-01",
            "The number of herders killed in the hills since the start of May rose to 40. The month has also witnessed the death of 76 raiders.|76|"})
    void aPeriodThatWitnessedTheDeathsIsTheirPeriod(String text, long value, LocalDate since) {
        Claim total = figure(read(text), value);
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }

    /** Rule "period-subject" needs a period before the verb: witnesses who saw the dead name no period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Witnesses saw the bodies of 14 men near the bridge.|14",
            "Residents saw gunmen kill 3 shepherds near the well.|3"})
    void witnessesNameNoPeriod(String text, long value) {
        assertEquals(Scope.INCIDENT, figure(read(text), value).scope());
    }

    /**
     * Rule "named-period": "the first half of 2024" is a span like "the first six months"; a year followed by the
     * clause's auxiliary ("in 2023 has risen") ends its phrase like a mark.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 301 people in the first half of 2024.|301",
            "The monitor documented the death of 302 people during the first quarter of the year.|302",
            "The number of people killed in the camp in 2023 has risen to 320.|320",
            "The guards have arrested 41 smugglers at the crossing in 2023 so far.|41"})
    void aNamedSpanOrYearMakesARunningTotal(String text, long value) {
        assertEquals(Scope.CUMULATIVE, figure(read(text), value).scope());
    }

    /** Rule "since-time-of-day": since a time of day is the day's events; since a month opens a period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The bombing of the market has killed 41 people since the early hours of the day.|41|INCIDENT",
            "The shelling on the old town has killed 12 civilians since early morning.|12|INCIDENT",
            "The shelling on the old town has killed 13 civilians since early February.|13|CUMULATIVE"})
    void sinceATimeOfDayIsTheDaysEvents(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "relative-aside": a period inside a relative clause between commas is that clause's, not the figure's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cells, which have stepped up their raids since the start of the year, killed 7 shepherds on Monday.|7|INCIDENT",
            "The cells have killed 8 shepherds since the start of the year, which is a record.|8|CUMULATIVE"})
    void aPeriodInARelativeAsideIsNotTheFiguresPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /**
     * Rule "raised-losses": a raising verb whose subject is the losses of the people counted ("their losses", "the
     * guard's losses", "the human toll of ...") reaches a running total of the dead over the period it names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Raiders shot dead four guards of the convoy on Sunday, bringing their losses since the 2nd of April to 61.|61|2024-04-02",
            "A mine killed two sappers, raising the brigade's losses in the valley since the start of the year to 37.|37|2024-01-01",
            "Three rangers died of their wounds, bringing the human toll of the park service since March to 19 rangers.|19|2024-03-01"})
    void losingVerbsRaiseTheLossesOfAPeriod(String text, long value, LocalDate since) {
        Claim total = figure(read(text), value);
        assertEquals(org.casualtyledger.claim.Outcome.KILLED, total.outcome());
        assertEquals(Scope.CUMULATIVE, total.scope());
        assertEquals(since, total.periodStart());
    }

    /** Rule "raised-losses" needs a toll noun: raising their wages to 40 counts nobody. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The council hired 3 guards on Sunday, raising their wages since the 2nd of April to 40.|40"})
    void raisingAnythingElseCountsNobody(String text, long value) {
        assertEquals(0, read(text).stream().filter(c -> c.count().value() == value).count());
    }

    private static Claim figure(List<Claim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + claims));
    }

    /** Rule "passive-over-period": "over the past 24 hours" after the participle is a stretch of time, not its object. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented 18 people killed over the past 24 hours.|18|INCIDENT",
            "The monitor counted 230 people killed over the past three months.|230|CUMULATIVE",
            "Gunmen killed over 20 people in the village.|20|INCIDENT"})
    void overAfterTheParticipleOpensAStretchOfTime(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "reported-pluperfect": "had killed" in the words of an earlier report is one event's past, not a record. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor published this morning that the drones had killed 4 herders near the dam.|4|INCIDENT",
            "Local sources said that the raids had killed 9 villagers.|9|INCIDENT",
            "By the end of the siege, the militia had executed 713 prisoners.|713|CUMULATIVE"})
    void hadInReportedWordsIsOneEvent(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rules "whole-span" and "calendar-range": a whole month or year, or a range of months, is a period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In addition, 105 prisoners died in the jails over the year.|105|CUMULATIVE",
            "Over the course of the month, the monitor documented the death of 77 villagers.|77|CUMULATIVE",
            "Within a month, the militia lost 120 members in the hills.|120|CUMULATIVE",
            "A total of 415 people lost their lives in the valley between January and May 2024.|415|CUMULATIVE",
            "From the start of January until the end of May, 416 people were killed in the valley.|416|CUMULATIVE",
            "Gunmen killed 4 guards over the weekend.|4|INCIDENT",
            "The month of the harvest began when gunmen killed 5 farmers between the two villages.|5|INCIDENT"})
    void aWholeSpanOrARangeOfMonthsIsAPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "other-outcome-scope": the wounded told as added right after a running total are counted over its period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of herders killed in the hills since the start of the year has risen to 58. In addition, more than 90 people were injured.|90|CUMULATIVE",
            "The number of herders killed in the hills since the start of the year has risen to 58. The raids also left 91 people injured.|91|CUMULATIVE",
            "The number of herders killed in the hills since the start of the year has risen to 58, and the number of injured has reached 92.|92|CUMULATIVE",
            "The number of herders killed in the hills since the start of the year has risen to 58. In addition, 93 people were injured in a raid today.|93|INCIDENT",
            "The number of herders killed in the hills since the start of the year has risen to 58, and raiders injured 94 people.|94|INCIDENT"})
    void theWoundedToldBesideARunningTotalShareItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "contrasted-total" over a named month or year: "in 2016 ..., while 280 ... were executed" shares the year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The militia executed 3,600 people in 2016, including 1,400 villagers, while 280 of its own members were executed.|280|CUMULATIVE",
            "The guards arrested 95 smugglers during March 2024, while 12 others were shot dead at the fence.|12|CUMULATIVE"})
    void aFigureSetBesideACalendarTotalSharesItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "calendar-range" over days: "between March 1 and March 31" spans many days; "between 6 and 8" is a range of people. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Between March 1 and March 31, gunmen killed 17 herders in the valley.|17|CUMULATIVE",
            "From 2 January to 28 February the guards arrested 41 smugglers at the crossing.|41|CUMULATIVE",
            "Between 6 and 8 soldiers were killed in the attack on March 3.|6|INCIDENT",
            "In the period from the 1st to the 30th of June, the monitor documented the death of 330 herders.|330|CUMULATIVE"})
    void aRangeOfDaysMakesARunningTotal(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "since-dated-start": "since then" counts from the start dated in the sentence before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On the 3rd of May, the army launched an offensive on the valley. Since then, the monitor has documented the death of 213 soldiers.|213|CUMULATIVE|2024-05-03",
            "The siege of the town began on the 2nd of March. The monitor has counted since then the death of 97 villagers.|97|CUMULATIVE|2024-03-02",
            "A car bomb exploded in the market on the 3rd of May, killing 9 people. Since then, the monitor has documented the death of 4 more.|4|INCIDENT|"})
    void sinceThenCountsFromTheStartDatedBefore(String text, long value, Scope scope, LocalDate since) {
        Claim claim = figure(read(text), value);
        assertEquals(scope, claim.scope());
        assertEquals(since, claim.periodStart());
    }

    /** Rule "shared-verb-scope": figures joined as the subjects of one verb share its period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of villagers killed since the 30th of April has risen to 312, while 158 guards and 203 raiders have been killed in the clashes.|203|CUMULATIVE",
            "The number of villagers killed since the 30th of April has risen to 312, while 158 guards and 203 raiders lost their lives in the fighting.|203|CUMULATIVE",
            "The number of villagers killed since the 30th of April has risen to 312, while 158 guards were killed and 203 raiders were wounded in a raid today.|203|INCIDENT"})
    void figuresOfOneVerbShareItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "so-far-scope": "so far" right after a running total counts from that total's start. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of guards killed since the start of the year has risen to 213. Government aircraft have also killed 58 farmers so far.|58|CUMULATIVE",
            "A car bomb killed 13 people at the market. Rescuers have so far pulled 40 wounded from the rubble.|40|INCIDENT"})
    void soFarAfterARunningTotalSharesItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rules "since-start" and "whole-span": "since the ceasefire took effect" opens a period; "over the course of the past month" is one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the ceasefire took effect, the monitor has documented the death of 96 people in violations.|96",
            "The monitor documented the death of 140 farmers since the floods struck the valley.|140",
            "Over the course of the past month, the monitor documented the death of 120 herders.|120"})
    void aStartToldByItsEventOrTheCourseOfASpanMakesARunningTotal(String text, long value) {
        assertEquals(Scope.CUMULATIVE, figure(read(text), value).scope());
    }

    /** Rule "counted-month" over a whole country: no one incident spans a country, so its month is the count's period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "410 people were killed across the country in August, according to the monitor.|410|CUMULATIVE",
            "The guards arrested 64 smugglers across Westland in August.|64|CUMULATIVE",
            "A raid killed 12 herders in the hills in August.|12|INCIDENT"})
    void aMonthCountedOverACountryIsItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "period-total" for a counted span: so many months or years gather their incidents; an age is no span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The guards lost 820 men in the battles for the citadel over four months.|820|CUMULATIVE",
            "Within 5 months, the monitor documented the death of 1,100 herders.|1100|CUMULATIVE",
            "Raiders killed 3 herders and a boy over 5 years old at the well.|3|INCIDENT",
            "Raiders killed 4 herders who had grazed the hills for ten years.|4|INCIDENT"})
    void soManyMonthsMakeARunningTotal(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "counted-month" over a week: a monitor's count over the past week gathers its incidents; the news's week of fighting is one event. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor has documented the death of 78 herders during the past week in the hills.|78|CUMULATIVE",
            "Raiders killed 5 herders in the hills over the past week.|5|INCIDENT"})
    void aWeekCountedByTheMonitorIsAPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /**
     * Rule "subject-clause": after ", and" a figure that is the subject of its own verb opens a clause of its own; the
     * period told there is not the first figure's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The shells wounded 14 villagers today, and from which about 9,000 people have fled since the siege began on the 2nd of March.|14|INCIDENT",
            "The shells wounded 14 villagers today, and from which about 9,000 people have fled since the siege began on the 2nd of March.|9000|CUMULATIVE",
            "Since the 2nd of March the shells wounded 14 villagers, and about 9,000 people have fled.|14|CUMULATIVE"})
    void aLaterSubjectAfterAndKeepsItsPeriod(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }

    /** Rule "later-relative": a period in the relative clause of a later figure is that figure's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 23 villagers on Thursday, in addition to 210 villagers who were killed since the start of the month.|23|INCIDENT",
            "The monitor documented the death of 23 villagers on Thursday, in addition to 210 villagers who were killed since the start of the month.|210|CUMULATIVE",
            "The monitor documented the death of 230 villagers, including 23 children who were killed by mines, since the start of the month.|230|CUMULATIVE"})
    void aPeriodInALaterRelativeClauseIsThatFiguresOwn(String text, long value, Scope scope) {
        assertEquals(scope, figure(read(text), value).scope());
    }
}
