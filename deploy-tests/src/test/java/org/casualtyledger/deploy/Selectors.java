package org.casualtyledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Kubernetes label selectors: a plain map (Service) or matchLabels plus matchExpressions. */
final class Selectors {
    private Selectors() {
    }

    /** A Service's selector: every pair must be among the labels; an empty selector selects nothing here. */
    static boolean plainMatches(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = Rendering.strings(selector);
        return !wanted.isEmpty() && labels.entrySet().containsAll(wanted.entrySet());
    }

    /** A LabelSelector; {@code {}} selects every pod. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = Rendering.strings(selector.path("matchLabels"));
        if (!labels.entrySet().containsAll(wanted.entrySet())) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
