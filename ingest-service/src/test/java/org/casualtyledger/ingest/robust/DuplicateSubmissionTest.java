package org.casualtyledger.ingest.robust;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The same report sent many times at once is stored once, and every sender learns its id. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class DuplicateSubmissionTest {
    private static final int SENDERS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/reports")
    URI reports;

    @Test
    void fiftyIdenticalPostsAtOnceStoreOneReportAndAllLearnItsId() throws Exception {
        String body = "{\"source\":\"dup-race\",\"publishedAt\":\"2019-03-02\",\"text\":\"Seven civilians were killed and "
                + "nine were wounded when shelling hit the market of Maarat al-Numan on Saturday.\"}";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return client.send(HttpRequest.newBuilder(reports).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable).start()));
        }
        start.countDown();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() < 300) {
                JsonNode result = JSON.readTree(response.body());
                ids.add(result.path("report").path("id").asText());
            }
        }
        assertEquals(Map.of(200, SENDERS - 1, 201, 1), statuses, "statuses of " + SENDERS + " identical posts");
        assertEquals(1, ids.stream().distinct().count(), "every sender gets the one id: " + ids);
        given().queryParam("source", "dup-race").when().get("/reports").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aSourceWithSpacesAroundItIsTheSameSource() {
        String text = "Three fighters of the SDF were wounded in an attack near Al-Busayrah on Sunday.";
        String id = given().contentType(ContentType.JSON).body(Map.of("source", "dup-space", "text", text))
                .when().post("/reports").then().statusCode(201).extract().path("report.id");
        given().contentType(ContentType.JSON).body(Map.of("source", "dup-space ", "text", text))
                .when().post("/reports").then().statusCode(200)
                .body("created", equalTo(false)).body("report.id", equalTo(id)).body("report.source", equalTo("dup-space"));
        given().contentType(ContentType.TEXT).body(text).queryParam("source", "  dup-space")
                .when().post("/reports").then().statusCode(200).body("report.id", equalTo(id));
    }
}
