package org.casualtyledger.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casualtyledger.system.Stack.Service;
import org.junit.jupiter.api.Test;

/**
 * Walks every public operation of the merged OpenAPI document through the gateway to the real backends with a fixed
 * list of hostile values per kind of parameter (ids, dates, numbers, enumerations, free text), hostile bodies per
 * request media type and wrong content types. Every answer must be below 500, a 4xx must be a problem, the values
 * that cannot be right must be refused, and the gateway must still be ready afterwards.
 */
class HostileInputIT {
    private static final String PROBLEM = "application/problem+json";
    private static final String HUGE = "x".repeat(6_000);
    private static final String TOO_LONG = "y".repeat(20_000);

    /** A value as sent (already percent-encoded) and whether the API must refuse it whatever the parameter. */
    record Hostile(String raw, boolean refused) {
    }

    private static final List<Hostile> ANY = List.of(new Hostile("%00", true), new Hostile("a%00b", true),
            new Hostile("%ED%A0%80", true), new Hostile("%C3", true), new Hostile(TOO_LONG, true),
            new Hostile(HUGE, false), new Hostile("%20", false));
    private static final Map<String, List<Hostile>> BY_KIND = Map.of(
            "date", List.of(new Hostile("2026-13-45", true), new Hostile("yesterday", true), new Hostile("12345", true),
                    new Hostile("0000-01-01", false), new Hostile("%2B99999-01-01", false), new Hostile("-1", true)),
            "number", List.of(new Hostile("-1", true), new Hostile("99999999999999999999", true), new Hostile("abc", true),
                    new Hostile("2147483648", true), new Hostile("1e3", true)),
            "enum", List.of(new Hostile("NOT_A_VALUE", true), new Hostile("%27%3B--", true)),
            "id", List.of(new Hostile("..", false), new Hostile("%2F", false), new Hostile("x".repeat(3_000), false),
                    new Hostile("%27%20OR%201%3D1--", false)),
            "text", List.of(new Hostile("%27%20OR%201%3D1--", false), new Hostile("%3Cscript%3E", false),
                    new Hostile("%E2%80%AE%F0%9F%92%A3", false)));
    private static final Set<String> DATES = Set.of("from", "to", "publishedAt");
    private static final Set<String> NUMBERS = Set.of("page", "size");
    private static final Set<String> ENUMS = Set.of("outcome", "interval", "groupBy", "scope");
    private static final Set<String> IDS = Set.of("id", "reportId", "eventId");

    /** Bodies by request media type: label, body, whether it must be refused. */
    private static final Map<String, List<Object[]>> BODIES = Map.of(
            "application/json", List.of(
                    new Object[] {"truncated", "{", true}, new Object[] {"array", "[]", true},
                    new Object[] {"null", "null", true}, new Object[] {"string", "\"x\"", true},
                    new Object[] {"number text", "{\"text\":123,\"source\":\"hostile-json\"}", true},
                    new Object[] {"NUL in text", "{\"text\":\"a\\u0000b killed\",\"source\":\"hostile-nul\"}", false},
                    new Object[] {"NUL in source", "{\"text\":\"Two were killed.\",\"source\":\"a\\u0000b\"}", true},
                    new Object[] {"lone surrogate", "{\"text\":\"\\ud800 killed\",\"source\":\"hostile-surrogate\"}", false},
                    new Object[] {"year 0", "{\"text\":\"Three were killed.\",\"source\":\"hostile-year\",\"publishedAt\":\"0000-01-01\"}", true},
                    new Object[] {"trailing content", "{\"text\":\"Four were killed.\",\"source\":\"hostile-trail\"} {}", true},
                    new Object[] {"duplicate keys", "{\"text\":\"Five were killed.\",\"text\":\"Six.\",\"source\":\"hostile-dup\"}", true},
                    new Object[] {"deep nesting", "[".repeat(5_000), true}),
            "text/plain", List.of(
                    new Object[] {"empty", "", true}, new Object[] {"NUL", "Two were\u0000 killed.", false},
                    new Object[] {"invalid UTF-8", "\u00c3(", false}),
            "application/x-ndjson", List.of(
                    new Object[] {"truncated line", "{\n", true}, new Object[] {"not JSON", "not json\n", true},
                    new Object[] {"NUL in source line", "{\"text\":\"Two were killed.\",\"source\":\"a\\u0000b\"}\n", true}));
    private static final List<String> WRONG_TYPES = List.of("application/xml", "garbage", "text/csv");


    private final Stack stack = Stack.get();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyOperationAnswersHostileInputWithA4xxProblemAndStaysReady() throws Exception {
        String gateway = stack.url(Service.GATEWAY);
        JsonNode paths = new ObjectMapper().readTree(send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/openapi?format=json")).GET(), "contract").body())
                .path("paths");
        int cases = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                cases += walk(gateway, op.getKey().toUpperCase(), path.getKey(), op.getValue());
            }
        }
        System.out.println("HostileInputIT: " + cases + " cases");
        assertTrue(cases > 300, "walked " + cases + " cases");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(gateway + "/q/health/ready")).GET(), "ready").statusCode(),
                "the gateway and both backends are still ready");
        assertEquals(List.of(), failures);
    }

    private int walk(String gateway, String method, String template, JsonNode operation) throws Exception {
        List<String> mediaTypes = new ArrayList<>();
        operation.path("requestBody").path("content").fieldNames().forEachRemaining(mediaTypes::add);
        String validType = mediaTypes.contains("text/plain") ? "text/plain" : mediaTypes.isEmpty() ? null : mediaTypes.get(0);
        String validBody = validType == null ? null : validBody(validType);
        String validPath = template.replaceAll("\\{[^}]*}", "r-0123456789abcdef01234567");
        int cases = 0;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (!in.equals("query") && !in.equals("path")) {
                continue;
            }
            for (Hostile value : valuesFor(name)) {
                String url = in.equals("path")
                        ? template.replace("{" + name + "}", value.raw()).replaceAll("\\{[^}]*}", "x")
                        : validPath + "?" + name + "=" + value.raw() + (validType != null && !name.equals("source") ? "&source=hostile-walk" : "");
                check(gateway, method, url, validType, validBody, value.refused(), name + "=" + abbreviated(value.raw()));
                cases++;
            }
        }
        for (String mediaType : mediaTypes) {
            for (Object[] body : BODIES.getOrDefault(mediaType, List.of())) {
                check(gateway, method, validPath + "?source=hostile-body", mediaType, (String) body[1], (Boolean) body[2],
                        mediaType + " body " + body[0]);
                cases++;
            }
        }
        if (!mediaTypes.isEmpty()) {
            for (String wrong : WRONG_TYPES) {
                check(gateway, method, validPath, wrong, "<x/>", true, "Content-Type " + wrong);
                cases++;
            }
        }
        return cases;
    }

    private static List<Hostile> valuesFor(String name) {
        String kind = DATES.contains(name) ? "date" : NUMBERS.contains(name) ? "number" : ENUMS.contains(name) ? "enum"
                : IDS.contains(name) ? "id" : "text";
        List<Hostile> values = new ArrayList<>(ANY);
        values.addAll(BY_KIND.get(kind));
        return values;
    }

    private static String validBody(String mediaType) {
        return switch (mediaType) {
            case "text/plain" -> "Two civilians were killed in shelling near the market.";
            case "application/x-ndjson" -> "{\"text\":\"Two civilians were killed.\",\"source\":\"hostile-walk\"}\n";
            default -> "{\"text\":\"Two civilians were killed.\",\"source\":\"hostile-walk\"}";
        };
    }

    private void check(String gateway, String method, String url, String contentType, String body, boolean refused, String label)
            throws Exception {
        String name = method + " " + url.replaceAll("\\?.*", "") + " " + label;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + url)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", Stack.ADMIN_KEY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes(body, contentType)));
        HttpResponse<String> response;
        try {
            response = send(request, name);
        } catch (AssertionError noAnswer) {
            failures.add(noAnswer.getMessage());
            return;
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String wrong = status >= 500 ? "answered " + status + ": " + abbreviated(response.body())
                : status >= 400 && !type.startsWith(PROBLEM) ? "answered " + status + " without a problem (" + type + ")"
                : refused && status < 400 ? "was accepted with " + status
                : null;
        if (wrong == null) {
            return;
        }
        failures.add(name + " " + wrong);
    }

    /** Text bodies go as UTF-8, except the one meant to be broken UTF-8, which goes byte for byte. */
    private static byte[] bytes(String body, String contentType) {
        return body.equals("\u00c3(") && "text/plain".equals(contentType)
                ? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String name) throws InterruptedException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(name + ": no answer (" + e + ")", e);
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "...(" + value.length() + ")" : value;
    }
}
