package org.casualtyledger.tally;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar here; the native binary where one is built). */
@QuarkusIntegrationTest
class LedgerResourceIT extends LedgerResourceTest {
}
