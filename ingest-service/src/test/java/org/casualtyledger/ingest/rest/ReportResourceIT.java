package org.casualtyledger.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar here; the native binary where one is built). */
@QuarkusIntegrationTest
class ReportResourceIT extends ReportResourceTest {
}
