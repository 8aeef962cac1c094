package org.casualtyledger.ingest.rest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.casualtyledger.ingest.extract.ClaimExtractor;

/** The extractor is plain Java; this makes the one shared instance a bean. */
public class ExtractorProducer {
    @Produces
    @Singleton
    ClaimExtractor claimExtractor() {
        return ClaimExtractor.standard();
    }
}
