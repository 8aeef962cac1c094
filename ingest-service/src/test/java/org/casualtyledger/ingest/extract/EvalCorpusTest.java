package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every text of every evaluation file in {@code ../shared/eval/} goes through the extractor without an exception,
 * and every claim's span and evidence lie in its text. Skipped where {@code ../shared} is missing.
 */
class EvalCorpusTest {

    @Test
    void everyEvaluationTextIsReadWithSpansInsideIt() {
        List<EvalTexts> texts = EvalTexts.all();
        assertTrue(texts.size() > 100, "evaluation folder holds only " + texts.size() + " texts");
        ClaimExtractor extractor = ClaimExtractor.standard();
        int claims = 0;
        for (EvalTexts t : texts) {
            claims += ClaimInvariants.extractAndCheck(extractor, t.origin(), t.text(), t.published()).size();
        }
        System.out.println("EvalCorpusTest: " + texts.size() + " texts, " + claims + " claims");
    }
}
