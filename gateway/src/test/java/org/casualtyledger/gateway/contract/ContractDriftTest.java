package org.casualtyledger.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The public contract must not drift from the backends'. Two checks:
 * <ol>
 * <li>every public operation has its backend operation in the committed snapshot
 * ({@code gateway/src/main/resources/contracts/<service>.json}) with the same shape: the request media types,
 * the documented query parameters and the success media types the gateway offers must all exist there;</li>
 * <li>the snapshot equals what the backend's own build produced ({@code <service>/target/openapi/openapi.json},
 * written by {@code quarkus.smallrye-openapi.store-schema-directory=target/openapi}). In the full reactor the
 * backends are built before the gateway, so a backend change that is not reflected in the snapshot fails here.
 * Built alone, the gateway has no backend output and this check is skipped with a message.
 * Refresh with {@code ./mvnw -pl gateway test -Dtest=ContractDriftTest -Dledger.contracts.refresh=true}, then review and commit.</li>
 * </ol>
 */
@QuarkusTest
class ContractDriftTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SNAPSHOTS = Path.of("src/main/resources/contracts");

    @Test
    void everyPublicOperationMatchesItsBackendOperation() throws IOException {
        JsonNode publicDoc = JSON.readTree(given().queryParam("format", "json").get("/api/v1/openapi").asString());
        Map<String, JsonNode> backends = Map.of(Routes.INGEST, snapshot(Routes.INGEST), Routes.TALLY, snapshot(Routes.TALLY));
        List<String> drift = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = publicDoc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(Routes.PREFIX + "/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String service = Routes.backendOf(path.getKey());
                JsonNode backendOp = find(backends.get(service), Routes.backendPath(path.getKey()), op.getKey());
                String where = op.getKey().toUpperCase() + " " + path.getKey() + " -> " + service;
                if (backendOp == null) {
                    drift.add(where + ": the backend has no such operation");
                } else {
                    compare(where, op.getValue(), backendOp, drift);
                }
                checked++;
            }
        }
        assertTrue(checked >= 14, "only " + checked + " public operations found");
        if (!drift.isEmpty()) {
            fail("The public contract drifted from the backends' contracts:\n  " + String.join("\n  ", drift));
        }
    }

    @Test
    void snapshotsMatchWhatTheBackendsBuilt() throws IOException {
        List<String> stale = new ArrayList<>();
        int compared = 0;
        boolean refresh = Boolean.getBoolean("ledger.contracts.refresh");
        for (String service : List.of(Routes.INGEST, Routes.TALLY)) {
            Path built = Path.of("..", service, "target", "openapi", "openapi.json");
            if (!Files.isRegularFile(built)) {
                System.out.println("[ContractDriftTest] " + built + " is missing (backend not built in this run): "
                        + "snapshot of " + service + " not compared");
                continue;
            }
            compared++;
            JsonNode live = comparable(JSON.readTree(built.toFile()));
            if (!live.equals(comparable(snapshot(service)))) {
                if (refresh) {
                    JSON.writerWithDefaultPrettyPrinter().writeValue(SNAPSHOTS.resolve(service + ".json").toFile(), JSON.readTree(built.toFile()));
                    System.out.println("[ContractDriftTest] refreshed the snapshot of " + service + " from " + built);
                } else {
                    stale.add(service + ": " + built + " differs from " + SNAPSHOTS.resolve(service + ".json"));
                }
            }
        }
        Assumptions.assumeTrue(compared > 0, "no backend build output next to the gateway: built alone, nothing to compare");
        assertEquals(List.of(), stale, "A backend's contract changed. Check the public API still fits, then refresh: "
                + "./mvnw -pl gateway test -Dtest=ContractDriftTest -Dledger.contracts.refresh=true");
    }

    private static void compare(String where, JsonNode publicOp, JsonNode backendOp, List<String> drift) {
        Set<String> backendBody = keys(backendOp.path("requestBody").path("content"));
        for (String type : keys(publicOp.path("requestBody").path("content"))) {
            if (!backendBody.contains(type)) {
                drift.add(where + ": request body " + type + " not accepted by the backend (it takes " + backendBody + ")");
            }
        }
        Set<String> backendQuery = parameters(backendOp, "query");
        for (String name : parameters(publicOp, "query")) {
            if (!backendQuery.contains(name)) {
                drift.add(where + ": query parameter '" + name + "' unknown to the backend (it takes " + backendQuery + ")");
            }
        }
        Set<String> backendSuccess = successTypes(backendOp);
        for (String type : successTypes(publicOp)) {
            if (!backendSuccess.contains(type) && !backendSuccess.contains("*/*")) {
                drift.add(where + ": response " + type + " not produced by the backend (it produces " + backendSuccess + ")");
            }
        }
    }

    private static JsonNode find(JsonNode backend, String path, String method) {
        String shape = Routes.shape(path);
        for (Iterator<Map.Entry<String, JsonNode>> paths = backend.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (Routes.shape(entry.getKey()).equals(shape) && entry.getValue().has(method)) {
                return entry.getValue().get(method);
            }
        }
        return null;
    }

    private static Set<String> successTypes(JsonNode op) {
        Set<String> types = new TreeSet<>();
        op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                types.addAll(keys(r.getValue().path("content")));
            }
        });
        return types;
    }

    private static Set<String> parameters(JsonNode op, String in) {
        Set<String> names = new TreeSet<>();
        op.path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
        return names;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode comparable(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(List.of("info", "servers"));
        return copy;
    }

    private static JsonNode snapshot(String service) throws IOException {
        try (InputStream in = ContractDriftTest.class.getClassLoader().getResourceAsStream("contracts/" + service + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no snapshot contracts/" + service + ".json on the classpath");
            }
            return JSON.readTree(in);
        }
    }
}
