package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casualtyledger.deploy.NetworkPolicies.Pod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the rendered manifests mean, checked against each other and against the services' own configuration. */
class ManifestMeaningTest {
    static final List<String> OVERLAYS = Kustomize.OVERLAYS;
    static final List<String> ENVIRONMENTS = List.of("overlays/dev", "overlays/prod", Kustomize.PROD_WITH_SOURCES);
    static final List<String> DATABASE_SERVICES = List.of("ingest-service", "tally-service");

    @ParameterizedTest(name = "k8s/{0}: workload, Service, PDB, HPA, Ingress and ServiceMonitor references find their targets")
    @FieldSource("OVERLAYS")
    void selectorsMatchPodLabels(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : rendering.workloads()) {
            if (!Selectors.matches(workload.path("spec").path("selector"), Rendering.podLabels(workload))) {
                problems.add(Rendering.describe(workload) + ": selector does not match its own pod template");
            }
        }
        for (JsonNode service : rendering.ofKind("Service")) {
            if (workloadsSelectedBy(rendering, service).isEmpty()) {
                problems.add(Rendering.describe(service) + ": selects no pods");
            }
        }
        for (JsonNode budget : rendering.ofKind("PodDisruptionBudget")) {
            if (pods(rendering).values().stream().noneMatch(labels -> Selectors.matches(budget.path("spec").path("selector"), labels))) {
                problems.add(Rendering.describe(budget) + ": selects no pods");
            }
        }
        for (JsonNode autoscaler : rendering.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = autoscaler.path("spec").path("scaleTargetRef");
            if (rendering.find(target.path("kind").asText(), target.path("name").asText()).isEmpty()) {
                problems.add(Rendering.describe(autoscaler) + ": scales a missing " + target);
            }
        }
        for (JsonNode ingress : rendering.ofKind("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    JsonNode port = backend.path("port");
                    String portName = port.has("name") ? port.path("name").asText() : port.path("number").asText();
                    boolean found = rendering.find("Service", backend.path("name").asText())
                            .flatMap(service -> servicePort(service, portName)).isPresent();
                    if (!found) {
                        problems.add(Rendering.describe(ingress) + ": path " + path.path("path") + " leads to no Service port " + backend);
                    }
                }
            }
        }
        for (JsonNode monitor : rendering.ofKind("ServiceMonitor")) {
            List<JsonNode> services = rendering.ofKind("Service").stream()
                    .filter(s -> Selectors.matches(monitor.path("spec").path("selector"), Rendering.strings(s.path("metadata").path("labels"))))
                    .toList();
            if (services.isEmpty()) {
                problems.add(Rendering.describe(monitor) + ": selects no Service");
            }
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                for (JsonNode service : services) {
                    if (servicePort(service, endpoint.path("port").asText()).isEmpty()) {
                        problems.add(Rendering.describe(monitor) + ": " + Rendering.describe(service) + " has no port " + endpoint.path("port"));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: every Service targetPort is a container port of its pods")
    @FieldSource("OVERLAYS")
    void serviceTargetPortsExistOnContainers(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode service : rendering.ofKind("Service")) {
            for (JsonNode port : service.path("spec").path("ports")) {
                JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                for (JsonNode workload : workloadsSelectedBy(rendering, service)) {
                    if (containerPort(workload, target).isEmpty()) {
                        problems.add(Rendering.describe(service) + ": targetPort " + target + " is not a port of " + Rendering.describe(workload));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: probes and scrape paths exist on the services, on their HTTP port")
    @FieldSource("OVERLAYS")
    void probeAndMetricsPathsExist(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (String serviceName : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(serviceName);
            JsonNode workload = rendering.find("Deployment", serviceName).orElseThrow();
            JsonNode container = container(workload, serviceName);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode httpGet = container.path(probe).path("httpGet");
                if (httpGet.isMissingNode()) {
                    problems.add(serviceName + ": no HTTP " + probe);
                    continue;
                }
                if (!config.servedPaths().contains(httpGet.path("path").asText())) {
                    problems.add(serviceName + ": " + probe + " path " + httpGet.path("path") + " is not one of " + config.servedPaths());
                }
                if (containerPort(workload, httpGet.path("port")).map(p -> p.path("containerPort").asInt()).orElse(-1) != config.httpPort()) {
                    problems.add(serviceName + ": " + probe + " port " + httpGet.path("port") + " is not the HTTP port " + config.httpPort());
                }
            }
            JsonNode monitor = rendering.find("ServiceMonitor", serviceName).orElseThrow();
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                if (!config.servedPaths().contains(endpoint.path("path").asText())) {
                    problems.add(serviceName + ": scrape path " + endpoint.path("path") + " is not one of " + config.servedPaths());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: environment names are the services' configuration keys, and their targets exist")
    @FieldSource("ENVIRONMENTS")
    void environmentMatchesConfiguration(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (String serviceName : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(serviceName);
            JsonNode workload = rendering.find("Deployment", serviceName).orElseThrow();
            Map<String, String> environment = environment(rendering, container(workload, serviceName), problems);
            for (String name : environment.keySet()) {
                if (!config.environmentNames().contains(name)) {
                    problems.add(serviceName + ": " + name + " is read by nothing in its application.properties");
                }
            }
            if (config.usesDatabase()) {
                for (String required : List.of("LEDGER_DB_HOST", "LEDGER_DB_PORT", "LEDGER_DB_NAME", "LEDGER_DB_USER", "LEDGER_DB_PASSWORD")) {
                    if (!environment.containsKey(required)) {
                        problems.add(serviceName + ": " + required + " is not set");
                    }
                }
                String host = environment.getOrDefault("LEDGER_DB_HOST", "");
                if (!host.startsWith("secret:") && rendering.find("Service", host).isEmpty() && !isCloudNativePgService(rendering, host)) {
                    problems.add(serviceName + ": LEDGER_DB_HOST " + host + " is no Service");
                }
            }
            environment.forEach((name, value) -> {
                if (name.endsWith("_URL")) {
                    URI uri = URI.create(value);
                    Optional<JsonNode> target = rendering.find("Service", uri.getHost());
                    if (target.isEmpty() || servicePort(target.get(), String.valueOf(uri.getPort())).isEmpty()) {
                        problems.add(serviceName + ": " + name + "=" + value + " names no Service port");
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: every container has requests, limits and the restricted security context")
    @FieldSource("OVERLAYS")
    void everyContainerIsLimitedAndLockedDown(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : rendering.workloads()) {
            JsonNode pod = Rendering.podSpec(workload).path("securityContext");
            if (!pod.path("runAsNonRoot").asBoolean(false) || pod.path("runAsUser").asInt(0) == 0
                    || !pod.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
                problems.add(Rendering.describe(workload) + ": pod security context lacks runAsNonRoot, a non-root runAsUser or seccomp RuntimeDefault");
            }
            for (JsonNode container : Rendering.containers(workload)) {
                String where = Rendering.describe(workload) + " container " + container.path("name").asText();
                JsonNode resources = container.path("resources");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (resources.path(kind).path(resource).asText().isEmpty()) {
                            problems.add(where + ": no " + resource + " " + kind);
                        }
                    }
                }
                JsonNode security = container.path("securityContext");
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + ": root file system is writable");
                }
                if (!containsText(security.path("capabilities").path("drop"), "ALL")) {
                    problems.add(where + ": capabilities are not all dropped");
                }
                if (!security.path("runAsNonRoot").asBoolean(pod.path("runAsNonRoot").asBoolean(false))) {
                    problems.add(where + ": may run as root");
                }
                if (!mountsEmptyDir(workload, container, "/tmp")) {
                    problems.add(where + ": no emptyDir on /tmp");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: every workload has a PodDisruptionBudget and its own NetworkPolicy, under a default deny")
    @FieldSource("OVERLAYS")
    void everyWorkloadHasBudgetAndNetworkPolicy(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendering);
        List<String> problems = new ArrayList<>();
        boolean defaultDeny = rendering.ofKind("NetworkPolicy").stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && containsText(p.path("spec").path("policyTypes"), "Ingress") && containsText(p.path("spec").path("policyTypes"), "Egress")
                && p.path("spec").path("ingress").isEmpty() && p.path("spec").path("egress").isEmpty());
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy");
        }
        pods(rendering).forEach((name, labels) -> {
            if (rendering.ofKind("PodDisruptionBudget").stream().noneMatch(b -> Selectors.matches(b.path("spec").path("selector"), labels))
                    && !name.startsWith("Cluster/")) {
                problems.add(name + ": no PodDisruptionBudget");
            }
            boolean ownPolicy = policies.selecting(Pod.inNamespace(labels), "Ingress").stream()
                    .anyMatch(p -> !p.path("spec").path("podSelector").isEmpty());
            if (!ownPolicy) {
                problems.add(name + ": no NetworkPolicy of its own admits anything");
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "k8s/{0}: the NetworkPolicies allow exactly the service graph")
    @FieldSource("ENVIRONMENTS")
    void networkPoliciesAllowExactlyTheServiceGraph(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendering);
        Pod gateway = podOf(rendering, "gateway");
        Pod ingest = podOf(rendering, "ingest-service");
        Pod tally = podOf(rendering, "tally-service");
        Pod postgres = Pod.inNamespace(Map.of("app.kubernetes.io/name", "postgres"));
        assertFalse(rendering.documents().stream().noneMatch(d -> Rendering.name(d).contains("postgres") || Rendering.kind(d).equals("Cluster")),
                "no PostgreSQL in " + overlay);
        Pod ingressController = Pod.fromNamespace("ingress-nginx");
        Pod prometheus = Pod.fromNamespace("monitoring");
        Pod stranger = Pod.fromNamespace("default");

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("ingress -> gateway", policies.allows(ingressController, gateway, 8080));
        expected.put("prometheus -> gateway", policies.allows(prometheus, gateway, 8080));
        expected.put("prometheus -> ingest", policies.allows(prometheus, ingest, 8081));
        expected.put("prometheus -> tally", policies.allows(prometheus, tally, 8082));
        expected.put("gateway -> ingest", policies.allows(gateway, ingest, 8081));
        expected.put("gateway -> tally", policies.allows(gateway, tally, 8082));
        expected.put("ingest -> tally", policies.allows(ingest, tally, 8082));
        expected.put("ingest -> postgres", policies.allows(ingest, postgres, 5432));
        expected.put("tally -> postgres", policies.allows(tally, postgres, 5432));
        expected.forEach((path, allowed) -> assertTrue(allowed, path + " must be allowed in " + overlay));

        Map<String, Boolean> forbidden = new LinkedHashMap<>();
        forbidden.put("ingress -> ingest", policies.allows(ingressController, ingest, 8081));
        forbidden.put("ingress -> tally", policies.allows(ingressController, tally, 8082));
        forbidden.put("stranger -> gateway", policies.allows(stranger, gateway, 8080));
        forbidden.put("gateway -> postgres", policies.allows(gateway, postgres, 5432));
        forbidden.put("prometheus -> postgres", policies.allows(prometheus, postgres, 5432));
        forbidden.put("tally -> ingest", policies.allows(tally, ingest, 8081));
        forbidden.put("ingest -> gateway", policies.allows(ingest, gateway, 8080));
        forbidden.put("tally -> gateway", policies.allows(tally, gateway, 8080));
        forbidden.put("gateway -> ingest on another port", policies.allows(gateway, ingest, 5005));
        forbidden.forEach((path, allowed) -> assertFalse(allowed, path + " must be denied in " + overlay));
    }

    @ParameterizedTest(name = "k8s/{0}: each service connects to its own database, as an owner PostgreSQL creates")
    @FieldSource("ENVIRONMENTS")
    void eachServiceGetsItsOwnDatabase(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        for (String serviceName : List.of("ingest-service", "tally-service")) {
            JsonNode container = container(rendering.find("Deployment", serviceName).orElseThrow(), serviceName);
            Map<String, String> environment = environment(rendering, container, problems);
            String database = environment.get("LEDGER_DB_NAME");
            String userSecret = environment.get("LEDGER_DB_USER");
            databases.add(database);
            if (rendering.find("StatefulSet", "postgres").isPresent()) {
                String init = rendering.find("ConfigMap", "postgres-init").orElseThrow().path("data").toString();
                if (!init.contains("CREATE DATABASE " + database + " ")) {
                    problems.add(serviceName + ": the dev PostgreSQL creates no database " + database);
                }
                String prefix = database.toUpperCase(java.util.Locale.ROOT) + "_DB_USER";
                Map<String, String> postgresEnvironment = environment(rendering,
                        container(rendering.find("StatefulSet", "postgres").orElseThrow(), "postgres"), problems);
                if (!userSecret.equals(postgresEnvironment.get(prefix))) {
                    problems.add(serviceName + ": connects as " + userSecret + " but the owner is made from " + postgresEnvironment.get(prefix));
                }
            } else {
                JsonNode cluster = rendering.ofKind("Cluster").get(0);
                JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
                boolean bootstrapOwner = database.equals(initdb.path("database").asText())
                        && userSecret.equals("secret:" + Rendering.name(cluster) + "-app/username");
                boolean managedOwner = rendering.ofKind("Database").stream().anyMatch(d -> d.path("spec").path("name").asText().equals(database)
                        && d.path("spec").path("cluster").path("name").asText().equals(Rendering.name(cluster))
                        && managedRoleSecret(cluster, d.path("spec").path("owner").asText())
                                .map(secret -> userSecret.equals("secret:" + secret + "/username")).orElse(false));
                if (!bootstrapOwner && !managedOwner) {
                    problems.add(serviceName + ": database " + database + " as " + userSecret + " is neither the bootstrap database nor a managed one");
                }
            }
        }
        if (databases.stream().distinct().count() != databases.size()) {
            problems.add("services share a database: " + databases);
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}: Flyway migrates at start and Hibernate validates the schema in prod")
    @FieldSource("DATABASE_SERVICES")
    void migrationsRunAtStartAndTheSchemaIsValidated(String serviceName) {
        ServiceConfig config = ServiceConfig.of(serviceName);
        assertTrue(config.uses("quarkus-flyway"), serviceName + " has no quarkus-flyway");
        assertEquals("true", config.prodValue("quarkus.flyway.migrate-at-start"), serviceName);
        assertEquals("validate", config.prodValue("quarkus.hibernate-orm.schema-management.strategy"), serviceName);
    }

    @ParameterizedTest(name = "k8s/{0}: ServiceMonitors name their jobs as the alert rules expect")
    @FieldSource("OVERLAYS")
    void scrapeJobsAreTheNamesTheAlertsUse(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        List<String> jobs = new ArrayList<>();
        for (JsonNode monitor : rendering.ofKind("ServiceMonitor")) {
            String jobLabel = monitor.path("spec").path("jobLabel").asText();
            rendering.ofKind("Service").stream()
                    .filter(s -> Selectors.matches(monitor.path("spec").path("selector"), Rendering.strings(s.path("metadata").path("labels"))))
                    .forEach(s -> jobs.add(s.path("metadata").path("labels").path(jobLabel).asText()));
        }
        assertEquals(ServiceConfig.SERVICES.stream().sorted().toList(), jobs.stream().sorted().toList());
    }

    private static Optional<String> managedRoleSecret(JsonNode cluster, String role) {
        for (JsonNode managed : cluster.path("spec").path("managed").path("roles")) {
            if (managed.path("name").asText().equals(role)) {
                return Optional.of(managed.path("passwordSecret").path("name").asText());
            }
        }
        return Optional.empty();
    }

    // --- look-ups ---------------------------------------------------------------------------------------

    /** Pod labels by owner: workloads, and the instances a CloudNativePG Cluster will create. */
    static Map<String, Map<String, String>> pods(Rendering rendering) {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        for (JsonNode workload : rendering.workloads()) {
            pods.put(Rendering.describe(workload), Rendering.podLabels(workload));
        }
        for (JsonNode cluster : rendering.ofKind("Cluster")) {
            Map<String, String> labels = new LinkedHashMap<>(Rendering.strings(cluster.path("spec").path("inheritedMetadata").path("labels")));
            labels.put("cnpg.io/cluster", Rendering.name(cluster));
            pods.put(Rendering.describe(cluster), labels);
        }
        return pods;
    }

    private static Pod podOf(Rendering rendering, String deployment) {
        return Pod.inNamespace(Rendering.podLabels(rendering.find("Deployment", deployment).orElseThrow()));
    }

    private static List<JsonNode> workloadsSelectedBy(Rendering rendering, JsonNode service) {
        return rendering.workloads().stream()
                .filter(w -> Selectors.plainMatches(service.path("spec").path("selector"), Rendering.podLabels(w)))
                .toList();
    }

    private static Optional<JsonNode> servicePort(JsonNode service, String nameOrNumber) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (port.path("name").asText().equals(nameOrNumber) || port.path("port").asText().equals(nameOrNumber)) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> containerPort(JsonNode workload, JsonNode nameOrNumber) {
        for (JsonNode container : Rendering.containers(workload)) {
            for (JsonNode port : container.path("ports")) {
                boolean byName = nameOrNumber.isTextual() && port.path("name").asText().equals(nameOrNumber.asText());
                boolean byNumber = nameOrNumber.isInt() && port.path("containerPort").asInt() == nameOrNumber.asInt();
                if (byName || byNumber) {
                    return Optional.of(port);
                }
            }
        }
        return Optional.empty();
    }

    private static JsonNode container(JsonNode workload, String name) {
        return Rendering.containers(workload).stream().filter(c -> c.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(Rendering.describe(workload) + " has no container " + name));
    }

    /** Name to value (or "secret:NAME/KEY") of everything a container gets in its environment. */
    private static Map<String, String> environment(Rendering rendering, JsonNode container, List<String> problems) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                rendering.find("ConfigMap", name).ifPresentOrElse(
                        map -> environment.putAll(Rendering.strings(map.path("data"))),
                        () -> problems.add(container.path("name").asText() + ": ConfigMap " + name + " is missing"));
            }
            if (source.has("secretRef")) {
                String name = source.path("secretRef").path("name").asText();
                Optional<JsonNode> secret = rendering.find("Secret", name);
                if (secret.isEmpty()) {
                    problems.add(container.path("name").asText() + ": Secret " + name + " is missing");
                }
                secret.ifPresent(s -> s.path("data").fieldNames().forEachRemaining(key -> environment.put(key, "secret:" + name + "/" + key)));
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secretKey = variable.path("valueFrom").path("secretKeyRef");
            if (secretKey.isMissingNode()) {
                environment.put(variable.path("name").asText(), variable.path("value").asText());
                continue;
            }
            String secret = secretKey.path("name").asText();
            String key = secretKey.path("key").asText();
            environment.put(variable.path("name").asText(), "secret:" + secret + "/" + key);
            boolean made = rendering.find("Secret", secret).map(s -> s.path("data").has(key)).orElse(false)
                    || isCloudNativePgSecret(rendering, secret, key);
            if (!made) {
                problems.add(container.path("name").asText() + ": " + variable.path("name").asText() + " reads " + secret + "/" + key + ", which nothing creates");
            }
        }
        return environment;
    }

    /** CloudNativePG makes {@code <cluster>-app} (keys username, password, ...) for the bootstrap owner. */
    private static boolean isCloudNativePgSecret(Rendering rendering, String secret, String key) {
        return rendering.ofKind("Cluster").stream().anyMatch(c -> secret.equals(Rendering.name(c) + "-app"))
                && Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri").contains(key);
    }

    /** CloudNativePG makes the Services {@code <cluster>-rw}, {@code -ro} and {@code -r}. */
    private static boolean isCloudNativePgService(Rendering rendering, String host) {
        return rendering.ofKind("Cluster").stream()
                .anyMatch(c -> Set.of("-rw", "-ro", "-r").stream().anyMatch(suffix -> host.equals(Rendering.name(c) + suffix)));
    }

    private static boolean mountsEmptyDir(JsonNode workload, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                for (JsonNode volume : Rendering.podSpec(workload).path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean containsText(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    @org.junit.jupiter.api.Test
    void ingestReachesTheInternetOnlyOnHttpAndHttpsAndOnlyWithTheSourcesComponent() {
        Pod feedServer = Pod.outside("203.0.113.10");
        Pod clusterAddress = Pod.outside("10.20.30.40");
        Pod cloudMetadata = Pod.outside("169.254.169.254");
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            Rendering rendering = Kustomize.render(overlay);
            NetworkPolicies policies = new NetworkPolicies(rendering);
            assertFalse(policies.allows(podOf(rendering, "ingest-service"), feedServer, 443), "ingest -> internet:443 in " + overlay);
            assertEquals("false", configMap(rendering, "ingest-service-config")
                    .path("data").path("LEDGER_SOURCES_ENABLED").asText(), "feeds are polled only with the component");
        }
        Rendering rendering = Kustomize.render(Kustomize.PROD_WITH_SOURCES);
        NetworkPolicies policies = new NetworkPolicies(rendering);
        Pod ingest = podOf(rendering, "ingest-service");
        assertTrue(policies.allows(ingest, feedServer, 443), "ingest -> internet:443 with sources");
        assertTrue(policies.allows(ingest, feedServer, 80), "ingest -> internet:80 with sources");
        assertFalse(policies.allows(ingest, feedServer, 22), "ingest -> internet:22 with sources");
        assertFalse(policies.allows(ingest, clusterAddress, 443), "ingest -> a private address with sources");
        assertFalse(policies.allows(ingest, cloudMetadata, 80), "ingest -> the cloud metadata address with sources");
        assertFalse(policies.allows(podOf(rendering, "gateway"), feedServer, 443), "gateway -> internet with sources");
        assertFalse(policies.allows(podOf(rendering, "tally-service"), feedServer, 443), "tally -> internet with sources");
        JsonNode config = configMap(rendering, "ingest-service-config").path("data");
        assertEquals("true", config.path("LEDGER_SOURCES_ENABLED").asText());
        String file = config.path("LEDGER_SOURCES_FILE").asText();
        JsonNode sources = configMap(rendering, "ingest-sources");
        assertTrue(sources.path("data").has(java.nio.file.Path.of(file).getFileName().toString()), "the sources file is in the ConfigMap");
        JsonNode ingestWorkload = rendering.find("Deployment", "ingest-service").orElseThrow();
        assertTrue(ingestWorkload.toString().contains("\"mountPath\":\"" + java.nio.file.Path.of(file).getParent() + "\""), "the ConfigMap is mounted");
    }

    /** A generated ConfigMap by the name it is given in the kustomization (rendered with a content hash after it). */
    private static JsonNode configMap(Rendering rendering, String name) {
        return rendering.ofKind("ConfigMap").stream()
                .filter(d -> Rendering.name(d).equals(name) || Rendering.name(d).matches(java.util.regex.Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name + " in " + rendering));
    }
}
