package org.casualtyledger.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

/** Oversized and mistyped bodies are refused by the gateway itself with problems, before any backend call. */
@QuarkusTest
class BodyLimitTest {

    @Test
    void aBulletinOverTheLimitIs413() {
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("text/plain").body("x".repeat(1600 * 1024))
                .when().post("/api/v1/reports?source=TEST")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("1572864 bytes"));
    }

    @Test
    void aBatchMayBeLargerThanOneBulletin() {
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("application/x-ndjson").body("x".repeat(1600 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/reports/batch")
                .then().statusCode(503);
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        given().header("X-API-Key", TestKeys.SUBMITTER).contentType("application/xml").body("<report/>")
                .when().post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void corsPreflightFromAnAllowedOrigin() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-API-Key,Content-Type")
                .when().options("/api/v1/reports")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:8080");
    }
}
