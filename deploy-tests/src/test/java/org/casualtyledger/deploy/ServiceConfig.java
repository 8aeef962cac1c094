package org.casualtyledger.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service's own build says about it: the environment variables its configuration reads, its HTTP
 * port, and the paths its Quarkus extensions serve. The manifests are checked against this.
 */
record ServiceConfig(String name, Properties properties, Set<String> extensions) {
    static final List<String> SERVICES = List.of("gateway", "ingest-service", "tally-service");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    static ServiceConfig of(String service) {
        Path module = Repository.root().resolve(service);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
            Set<String> extensions = new LinkedHashSet<>();
            Matcher artifacts = ARTIFACT.matcher(Files.readString(module.resolve("pom.xml")));
            while (artifacts.find()) {
                extensions.add(artifacts.group(1));
            }
            return new ServiceConfig(service, properties, extensions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names the service reads from the environment: every {@code ${NAME}} in a value, and the environment
     * form of every configured key (without its profile), as Quarkus maps QUARKUS_HTTP_PORT to quarkus.http.port.
     */
    Set<String> environmentNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher expression = EXPRESSION.matcher(properties.getProperty(key));
            while (expression.find()) {
                names.add(expression.group(1));
            }
            names.add(environmentForm(key.replaceFirst("^%[^.]+\\.", "")));
        }
        return names;
    }

    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** The port in {@code quarkus.http.port}: its default when it is an expression such as ${GATEWAY_PORT:8080}. */
    int httpPort() {
        String value = properties.getProperty("quarkus.http.port", "8080");
        return Integer.parseInt(value.replaceAll("^\\$\\{[^:}]*:(\\d+)}$", "$1"));
    }

    boolean uses(String artifactId) {
        return extensions.contains(artifactId);
    }

    /** Paths served by the health and Prometheus extensions, under the non-application root. */
    Set<String> servedPaths() {
        String root = "/" + trimSlashes(properties.getProperty("quarkus.http.non-application-root-path", "q"));
        Set<String> paths = new LinkedHashSet<>();
        if (uses("quarkus-smallrye-health")) {
            String health = root + "/" + trimSlashes(properties.getProperty("quarkus.smallrye-health.root-path", "health"));
            paths.addAll(List.of(health, health + "/live", health + "/ready", health + "/started"));
        }
        if (uses("quarkus-micrometer-registry-prometheus")) {
            paths.add(root + "/" + trimSlashes(properties.getProperty("quarkus.micrometer.export.prometheus.path", "metrics")));
        }
        return paths;
    }

    /** The value a key has in the prod profile: its %prod. form when there is one, else the plain one. */
    String prodValue(String key) {
        return properties.getProperty("%prod." + key, properties.getProperty(key, ""));
    }

    boolean usesDatabase() {
        return uses("quarkus-reactive-pg-client") || uses("quarkus-jdbc-postgresql");
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
