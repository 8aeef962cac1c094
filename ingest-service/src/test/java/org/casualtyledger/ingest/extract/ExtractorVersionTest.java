package org.casualtyledger.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorVersionTest {

    @Test
    void namesTheBuildAndADigestOfRulesAndCode() {
        String version = ExtractorVersion.of("0.1.0-SNAPSHOT");
        assertTrue(version.matches("0\\.1\\.0-SNAPSHOT\\+rules\\.[0-9a-f]{12}"), version);
        assertEquals(version, ExtractorVersion.of("0.1.0-SNAPSHOT"), "the same build gives the same version");
        assertNotEquals(version, ExtractorVersion.of("0.2.0"), "another build another version");
    }

    @Test
    void theBuildWroteTheDigestOfTheExtractorClasses() {
        ClaimExtractor.standard();
        assertTrue(ExtractorVersion.codeDigest().matches("[0-9a-f]{64}"),
                "process-classes writes " + ExtractorVersion.CODE_DIGEST + ": " + ExtractorVersion.codeDigest());
        assertTrue(DataFile.digests().keySet().containsAll(java.util.Set.of("groups.tsv", "outcomes.tsv")), DataFile.digests().toString());
    }
}
