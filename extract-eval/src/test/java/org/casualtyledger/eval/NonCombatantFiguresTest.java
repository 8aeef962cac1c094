package org.casualtyledger.eval;

import org.casualtyledger.claim.DocumentFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.ingest.extract.ClaimExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WAD's figure: the non-combatant victims of the incident. Sentences written for this project. */
class NonCombatantFiguresTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    private long[] figures(String text) {
        List<Claim> claims = extractor.extract("r-non-combatants", text, LocalDate.of(2018, 4, 2));
        return new long[] {NonCombatantFigures.total(text, claims, Outcome.KILLED),
                NonCombatantFigures.total(text, claims, Outcome.INJURED), DocumentFigures.total(claims, Outcome.KILLED)};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text | killed | injured | plain killed
            "Rebels killed 14 soldiers and 6 civilians in the raid.|6|0|20",
            "Gunmen killed four policemen and nine farmers on the road.|9|0|13",
            "A mortar round killed nine people, including three soldiers, near the bridge.|6|0|9",
            "At least 12 people (eight civilians and four policemen) died when the bus was ambushed.|8|0|12",
            "Shelling killed 15 people, including 11 civilians, in the old town.|11|0|15",
            "Fighting in the valley left 11 people dead. Among those killed, at least seven were villagers and four were soldiers.|7|0|11",
            "Raiders overran the depot at dawn. The dead included five civilians and six guards.|5|0|11",
            "The army said it killed 30 militants; shelling also killed 4 villagers.|4|0|34",
            "A car bomb killed 305 people in the market.|305|0|305",
            "A car bomb killed 40 people, including 12 children, at the gate.|40|0|40",
            "The militia executed 7 prisoners and killed 2 guards at the jail.|7|0|9",
            "Eleven people were wounded in the market, of whom four were policemen.|0|7|0",
            "Gunmen killed 12 former soldiers at the market.|12|0|12",
            "Police shot dead 6 suspected rebels during the raid.|6|0|6",
            "Gunmen killed more than 20 villagers and wounded over 50 in the attack.|20|50|21",
            "A local mayor was killed in the blast, which also wounded three others (two of whom were policemen).|1|1|1",
            "The provincial governor was killed in the ambush on the road. Several soldiers were also killed in the attack.|1|0|4"})
    void countsTheNonCombatantVictims(String text, long killed, long injured, long plainKilled) {
        long[] figures = figures(text);
        assertEquals(killed, figures[0], "killed");
        assertEquals(injured, figures[1], "injured");
        assertEquals(plainKilled, figures[2], "plain killed");
    }
}
