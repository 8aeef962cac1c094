package org.casualtyledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The documents one overlay renders to, with look-ups by kind and name. */
record Rendering(String overlay, List<JsonNode> documents) {

    static String kind(JsonNode document) {
        return document.path("kind").asText();
    }

    static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }

    static String describe(JsonNode document) {
        return kind(document) + "/" + name(document);
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind(d).equals(kind)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name(d).equals(name)).findFirst();
    }

    /** Deployments and StatefulSets: everything that runs pods. */
    List<JsonNode> workloads() {
        return documents.stream().filter(d -> kind(d).equals("Deployment") || kind(d).equals("StatefulSet")).toList();
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return strings(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    static List<JsonNode> containers(JsonNode workload) {
        JsonNode spec = podSpec(workload);
        return java.util.stream.Stream.concat(
                        StreamSupport.stream(spec.path("initContainers").spliterator(), false),
                        StreamSupport.stream(spec.path("containers").spliterator(), false))
                .toList();
    }

    static Map<String, String> strings(JsonNode object) {
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) object::fields).spliterator(), false)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asText()));
    }

    @Override
    public String toString() {
        return "k8s/" + overlay;
    }
}
