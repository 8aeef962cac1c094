package org.casualtyledger.ingest.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the extractor (Jazzer): whatever the text, reading it throws nothing and every claim's
 * span and evidence lie in it ({@link ClaimInvariants}).
 *
 * <p>Without {@code JAZZER_FUZZ} the test replays its saved inputs (the seeds and every finding kept under
 * {@code src/test/resources/.../ExtractorFuzzTestInputs/anyText/}) as regression tests. With {@code JAZZER_FUZZ=1}
 * (the {@code extractor-fuzz} surefire run of {@code verify}, and {@code scripts/fuzz-extractor.sh} for longer) it
 * mutates them for {@code maxDuration}; an input that fails is written to that folder and becomes a regression test.
 */
class ExtractorFuzzTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 20);

    @FuzzTest(maxDuration = "20s")
    void anyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ClaimInvariants.extractAndCheck(EXTRACTOR, "fuzz input of " + input.length + " bytes", text, PUBLISHED);
    }
}
