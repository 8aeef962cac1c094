package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.assertNoClaim;
import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.Qualifier;
import org.casualtyledger.claim.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements of amount in a monitor's statistics paragraphs (annotation guide, `value`, `outcome`, `group`): the
 * figure a verb of amount gives its subject ("the civilians among them numbered 96", "the number ... stands at 45"),
 * and the dates around it that count no one.
 */
class AmountStatementRulesTest extends ExtractorTest {

    AmountStatementRulesTest() {
        super("r-amount-statements", LocalDate.of(2025, 6, 2));
    }

    /** A year before a comma and an article is a date ("Since the beginning of 2025, the number of ..."), no figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the beginning of 2025, the number of people killed by landmines in the province rose to 61.|2025|61",
            "Since early 2024, the number of children killed by remnants of war has reached 29.|2024|29",
            "Since the start of 2023, the number of civilians abducted in the countryside of Daraa rose to 140.|2023|140"})
    void aYearBeforeACommaAndAnArticleIsNoFigure(String text, long year, long figure) {
        var claims = read(text);
        assertNoClaim(claims, year);
        assertEquals(Scope.CUMULATIVE, claims.stream().filter(c -> c.count().value() == figure).findFirst().orElseThrow().scope());
    }

    /** Rule "subject-amount": a verb of amount gives its subject the figure, and the subject says who and what befell them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Regime soldiers killed by the cells in the desert numbered 40 during the month.|40|KILLED|SYRIAN_REGIME",
            "The war has killed more than 300,000 people, while the injured exceed 900,000.|900000|INJURED|PEOPLE",
            "The detainees who died under torture in the prisons since the start of the year reached 37.|37|KILLED|DETAINEES",
            "The people displaced from the villages since the start of the offensive amounted to 18,000.|18000|DISPLACED|PEOPLE",
            "The shelling went on all night. Those killed in the shelling were 12, and the wounded were 30.|30|INJURED|PEOPLE",
            "The monitor counted 51 people killed, while the fighters of the factions arrested stood at 14.|14|CAPTURED|FIGHTERS",
            // a copula with a counted noun after it, where the subject is the victims or the dead
            "The victims of the drone strike on the car are 3 civilians.|3|KILLED|CIVILIANS",
            "The dead of the massacre in the village were 6 members of one family.|6|KILLED|CIVILIANS",
            "Those injured in the attack on the bus were at least 25 people.|25|INJURED|PEOPLE",
            // the perfect, an adverb of time before the figure, a phrase of time in the subject
            "With two more deaths, the total of SDF members killed in the clashes has become 23.|23|KILLED|SDF",
            "The number of civilians killed by airstrikes in 2024 stands now at 210.|210|KILLED|CIVILIANS",
            "Members of the regime forces killed since the start of the year numbered no fewer than 470.|470|KILLED|SYRIAN_REGIME",
            // the subject's head names the outcome
            "Deaths among children since the start of the year have reached 41.|41|KILLED|CIVILIANS",
            "Injuries among the civilians in the camp exceeded 300.|300|INJURED|CIVILIANS",
            "The arrests of civilians at the checkpoints of the province numbered 75.|75|CAPTURED|CIVILIANS"})
    void aVerbOfAmountGivesItsSubjectTheFigure(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(text), value, outcome).group());
    }

    /** ... and "among them" in the subject makes the figure a part of the toll told before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The monitor documented the death of 210 people in April 2025. The civilians among them numbered 96.|210|96|CIVILIANS",
            "Since the start of the year, 77 people were abducted in the province; the children among them were 12.|77|12|CIVILIANS"})
    void aSubjectAmongThemIsAPartOfTheTollBefore(String text, long toll, long part, String group) {
        var claims = read(text);
        var parent = find(claims, toll, claims.get(0).outcome());
        var child = find(claims, part, parent.outcome());
        assertEquals(parent.id(), child.parentId());
        assertEquals(group, child.group());
        assertEquals(parent.scope(), child.scope());
    }

    /** A participle with an object is the subject's own deed, not what befell them: the killers are no victims. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The gunmen who killed the shepherd numbered four.|4",
            "The members of the cell that abducted the merchant reached 9, according to the sources.|9",
            "The fighters who took part in the attack numbered 300.|300"})
    void theSubjectsOwnDeedIsNoOutcome(String text, long value) {
        assertNoClaim(read(text), value);
    }

    /** One person after a copula is the predicate of a figure told before (rule "predicate-victim"), no new victim. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Three guards were killed at the gate. One of those killed was an officer.",
            "Two soldiers were shot dead near the depot, and one of those killed was a colonel."})
    void onePersonAfterACopulaIsNoNewVictim(String text) {
        assertEquals(1, read(text).stream().filter(c -> c.count().value() == 1).count());
    }

    /** Rule "toll-copula" with a verb of amount: "the toll of the massacre amounts to 23", "the toll becomes 44". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of children killed by remnants of war in the province amounts to 18.|18|KILLED|CIVILIANS",
            "The toll of the explosion becomes 44 after two wounded men died in hospital.|44|KILLED|PEOPLE",
            "The death toll of the massacre in the village amounts to 23.|23|KILLED|PEOPLE",
            "The number of detainees abducted from the camp totals 61.|61|CAPTURED|DETAINEES",
            // a toll named by its group's modifier counts that group, with or without a total before it
            "The civilian toll of the bombardment of the town rose to 64.|64|KILLED|CIVILIANS"})
    void aNumberToldByAVerbOfAmount(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(text), value, outcome).group());
    }

    /** Rule "exceeding-amount": a number a verb says is exceeded is a lower bound. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of civilians killed since the end of April exceeds 730.|730",
            "The number of people injured in the blasts has surpassed 60.|60"})
    void anExceededNumberIsMoreThanIt(String text, long value) {
        assertEquals(Qualifier.MORE_THAN, find(read(text), value, read(text).get(0).outcome()).count().qualifier());
    }

    /**
     * Rule "appositive-breakdown" with people told one by one: "killing two civilians, a man and his brother, and
     * wounding four others": the man and his brother are the two civilians, and the others continue the civilians.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Gunmen fired on a car near the village, killing two civilians, a man and his brother, and wounding four others.|2|4|CIVILIANS",
            "A shell hit a house in the town, killing three civilians, a woman and her two daughters, and injuring five others.|3|5|CIVILIANS",
            "A drone struck a vehicle of the SDF, killing two members, an officer and his companion, and injuring three others.|2|3|SDF"})
    void peopleToldOneByOneInAppositionAreTheFigure(String text, long total, long others, String group) {
        var claims = read(text);
        var parent = find(claims, total, Outcome.KILLED);
        var parts = claims.stream().filter(c -> parent.id().equals(c.parentId())).toList();
        assertEquals(total, parts.stream().mapToLong(c -> c.count().value()).sum());
        parts.forEach(c -> assertEquals(group, c.group()));
        assertEquals(group, find(claims, others, Outcome.INJURED).group());
    }

    /**
     * Rule "counted-month" over "the number of" people, and "named-period" before a verb of amount: "the number of
     * civilians killed in April rose to 96" counts the month; "so far in 2025 reached 57" the year.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The number of civilians killed by landmines in April stands at 14.|14|2025-04-01",
            "In March, the number of people arrested by the security services reached 96.|96|2025-03-01",
            "The number of people abducted in the province so far in 2025 reached 57.|57|2025-01-01",
            "The number of fighters killed in 2024 exceeded 3,000.|3000|2024-01-01"})
    void aNumberOfPeopleInANamedMonthOrYearIsItsTotal(String text, long value, LocalDate since) {
        var claim = read(text).stream().filter(c -> c.count().value() == value).findFirst().orElseThrow();
        assertEquals(Scope.CUMULATIVE, claim.scope());
        assertEquals(since, claim.periodStart());
    }

    /**
     * Rule "breakdown-outcome" for one person: "leaving 4 dead, among them a child, and 9 wounded": the verb past the
     * comma is the next figure's, and the child is a part of the dead.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Clashes between two clans left 4 dead, among them a child, and 9 wounded.|4|KILLED",
            "The shelling killed 6 people, including a woman, and 11 others were injured.|6|KILLED"})
    void onePersonPartKeepsItsTotalsOutcome(String text, long total, Outcome outcome) {
        var claims = read(text);
        var parent = find(claims, total, outcome);
        var part = claims.stream().filter(c -> parent.id().equals(c.parentId())).findFirst().orElseThrow();
        assertEquals(1, part.count().value());
        assertEquals(outcome, part.outcome());
    }
}
