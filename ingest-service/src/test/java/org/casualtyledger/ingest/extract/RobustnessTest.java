package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: random and adversarial text never makes the extractor throw, and every span lies inside the text.
 * Linearity is checked by counting work, not by the clock: claims per character stay bounded as the text grows.
 */
class RobustnessTest {

    private static final String[] WORDS = {"killed", "wounded", "at", "least", "more", "than", "the", "of", "and",
            "including", "(", ")", ",", ".", "ISIS", "SDF", "people", "children", "women", "members", "rose", "to",
            "since", "December", "2018", "yesterday", "about", "dozens", "were", "was", "a", "man", "thirty-four",
            "hundred", "between", "or", "-", "’", "“", "\n", "\n\n", "Al-Baghuz", "executed", "by", "them", "whom"};
    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void randomWordSoupNeverThrowsAndSpansStayInside() {
        Random random = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? String.valueOf(random.nextInt(100_000)) : WORDS[random.nextInt(WORDS.length)]);
                text.append(random.nextInt(5) == 0 ? "" : " ");
            }
            check(text.toString());
        }
    }

    @Test
    void binaryNoiseNeverThrows() {
        Random random = new Random(7);
        for (int doc = 0; doc < 100; doc++) {
            char[] chars = new char[random.nextInt(3000)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) random.nextInt(0x3000);
            }
            check(new String(chars));
        }
    }

    @Test
    void nestedParenthesesAndThousandsOfNumbers() {
        check("(".repeat(5000) + "12 people were killed" + ")".repeat(5000));
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            numbers.append(i).append(i % 3 == 0 ? " people were killed, " : " and ");
        }
        check(numbers.toString());
        check("including ".repeat(3000) + "40 children were killed");
    }

    @Test
    void claimsGrowLinearlyWithTheText() {
        String unit = "At least 5 fighters were killed in Hajin, including 2 leaders, and 3 civilians were wounded. ";
        int small = extractor.extract("r-a", unit.repeat(100), null).size();
        int large = extractor.extract("r-b", unit.repeat(1000), null).size();
        assertTrue(large <= 10 * small + 10, small + " vs " + large);
        check(unit.repeat(20_000));
    }

    private void check(String text) {
        ClaimInvariants.extractAndCheck(extractor, "generated text", text, LocalDate.of(2020, 1, 1));
    }
}
