package org.casualtyledger.eval;

import org.casualtyledger.claim.DocumentFigures;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;

/**
 * How a document's claims become the figure a data set's gold counts. The README's plain reduction
 * ({@link DocumentFigures#total}) sums every top-level incident claim; two data sets define their figure more narrowly,
 * and scoring them against the plain sum would compare different quantities:
 * <ul>
 * <li>WAD, the PITF Worldwide Atrocities Dataset, records the deliberate killing of non-combatant civilians: its killed
 * and injured are the non-combatant victims of the incident ({@link NonCombatantFigures}).</li>
 * <li>FA-KES codes only the article's main incident(s), "so other figures in the text are not errors" (the data
 * set's coding notes) ({@link MainIncidentFigures}).</li>
 * </ul>
 * Both data sets' coders also write "more than 50" as 50, where the plain reduction takes the lower bound 51 that
 * docs/reading-rules.md gives the claim, so both conventions count each figure as written. The claims themselves are the same for
 * every data set: only the reduction differs. The evaluation prints the plain reduction beside every convention figure, so neither hides the other.
 */
@FunctionalInterface
interface DocumentReduction {

    DocumentReduction PLAIN = (text, claims, outcome) -> DocumentFigures.total(claims, outcome);

    long figure(String text, List<Claim> claims, Outcome outcome);

    static DocumentReduction forDataset(String dataset) {
        switch (dataset) {
            case "wad":
                return NonCombatantFigures::total;
            case "fakes":
                return MainIncidentFigures::total;
            default:
                return PLAIN;
        }
    }
}
