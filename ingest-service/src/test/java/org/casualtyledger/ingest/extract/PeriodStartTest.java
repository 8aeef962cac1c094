package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "period-start": the first day of a running total's period where no "since DATE" gives it right away; rule
 * "mid-period": "mid-March" is the 15th of March; rule "end-of-month": "the end of April" is its last day; rules
 * "period-named-before", "same-period" and "since-then": a period told before in the report; rule
 * "fronted-month": "In March," before the sentence; rule "part-of-year": "the first half of 2023".
 */
class PeriodStartTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It rose to 2,100 the number of people killed since the start of the offensive on the 2nd of May 2022.|2100|KILLED|2022-05-02",
            "The monitor documented the death of 210 civilians during June, among them 40 children.|210|KILLED|2024-06-01",
            "The monitor documented the death of 310 people in the province in March 2023, among them 12 women.|310|KILLED|2023-03-01",
            "Since the beginning of the year, the monitor has documented the killing of 410 people in the province.|410|KILLED|2024-01-01",
            "The monitor has documented the arrest of 77 persons by the security services since early this month.|77|CAPTURED|2024-06-01",
            "The monitor documented the death of 980 people during 2023, the lowest annual toll since the start of the war in 2011.|980|KILLED|2023-01-01",
            "The police campaign, which began on the 14th of April in the district, resulted so far in the arrest of 65 persons.|65|CAPTURED|2024-04-14",
            "Since the beginning of 2024, gunmen have killed 60 guards in the desert, while the army lost 15 others in the same period.|15|KILLED|2024-01-01",
            "The monitor has documented since the 3rd of May 2013 the death of 2,400 prisoners, and reported that 70 more had died since 2020.|2400|KILLED|2013-05-03",
            "Since mid-March, the number of fighters killed in the hills has risen to 318.|318|KILLED|2024-03-15",
            "The monitor counted 52 killings of civilians by armed gangs in the district since mid-April.|52|KILLED|2024-04-15",
            "The monitor documented the death of 312 people in the province during November 2023. It also documented the arrest of 96 persons by the security services during the same month.|96|CAPTURED|2023-11-01",
            "The number of people killed in the hills since the end of April has risen to 140.|140|KILLED|2024-04-30",
            "The number of people killed in the hills since the end of February 2023 has risen to 640.|640|KILLED|2023-02-28",
            "The monitor documented the death of 1,180 people in the province during May 2024. In the same period, the monitor documented the injury of more than 1,900 people.|1900|INJURED|2024-05-01",
            "The monitor documented the death of 465 villagers since the start of the raids on the 15th of March. The gunmen abducted 120 young men in the valley since then.|120|CAPTURED|2024-03-15",
            "In March, gunmen killed 16 guards of the depots in the desert.|16|KILLED|2024-03-01",
            "The monitor documented the death of 1,412 people in the province in the first half of 2023.|1412|KILLED|2023-01-01",
            "The monitor counted 500 villagers killed over the first six months of 2016.|500|KILLED|2016-01-01",
            "The monitor documented the death of 80 people in April. Also in April, raiders abducted 14 drivers on the road.|14|CAPTURED|2024-04-01",
            "The monitor documented the death of 2,750 people in the province during the year 2022.|2750|KILLED|2022-01-01",
            "The monitor documented the death of 2,760 people in the province in the year 2021.|2760|KILLED|2021-01-01",
            "Since the beginning of the year 2022, the monitor has documented the killing of 2,770 people in the province.|2770|KILLED|2022-01-01",
            "The number of guards killed in the hills since the start of the year 2023 has risen to 2,780.|2780|KILLED|2023-01-01",
            "The month of March alone witnessed the killing of 19 villagers in the valley.|19|KILLED|2024-03-01"})
    void aRunningTotalStartsWhereItsPeriodDoes(String text, long value, Outcome outcome, LocalDate since) {
        Claim claim = find(extractor.extract("r-start", text, LocalDate.of(2024, 6, 12)), value, outcome);
        assertEquals(Scope.CUMULATIVE, claim.scope());
        assertEquals(since, claim.periodStart());
    }

    /** Rule "period-named-before": the event named again without its date starts where its dated telling did, in any paragraph. */
    @Test
    void anEventNamedAgainStartsOnTheDateToldBefore() {
        String text = "The monitor documented the death of 506 villagers since the start of the raids on the valley on the "
                + "1st of May.\n\nMeanwhile, it rose to 213 the number of guards who were killed since the start of the raids, "
                + "while it rose to 90 the number of drivers who were killed since the start of the floods.";
        List<Claim> claims = extractor.extract("r-start", text, LocalDate.of(2024, 6, 12));
        assertEquals(LocalDate.of(2024, 5, 1), find(claims, 213, Outcome.KILLED).periodStart());
        assertNull(find(claims, 90, Outcome.KILLED).periodStart(), "another event's start is not told");
    }

    /** Rule "revolution-start": a Syrian monitor counts the revolution from the 15th of March 2011 where it gives no date. */
    @Test
    void theRevolutionStartsInMarch2011() {
        List<Claim> claims = extractor.extract("r-start", "The Syrian Observatory documented the death of 190 detainees in the "
                + "prisons in 2023, while the number of detainees who died in the prisons since the beginning of the revolution "
                + "rose to 16,400.", LocalDate.of(2024, 1, 2));
        assertEquals(LocalDate.of(2011, 3, 15), find(claims, 16400, Outcome.KILLED).periodStart());
        assertEquals(LocalDate.of(2023, 1, 1), find(claims, 190, Outcome.KILLED).periodStart());
        List<Claim> dated = extractor.extract("r-start", "The Syrian Observatory said the number of people killed since the "
                + "beginning of the revolution on the 18th of March 2011 rose to 215,000.", LocalDate.of(2015, 4, 1));
        assertEquals(LocalDate.of(2011, 3, 18), find(dated, 215000, Outcome.KILLED).periodStart());
    }

    /** Rule "fronted-month": a month after the figure only dates its event. */
    @Test
    void aMonthAfterTheFigureDatesTheEvent() {
        List<Claim> claims = extractor.extract("r-start", "Gunmen killed 5 guards in the tunnel in May.", LocalDate.of(2024, 6, 12));
        assertEquals(Scope.INCIDENT, find(claims, 5, Outcome.KILLED).scope());
    }
}
