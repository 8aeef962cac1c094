package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.casualtyledger.claim.DocumentFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures coordinated with the object of an active verb, and the role nouns that name one person. */
class CoordinatedObjectTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    private long captured(String text) {
        List<Claim> claims = extractor.extract("r-coordinated", text, LocalDate.of(2012, 5, 3));
        return DocumentFigures.total(claims, Outcome.CAPTURED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Border guards detained the gang leader along with two of his drivers at the crossing.|3",
            "Border guards detained the gang leader together with three of his associates.|4",
            "Border guards detained the gang leader and two additional suspects at the crossing.|3",
            "Border guards detained a gang leader and several other suspects near the river.|4",
            "Border guards arrested a militia commander as well as four suspects.|5",
            "The patrol will detain the gang leader and two of his drivers tomorrow.|0",
            "Border guards seized the truck along with two rifles.|0"})
    void aFigureCoordinatedWithTheObjectSharesTheVerb(String sentence, long total) {
        assertEquals(total, captured(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Police arrested a weapons supplier in the market.|1",
            "Police arrested a bomb specialist in the market.|1",
            "Police arrested a drugs dealer in the market.|1",
            "Police arrested a passport forger in the market.|1",
            "Police arrested an attack planner in the market.|1",
            "Police arrested a logistics coordinator in the market.|1",
            "Police arrested a militia financier in the market.|1",
            "Police arrested a known recruiter in the market.|1",
            "Police arrested a cash courier in the market.|1",
            "Police arrested a fuel smuggler in the market.|1",
            "Police arrested a firearms trainer in the market.|1",
            "Police arrested an explosives expert in the market.|1",
            "Police arrested a military advisor in the market.|1",
            "Police arrested a military adviser in the market.|1",
            "Police arrested a militia sub-commander in the market.|1",
            "Police arrested the deputy of the gang in the market.|1",
            "Police arrested a university lecturer in the market.|1",
            "Police arrested a retired professor in the market.|1",
            "Police arrested a street preacher in the market.|1",
            "Police arrested a village pastor in the market.|1",
            "Police arrested a local blogger in the market.|1",
            "Two smugglers were taken into custody near the market.|2"})
    void roleNounsNameOnePerson(String sentence, long expected) {
        assertEquals(expected, captured(sentence));
    }
}
