package org.casualtyledger.gateway.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casualtyledger.gateway.TestKeys;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the public OpenAPI document: without a key it is refused (401), with a key one role
 * below the documented one it is refused (403), and with the documented role it gets past the guard
 * (here to a backend on a closed port, hence 503).
 */
@QuarkusTest
class RouteGuardTest {
    private static final Map<String, String> KEY_BY_ROLE = Map.of(
            "reader", TestKeys.READER, "submitter", TestKeys.SUBMITTER, "analyst", TestKeys.ANALYST, "admin", TestKeys.ADMIN);
    /** A key without the role: one below it, or beside it (a submitter may not correct, an analyst may not submit). */
    private static final Map<String, String> ROLE_BELOW = Map.of("submitter", "analyst", "analyst", "submitter", "admin", "analyst");
    private static final Set<String> BRIEF_ROUTES = Set.of("/api/v1/reports", "/api/v1/reports/batch",
            "/api/v1/reports/{id}", "/api/v1/reports/{id}/claims", "/api/v1/extract", "/api/v1/claims",
            "/api/v1/claims/{id}", "/api/v1/events", "/api/v1/events/{id}", "/api/v1/series", "/api/v1/tallies",
            "/api/v1/discrepancies", "/api/v1/claims/{id}/corrections", "/api/v1/events/{id}/corrections",
            "/api/v1/corrections", "/api/v1/audit");

    record Route(String method, String path, String role, String mediaType) {
    }

    @Test
    void everyPublicOperationRefusesAMissingKeyAndAWrongRole() throws Exception {
        List<Route> routes = publicRoutes();
        assertFalse(routes.isEmpty());
        for (Route route : routes) {
            String url = route.path().replaceAll("\\{[^}]*}", "x-0123456789abcdef01234567");
            assertEquals(401, call(given(), route, url), route + " without a key");
            String below = ROLE_BELOW.get(route.role());
            if (below != null) {
                assertEquals(403, call(given().header("X-API-Key", KEY_BY_ROLE.get(below)), route, url), route + " as " + below);
            }
            int allowed = call(given().header("Authorization", "Bearer " + KEY_BY_ROLE.get(route.role())), route, url);
            assertTrue(allowed != 401 && allowed != 403, route + " as " + route.role() + " answered " + allowed);
        }
    }

    @Test
    void theDocumentCoversEveryRouteOfTheContract() throws Exception {
        Set<String> paths = new TreeSet<>();
        publicRoutes().forEach(r -> paths.add(r.path()));
        assertTrue(paths.containsAll(BRIEF_ROUTES), "documented: " + paths);
    }

    private static int call(RequestSpecification request, Route route, String url) {
        if (route.mediaType() != null) {
            request = request.contentType(route.mediaType()).body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.when().request(route.method(), url).then().extract().statusCode();
    }

    static List<Route> publicRoutes() throws Exception {
        String document = given().queryParam("format", "json").when().get("/api/v1/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode content = op.getValue().path("requestBody").path("content");
                for (String mediaType : mediaTypes(content)) {
                    routes.add(new Route(op.getKey().toUpperCase(), path.getKey(),
                            op.getValue().path("x-required-role").asText(), mediaType));
                }
            }
        }
        return routes;
    }

    private static List<String> mediaTypes(JsonNode content) {
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        if (types.isEmpty()) {
            types.add(null);
        }
        return types;
    }
}
