package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.Outcome;
import org.junit.jupiter.api.Test;

/** Figures written with a decimal point before a multiplier ("6.36 million"), and decimals that count nothing. */
class DecimalFiguresTest {

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void fourCharacterDecimalBeforeMillionIsNoYearAndReadsExactly() {
        List<Claim> claims = extractor.extract("r-decimal",
                "Since the spring 2.45 million people have been displaced from the northern districts.", LocalDate.of(2021, 6, 1));
        assertEquals(1, claims.size(), claims::toString);
        assertEquals(2_450_000L, claims.get(0).count().value());
        assertEquals(Outcome.DISPLACED, claims.get(0).outcome());
    }

    @Test
    void decimalMillionsReadInExactArithmetic() {
        List<Claim> claims = extractor.extract("r-decimal",
                "Across the valley 4.1 million villagers have been displaced by the fighting.", LocalDate.of(2021, 6, 1));
        assertEquals(4_100_000L, claims.get(0).count().value(), claims::toString);
    }

    @Test
    void decimalsWithoutMultiplierAndFractionsOfPeopleAreNoFigures() {
        assertTrue(extractor.extract("r-decimal", "Prices rose by 4.35 percent while 1.5 people were killed.", null)
                .stream().noneMatch(c -> c.outcome() == Outcome.KILLED));
        assertTrue(extractor.extract("r-decimal", "In 2.005 thousand cases 1,50 people were killed.", null)
                .stream().allMatch(c -> c.count().value() != 2005), "a fraction of a person is no figure");
    }
}
