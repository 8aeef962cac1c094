package org.casualtyledger.tally.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.embeddeddb.DisposablePostgresResource;
import org.casualtyledger.embeddeddb.ReadinessFollowsTheDatabase;

@QuarkusTest
@QuarkusTestResource(value = DisposablePostgresResource.class, restrictToAnnotatedClass = true)
class ReadinessTest extends ReadinessFollowsTheDatabase {

    /** Requests that need the database answer 503 with a Retry-After while it is out of reach. */
    @Override
    protected void whileTheDatabaseIsDown() {
        given().when().get("/claims").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(503));
        given().when().get("/claims/c-0123").then().statusCode(503).contentType("application/problem+json");
        given().when().delete("/reports/r-0123").then().statusCode(503).contentType("application/problem+json");
    }
}
