package org.casualtyledger.ingest.robust;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Seeded random bodies for POST /reports, JSON and plain text, built from a valid report by mutation: wrong types,
 * hostile characters, odd dates, cut or flipped bytes, repeated keys, trailing content. No body may make the service
 * answer 5xx, and it must stay ready. {@code -Dledger.fuzz.cases=N} and {@code -Dledger.fuzz.seed=S} run more or other cases.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ReportBodyFuzzTest {
    private static final String[] HOSTILE = {"\\u0000", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u001f", "\\\\", "\\\"", "\\n",
        "%00", "\u00e9", "\u202e", "\ufeff", "\ud83d\ude00", "12", "-1", "1e999", "null", "{", "]", "'", "<script>", " "};
    private static final String[] DATES = {"2019-01-26", "0000-01-01", "+99999-01-01", "1899-12-31", "2019-02-30", "2019-1-1",
        "", "9999-12-31", "-0001-01-01", "2019-01-26T10:00:00Z", "1900-01-01"};
    private static final String[] VALUES = {"123", "-0", "1.5e308", "true", "false", "null", "[]", "{}", "[\"a\"]",
        "{\"a\":{\"b\":[1,2,{}]}}", "\"\"", "\"   \"", "99999999999999999999999"};
    private static final String[] FIELDS = {"source", "url", "title", "publishedAt", "language", "text", "extra"};
    private static final String[] WORDS = {"civilians", "were", "killed", "wounded", "12", "at least", "members", "of", "the",
        "SDF", "in", "shelling", "on", "Hajin", "6.36", "million", "people", "displaced", "(", ")", ",", ".", "-", "\n", "•", "1,200"};

    @TestHTTPResource("/reports")
    URI reports;

    @Test
    void noBodyMakesTheServiceFail() throws Exception {
        int cases = Integer.getInteger("ledger.fuzz.cases", 1000);
        long seed = Long.getLong("ledger.fuzz.seed", 16L);
        Random random = new Random(seed);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases && failures.size() < 5; i++) {
            HttpRequest request = random.nextInt(3) == 0 ? plainText(random) : json(random);
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failures.add("case " + i + " (seed " + seed + "): " + response.statusCode() + " " + response.body());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private HttpRequest json(Random random) {
        StringBuilder body = new StringBuilder("{");
        int fields = random.nextInt(FIELDS.length + 2);
        for (int f = 0; f < fields; f++) {
            String field = pick(random, FIELDS);
            body.append(f == 0 ? "" : ",").append('"').append(field).append("\":").append(value(random, field));
        }
        body.append('}');
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            case 2 -> bytes = (new String(bytes, StandardCharsets.UTF_8) + pick(random, VALUES)).getBytes(StandardCharsets.UTF_8);
            default -> { }
        }
        return HttpRequest.newBuilder(reports).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    private HttpRequest plainText(Random random) {
        String query = "?source=" + encode(random.nextInt(4) == 0 ? pick(random, HOSTILE) : "fuzz-plain")
                + (random.nextBoolean() ? "&publishedAt=" + encode(pick(random, DATES)) : "")
                + (random.nextInt(4) == 0 ? "&language=" + encode(pick(random, HOSTILE)) : "");
        String text = text(random).replace("\\u0000", "\u0000");
        return HttpRequest.newBuilder(URI.create(reports + query)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
    }

    private static String value(Random random, String field) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, VALUES);
            case 1 -> "\"" + pick(random, DATES) + "\"";
            default -> "\"" + (field.equals("text") ? text(random) : "fuzz-" + pick(random, HOSTILE)) + "\"";
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(60);
        for (int w = 0; w < words; w++) {
            text.append(random.nextInt(8) == 0 ? pick(random, HOSTILE) : pick(random, WORDS)).append(' ');
        }
        return text.toString().replace("\n", "\\n").replace("\"", "\\\"");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
