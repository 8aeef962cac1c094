package org.casualtyledger.embeddeddb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: down while PostgreSQL is unreachable, while the process itself stays live. A
 * service's test extends this class, annotated {@code @QuarkusTest} and
 * {@code @QuarkusTestResource(value = DisposablePostgresResource.class, restrictToAnnotatedClass = true)}.
 */
public abstract class ReadinessFollowsTheDatabase {

    @Test
    void readinessGoesDownWhenTheDatabaseStops() throws InterruptedException {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        DisposablePostgresResource.stopDatabase();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = given().when().get("/q/health/ready").then().extract().statusCode();
            Thread.sleep(250);
        }
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        whileTheDatabaseIsDown();
    }

    /** Checks the service's own answers during the outage (a 503 problem, not a 500); nothing by default. */
    protected void whileTheDatabaseIsDown() {
    }
}
