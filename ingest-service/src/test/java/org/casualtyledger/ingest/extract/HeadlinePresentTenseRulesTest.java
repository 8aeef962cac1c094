package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headline tells in the present what the body tells in the past ("Regime forces lose 13 members", "70 fighters
 * surrender to the SDF"): its figure is read with its outcome and group, and restates the body's fuller telling
 * (annotation guide, `duplicate_of`), also when it counts people of no stated status over the body's named group
 * (rule "people-headline"), or one person named without an article ("Boy killed, 3 wounded", rule
 * "headline-one-person"). The headline's figure is the first of its value.
 */
class HeadlinePresentTenseRulesTest extends ExtractorTest {

    HeadlinePresentTenseRulesTest() {
        super("r-headline-present", LocalDate.of(2020, 6, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Regime forces lose 13 members in HTS attack\\n\\nIdlib – SOHR: HTS fighters stormed a hill in the countryside, and the attack left 13 members of the regime forces dead.|13|KILLED|SYRIAN_REGIME",
            "The Kurdish units lose 4 fighters near Ain Issa\\n\\nRaqqa – SOHR: Four fighters of the People's Protection Units were killed by Turkish shelling near Ain Issa.|4|KILLED|SDF",
            "Dozens of ISIS members surrender to SDF\\n\\nDeir Ezzor – SOHR: Tens of members of ISIS surrendered to the SDF in the last pocket of the organization.|24|SURRENDERED|ISIS",
            // people-headline: people of no stated status over the body's named group
            "Four people killed and 9 wounded in Jisr al-Shughur\\n\\nIdlib – SOHR: Regime shells fell on a bakery in Jisr al-Shughur, killing 4 civilians and wounding 9 others.|4|KILLED|PEOPLE",
            "Four people killed and 9 wounded in Jisr al-Shughur\\n\\nIdlib – SOHR: Regime shells fell on a bakery in Jisr al-Shughur, killing 4 civilians and wounding 9 others.|9|INJURED|PEOPLE",
            "11 civilians killed in Maarat al-Numan\\n\\nIdlib – SOHR: Warplanes struck the market of Maarat al-Numan, killing 11 people, among them 2 children.|11|KILLED|CIVILIANS",
            "Over 30 killed in Raqqa\\n\\nRaqqa – SOHR: Coalition airstrikes on the city killed 32 members of the organization at least.|30|KILLED|PEOPLE",
            // headline-one-person: a singular noun without its article opens the headline's clause
            "Boy killed, 3 wounded by mine in Daraa countryside\\n\\nDaraa – SOHR: A boy was killed and 3 people were wounded when a mine went off near Inkhil.|1|KILLED|CIVILIANS",
            "Shepherd dies of his wounds in Hama desert\\n\\nHama – SOHR: A shepherd died of wounds he sustained in an ISIS attack two days ago.|1|KILLED|CIVILIANS",
            "Regime officer shot dead in Daraa\\n\\nDaraa – SOHR: Gunmen shot dead an officer of the regime forces near the town of Jasim.|1|KILLED|SYRIAN_REGIME"})
    void theHeadlineInThePresentRestatesTheBody(String text, long value, Outcome outcome, String group) {
        List<Claim> claims = read(text.replace("\\n", "\n"));
        Claim headline = find(claims, value, outcome);
        assertEquals(group, headline.group(), claims.toString());
        assertNotNull(headline.restates(), claims.toString());
    }
}
