package org.casualtyledger.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a manifest into its fabric8 model class and reports what the model would silently accept:
 * fields it does not know (fabric8 keeps them in {@code additionalProperties}) and values of the wrong
 * type (refused here because scalar coercion is off: {@code replicas: "2"} fails).
 */
final class StrictModel {
    /** apiVersion + " " + kind of every kind the overlays may contain, with its model class. */
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Secret", Secret.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("apps/v1 StatefulSet", StatefulSet.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1 ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", PrometheusRule.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private StrictModel() {
    }

    static Optional<Class<?>> modelOf(JsonNode document) {
        return Optional.ofNullable(MODELS.get(document.path("apiVersion").asText() + " " + Rendering.kind(document)));
    }

    /** The problems found; empty when the document is a well-typed instance of its model with no unknown field. */
    static List<String> problems(JsonNode document, Class<?> model) {
        Object parsed;
        try {
            parsed = STRICT.treeToValue(document, model);
        } catch (Exception e) {
            return List.of("does not fit " + model.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        collectUnknownFields(parsed, "", problems);
        return problems;
    }

    private static void collectUnknownFields(Object value, String path, List<String> problems) {
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.")) {
            if (value instanceof Collection<?> items) {
                int index = 0;
                for (Object item : items) {
                    collectUnknownFields(item, path + "[" + index++ + "]", problems);
                }
            } else if (value instanceof Map<?, ?> entries) {
                entries.forEach((key, item) -> collectUnknownFields(item, path + "." + key, problems));
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (!isPropertyGetter(getter)) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add("unknown field(s) " + unknown.keySet() + " at " + (path.isEmpty() ? "." : path));
                }
            } else {
                collectUnknownFields(property, path + "." + propertyName(getter), problems);
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getName().startsWith("get") && method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                && !method.getName().equals("getClass");
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
