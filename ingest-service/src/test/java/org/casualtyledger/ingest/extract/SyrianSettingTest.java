package org.casualtyledger.ingest.extract;

import static org.casualtyledger.ingest.extract.ClaimExtractorTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casualtyledger.claim.Groups;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules "syrian-setting" and "syrian-party-name", and party names: who the people counted are in a Syrian monitor's bulletin. */
class SyrianSettingTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Syrian Observatory for Human Rights said that four soldiers were killed when a mine exploded near the road.|4|SYRIAN_REGIME",
            "Four soldiers were killed when a mine exploded near the road.|4|SECURITY_FORCES",
            "Drones killed 6 members of Faylaq al-Sham near the front line, SOHR said.|6|TURKISH_BACKED_FACTIONS",
            "Unknown gunmen killed 3 members of the Baqir Brigade in the desert.|3|SYRIAN_REGIME",
            "An ambush killed 5 members of Jaish al-Ezza in the north of the province.|5|FIGHTERS",
            "SOHR documented the death of 3 fighters of the National Army in the countryside of Afrin.|3|TURKISH_BACKED_FACTIONS",
            "A roadside bomb killed 5 soldiers of the national army, the Syrian Observatory said.|5|TURKISH_BACKED_FACTIONS",
            "Five soldiers of the Afghan National Army were killed in an ambush in Helmand.|5|SECURITY_FORCES",
            "SOHR documented the death of 42 non-Syrian loyal fighters in the desert during the month.|42|SYRIAN_REGIME"})
    void theGroupFollowsTheSettingAndThePartyName(String sentence, long value, String group) {
        assertEquals(group, find(extractor.extract("r-setting", sentence, LocalDate.of(2020, 5, 20)), value, Outcome.KILLED).group());
    }
}
