package org.casualtyledger.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportIdentityTest {
    private static final char[] ALPHABET = {'a', 'B', '1', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003',
            '\u3000', '\u202F', 'e', '\u0301', '\u00E9', '\u001C', '.'};

    @Test
    void sameTextWhateverItsSpacing() {
        assertEquals(ReportIdentity.contentHash("12 killed in\n\nAl-Baghuz."),
                ReportIdentity.contentHash("  12 killed \t in Al-Baghuz.\r\n"));
        assertNotEquals(ReportIdentity.contentHash("12 killed"), ReportIdentity.contentHash("12 wounded"));
    }

    /** The hand-written normalisation gives what the regular expression it replaced gave, so stored hashes still match. */
    @Test
    void normalisesAsTheRegularExpressionDid() {
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String expected = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            assertEquals(expected, ReportIdentity.normalised(text.toString()), () -> "for " + text.toString().chars().boxed().toList());
        }
    }
}
