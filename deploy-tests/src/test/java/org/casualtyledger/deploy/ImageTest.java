package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Images and their tags: Dockerfiles agree with the pods, prod runs fixed native tags on several replicas. */
class ImageTest {
    static final List<String> SERVICES = ServiceConfig.SERVICES;
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\d+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");

    @ParameterizedTest(name = "{0}: both Dockerfiles run as the pod's uid, expose its port and pin their base image")
    @FieldSource("SERVICES")
    void dockerfilesAgreeWithThePods(String service) throws IOException {
        JsonNode pod = Rendering.podSpec(Kustomize.render("base").find("Deployment", service).orElseThrow());
        int uid = pod.path("securityContext").path("runAsUser").asInt();
        int port = ServiceConfig.of(service).httpPort();
        for (String name : List.of("Dockerfile.jvm", "Dockerfile.native-micro")) {
            String dockerfile = Files.readString(Repository.root().resolve(service).resolve("src/main/docker").resolve(name));
            assertEquals(String.valueOf(uid), group(USER, dockerfile), service + " " + name + " USER");
            assertEquals(String.valueOf(port), group(EXPOSE, dockerfile), service + " " + name + " EXPOSE");
            String base = group(FROM, dockerfile);
            assertTrue(base.matches(".+:[A-Za-z0-9._-]+") && !base.endsWith(":latest"), service + " " + name + " base image " + base);
        }
    }

    @Test
    void prodRunsFixedNativeTagsOnSeveralReplicas() {
        Rendering prod = Kustomize.render("overlays/prod");
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : prod.workloads()) {
            for (JsonNode container : Rendering.containers(workload)) {
                String image = container.path("image").asText();
                String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
                if (tag.isEmpty() || tag.equals("latest") || tag.contains("/")) {
                    problems.add(Rendering.describe(workload) + ": image " + image + " has no fixed tag");
                }
                if (SERVICES.contains(workload.path("metadata").path("name").asText()) && !tag.endsWith("-native")) {
                    problems.add(Rendering.describe(workload) + ": image " + image + " is not native");
                }
            }
            if (workload.path("spec").path("replicas").asInt(1) < 2) {
                problems.add(Rendering.describe(workload) + ": fewer than 2 replicas");
            }
            if (Rendering.podSpec(workload).path("affinity").path("podAntiAffinity").isMissingNode()) {
                problems.add(Rendering.describe(workload) + ": no pod anti-affinity");
            }
        }
        for (JsonNode autoscaler : prod.ofKind("HorizontalPodAutoscaler")) {
            if (autoscaler.path("spec").path("minReplicas").asInt(1) < 2) {
                problems.add(Rendering.describe(autoscaler) + ": minReplicas below 2");
            }
        }
        JsonNode cluster = prod.ofKind("Cluster").stream().findFirst().orElseThrow(() -> new AssertionError("no CloudNativePG Cluster in prod"));
        if (cluster.path("spec").path("instances").asInt() < 3) {
            problems.add("the CloudNativePG cluster has fewer than 3 instances");
        }
        assertEquals(List.of(), problems);
        assertFalse(prod.ofKind("StatefulSet").stream().anyMatch(s -> Rendering.name(s).equals("postgres")), "prod must not run the dev PostgreSQL");
    }

    @Test
    void devRunsOneJvmReplicaOfEachService() {
        Rendering dev = Kustomize.render("overlays/dev");
        for (String service : SERVICES) {
            JsonNode deployment = dev.find("Deployment", service).orElseThrow();
            assertEquals(1, deployment.path("spec").path("replicas").asInt(), service);
            assertTrue(Rendering.containers(deployment).get(0).path("image").asText().endsWith("-jvm"), service);
        }
        assertEquals(1, dev.find("StatefulSet", "postgres").orElseThrow().path("spec").path("replicas").asInt());
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
