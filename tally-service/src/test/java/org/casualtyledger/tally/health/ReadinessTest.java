package org.casualtyledger.tally.health;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.embeddeddb.DisposablePostgresResource;
import org.casualtyledger.embeddeddb.ReadinessFollowsTheDatabase;

@QuarkusTest
@QuarkusTestResource(value = DisposablePostgresResource.class, restrictToAnnotatedClass = true)
class ReadinessTest extends ReadinessFollowsTheDatabase {
}
