package org.casualtyledger.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed snapshots of the backends' contracts and the two comparisons made with them: public operation
 * against backend operation (shape), and snapshot against a backend's actual document (freshness).
 * Public so that the system tests can check the snapshots against the running services (gateway test-jar).
 */
public final class ContractSnapshots {
    public static final Path SOURCE_DIR = Path.of("src", "main", "resources", "contracts");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSnapshots() {
    }

    public static JsonNode snapshot(String service) throws IOException {
        try (InputStream in = resource("contracts/" + service + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no snapshot contracts/" + service + ".json on the classpath");
            }
            return JSON.readTree(in);
        }
    }

    /** Drift messages that are known and accepted for now, one per line, with the reason after " # ". */
    public static Set<String> acceptedDrift() throws IOException {
        Set<String> accepted = new TreeSet<>();
        try (InputStream in = resource("contracts/accepted-drift.txt")) {
            if (in == null) {
                return accepted;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
                if (!entry.isBlank() && !entry.startsWith("#")) {
                    accepted.add(entry.trim());
                }
            }
        }
        return accepted;
    }

    /** True when a backend's document (from its build or from its running /q/openapi) equals the snapshot. */
    public static boolean isFresh(String service, JsonNode live) throws IOException {
        return comparable(live).equals(comparable(snapshot(service)));
    }

    /** The same against the snapshot file in a folder, e.g. {@code <repo>/gateway/src/main/resources/contracts} in the system tests. */
    public static boolean isFresh(Path snapshotDir, String service, JsonNode live) throws IOException {
        return comparable(live).equals(comparable(JSON.readTree(snapshotDir.resolve(service + ".json").toFile())));
    }

    public static void refresh(Path snapshotDir, String service, JsonNode live) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(snapshotDir.resolve(service + ".json").toFile(), live);
    }

    /** Every way the public operations differ from their backend operations in the snapshots. */
    public static List<String> drift(JsonNode publicDoc, Map<String, JsonNode> backends) {
        List<String> drift = new ArrayList<>();
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
            }
        }
        return drift;
    }

    private static void compare(String where, JsonNode publicOp, JsonNode backendOp, List<String> drift) {
        Set<String> backendBody = keys(backendOp.path("requestBody").path("content"));
        for (String type : keys(publicOp.path("requestBody").path("content"))) {
            if (!backendBody.contains(type)) {
                drift.add(where + ": request body " + type + " not accepted by the backend");
            }
        }
        Set<String> backendQuery = parameters(backendOp, "query");
        for (String name : parameters(publicOp, "query")) {
            if (!backendQuery.contains(name)) {
                drift.add(where + ": query parameter '" + name + "' unknown to the backend");
            }
        }
        Set<String> backendSuccess = successTypes(backendOp);
        for (String type : successTypes(publicOp)) {
            if (!backendSuccess.contains(type) && !backendSuccess.contains("*/*")) {
                drift.add(where + ": response " + type + " not documented by the backend");
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

    private static InputStream resource(String name) {
        return ContractSnapshots.class.getClassLoader().getResourceAsStream(name);
    }
}
