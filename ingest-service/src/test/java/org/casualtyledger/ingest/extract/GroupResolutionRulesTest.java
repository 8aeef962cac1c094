package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Group resolution (annotation guide, field `group`): a name resolves through its aliases, the report's earlier
 * mentions and the total a part belongs to. Rules "toll-of-group" (a party's toll before its rising verb),
 * "breakdown-group" (fighters of no side under a party's toll are that party's) and "loss-subject" (the side that
 * lost them). One table: the text, a figure and
 * its outcome, and the group it must get.
 */
class GroupResolutionRulesTest extends ExtractorTest {

    GroupResolutionRulesTest() {
        super("r-group-resolution", LocalDate.of(2023, 6, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // toll-of-group: the party named by "the toll of" right before the verb of its rise
            "Hama – SOHR: The death toll of the regime forces rose to 12, while the factions lost 3 fighters.|12|KILLED|SYRIAN_REGIME",
            "Idlib – SOHR: The toll of HTS has reached 40 since the start of the attack on the hills.|40|KILLED|HTS",
            "Raqqa – SOHR: With the new losses, the toll of the SDF reaches 19 since the offensive began.|19|KILLED|SDF",
            // an event's toll still counts whoever died in it
            "Raqqa – SOHR: The toll of the SDF offensive rose to 19 since Monday.|19|KILLED|PEOPLE",
            // breakdown-group: fighters of no stated side under a party's toll
            "Idlib – SOHR: 8 fighters of HTS were killed, including a field commander and two Uzbek fighters.|2|KILLED|HTS",
            "Hama – SOHR: The ambush killed 11 members of the NDF, among them 3 fighters from the town.|3|KILLED|SYRIAN_REGIME",
            // ... but a fighter among civilians keeps his own group
            "Daraa – SOHR: 9 people were killed in the market, among them two fighters.|2|KILLED|FIGHTERS",
            // loss-subject: the side named last before "lost", a party or a noun of armed men
            "Daraa – SOHR: The regime forces lost 6 soldiers, and the local gunmen lost 4 men in the clashes.|4|KILLED|FIGHTERS",
            "Daraa – SOHR: The local gunmen attacked a checkpoint of the regime forces, which lost 6 soldiers.|6|KILLED|SYRIAN_REGIME",
            // pronoun-part: "of them", "of its members" count people of the party named before them
            "Homs – SOHR: Cells ambushed a truck carrying members of the regime forces near the dam, killing 13 of them.|13|KILLED|SYRIAN_REGIME",
            "Idlib – SOHR: Drones struck a post of HTS near the hills, killing 5 of its members.|5|KILLED|HTS",
            // member-in bounded: the party after "in clashes with" is the other side, not the members'
            "Raqqa – SOHR: The Islamic State organization lost 14 of its fighters in clashes with the SDF near the river.|14|KILLED|ISIS",
            "Hama – SOHR: The regime forces lost 9 members in battles against HTS north of the city.|9|KILLED|SYRIAN_REGIME"})
    void theFigureTakesTheGroupItsWordsAndContextName(String text, long value, Outcome outcome, String group) {
        assertEquals(group, find(read(text), value, outcome).group());
    }
}
