package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "coordinated-victims", "figure-after-and", "conjunct-after-part", "conjunct-after-parenthesis",
 * "another-subject" and "another-opening": people joined by
 * "and" (or told as "another") are people of their own, beside the first, never a repeat or a part of them.
 */
class CoordinatedFiguresRulesTest extends ExtractorTest {

    CoordinatedFiguresRulesTest() {
        super("r-coordinated", LocalDate.of(2024, 6, 12));
    }

    /** Rule "coordinated-victims": two victims read off one outcome word are two people. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Residents reported the killing of an old farmer and a girl by a sniper near the mill.|KILLED",
            "The monitor learned of the death of a nurse and a boy in the shelling of the clinic.|KILLED",
            "Villagers found the bodies of a shepherd and his brother near the dam.|KILLED"})
    void coordinatedVictimsOfOneWordAreTwoPeople(String text, Outcome outcome) {
        List<Claim> claims = read(text).stream().filter(c -> c.outcome() == outcome).toList();
        assertEquals(2, claims.size(), claims.toString());
        for (Claim c : claims) {
            assertEquals(1, c.count().value());
            assertNull(c.restates(), c.toString());
        }
    }

    /**
     * Rules "figure-after-and", "conjunct-after-part" and "conjunct-after-parenthesis": the figure after "and" (after a
     * part told between commas or in parentheses) keeps its own party, beside the first.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "An air strike killed 9 civilians and 5 HTS fighters near the bridge.|9|CIVILIANS|5|HTS",
            "Clashes killed 6 villagers and 2 members of ISIS in the desert.|6|CIVILIANS|2|ISIS",
            "The bombardment killed 11 civilians, 4 of them women, and 7 SDF fighters.|11|CIVILIANS|7|SDF",
            "The raids killed 14 villagers, including 5 children, and 3 ISIS members.|14|CIVILIANS|3|ISIS",
            "The air raid killed 8 villagers (3 of them children) and 4 HTS fighters near the mill.|8|CIVILIANS|4|HTS",
            "The shelling killed 9 civilians (including 4 children (2 of them girls)) and 3 ISIS members.|9|CIVILIANS|3|ISIS",
            "Clashes killed 10 regime soldiers (including 2 officers), and 7 SDF fighters at dawn.|10|SYRIAN_REGIME|7|SDF"})
    void aFigureAfterAndStandsBesideTheFirst(String text, long first, String firstGroup, long second, String secondGroup) {
        List<Claim> claims = read(text);
        Claim a = find(claims, first, Outcome.KILLED);
        Claim b = find(claims, second, Outcome.KILLED);
        assertEquals(firstGroup, a.group());
        assertEquals(secondGroup, b.group());
        assertNull(b.parentId(), b.toString());
    }

    /** Rule "another-subject": "another" as the subject of a singular passive is one more victim, of that outcome. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A boy was killed by a landmine, while another was injured.|INJURED",
            "A farmer was shot dead in the orchard and another was wounded.|INJURED",
            "Three guards were wounded in the attack, while another was killed.|KILLED"})
    void anotherAsSubjectIsOneMoreVictim(String text, Outcome outcome) {
        assertEquals(1, find(read(text), 1, outcome).count().value());
    }

    /** Rule "another-opening": "Another" opening a sentence is one more victim, of the group of the figure before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A shepherd was killed by a landmine near the dam. Another was injured by sniper fire.|INJURED|CIVILIANS",
            "Two ISIS members were killed in a raid on a farm. Another was killed at dawn.|KILLED|ISIS",
            "A child was wounded by shrapnel. Another was wounded in the market.|INJURED|CIVILIANS"})
    void anotherOpeningASentenceIsOneMoreVictim(String text, Outcome outcome, String group) {
        List<Claim> claims = read(text).stream().filter(c -> c.outcome() == outcome).toList();
        Claim another = claims.get(claims.size() - 1);
        assertEquals(1, another.count().value(), claims.toString());
        assertEquals(group, another.group(), another.toString());
        assertNull(another.parentId(), another.toString());
        assertNull(another.restates(), another.toString());
    }

    /** Rule "closed-pair-clause": after a pair joined by "and", a figure after ", and" has a verb of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A mine went off near the mill, killing 5 workers and 2 guards, and 8 people were wounded in the blast.|2|8|INJURED",
            "Raiders shot dead 6 herders and 3 boys, and 11 others were abducted near the wells.|3|11|CAPTURED"})
    void aFigureAfterAClosedPairStartsItsOwnClause(String text, long pairEnd, long clauseFigure, Outcome clauseOutcome) {
        List<Claim> claims = read(text);
        find(claims, pairEnd, Outcome.KILLED);
        find(claims, clauseFigure, clauseOutcome);
        assertEquals(1, claims.stream().filter(c -> c.count().value() == pairEnd).count(), claims.toString());
    }

    /** Rule "fired-on-then-outcome": the people fired on take the participle after them; alone they are no victims. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Masked men opened fire on a farmer and his son at the orchard, killing them.|2|KILLED",
            "A patrol opened fire on a trader near the bridge, wounding him.|1|INJURED",
            "Guards opened fire on a fisherman at the lake, and he fled unhurt.|0|KILLED",
            "Raiders opened fire on him near the well, while a girl was wounded by a stray bullet.|0|KILLED"})
    void peopleFiredOnTakeTheParticipleAfterThem(String text, long victims, Outcome outcome) {
        List<Claim> claims = read(text);
        assertEquals(victims, claims.stream().filter(c -> c.outcome() == outcome).count(), claims.toString());
        claims.stream().filter(c -> c.outcome() == outcome).forEach(c -> assertEquals(1, c.count().value(), c.toString()));
    }
}
