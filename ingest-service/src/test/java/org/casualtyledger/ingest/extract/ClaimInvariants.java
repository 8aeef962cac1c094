package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.casualtyledger.claim.Claim;

/** What every extraction must keep, whatever the text: no exception, and every claim's span and evidence in the text. */
final class ClaimInvariants {

    private ClaimInvariants() {
    }

    /** Extracts {@code text} and checks every claim; {@code origin} names the input in a failure. */
    static List<Claim> extractAndCheck(ClaimExtractor extractor, String origin, String text, LocalDate published) {
        List<Claim> claims;
        try {
            claims = extractor.extract("r-check", text, published);
        } catch (RuntimeException e) {
            throw new AssertionError("extraction threw on " + origin + ": " + e, e);
        }
        for (Claim c : claims) {
            int start = c.evidence().start();
            int end = c.evidence().end();
            if (!(0 <= start && start < end && end <= text.length())) {
                fail(origin + ": span [" + start + ", " + end + ") outside a text of " + text.length() + " characters: " + c);
            }
            String sentence = c.evidence().sentence();
            int at = sentence == null ? -1 : text.lastIndexOf(sentence, start);
            assertTrue(at >= 0 && at + sentence.length() >= end,
                    () -> origin + ": the evidence sentence is not the text around the span: " + c);
            assertTrue(c.id().matches("c-[0-9a-f]{24}"), () -> origin + ": id " + c.id());
        }
        return claims;
    }
}
