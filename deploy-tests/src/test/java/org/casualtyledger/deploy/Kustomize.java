package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders kustomize folders with {@code kubectl kustomize}. The real secret files are git-ignored, so the
 * tree is copied first and every missing {@code secrets/X.env} is filled from its {@code X.env.example}.
 */
final class Kustomize {
    /** The prod overlay with the sources component: every check that holds for an overlay holds with it too. */
    static final String PROD_WITH_SOURCES = "overlays/prod+components/sources";
    static final List<String> OVERLAYS = List.of("base", "overlays/dev", "overlays/prod", PROD_WITH_SOURCES);

    private static final YAMLFactory YAML_FACTORY = new YAMLFactory();
    private static final ObjectMapper YAML = new ObjectMapper(YAML_FACTORY);
    private static final Map<String, Rendering> RENDERED = new ConcurrentHashMap<>();
    private static Path copy;

    private Kustomize() {
    }

    static void assumeAvailable() {
        assumeTrue(Tools.onPath("kubectl").isPresent(),
                "SKIPPED: kubectl is not on PATH, so the overlays cannot be rendered; run .ci/tools.sh to install it");
    }

    static Rendering render(String overlay) {
        assumeAvailable();
        return RENDERED.computeIfAbsent(overlay, Kustomize::renderNow);
    }

    private static Rendering renderNow(String overlay) {
        Path folder = overlay.contains("+") ? combined(overlay) : copyWithExampleSecrets().resolve(overlay);
        Tools.Result result = Tools.run(List.of("kubectl", "kustomize", folder.toString()), folder);
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize k8s/" + overlay + " failed:\n" + result.output());
        }
        return new Rendering(overlay, parse(result.output()));
    }

    /** "overlay+component+...": a kustomization of the overlay with the components added, as a user would write it. */
    private static Path combined(String overlay) {
        String[] parts = overlay.split("\\+");
        StringBuilder kustomization = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
                .append("resources:\n  - ../../").append(parts[0]).append("\ncomponents:\n");
        for (int i = 1; i < parts.length; i++) {
            kustomization.append("  - ../../").append(parts[i]).append('\n');
        }
        try {
            Path folder = copyWithExampleSecrets().resolve("combined").resolve(overlay.replaceAll("[^A-Za-z0-9]+", "-"));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("kustomization.yaml"), kustomization.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        try (YAMLParser parser = YAML_FACTORY.createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path copyWithExampleSecrets() {
        if (copy != null) {
            return copy;
        }
        try {
            Path source = Repository.k8s();
            Path target = Files.createTempDirectory("k8s-render");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path destination = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else if (!isRealSecret(file)) {
                        Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            fillSecretsFromExamples(target);
            copy = target;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real secrets of a developer's checkout are never read by the tests: only the examples are rendered. */
    private static boolean isRealSecret(Path file) {
        return file.getParent().getFileName().toString().equals("secrets") && file.toString().endsWith(".env");
    }

    private static void fillSecretsFromExamples(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path example : files.filter(f -> f.toString().endsWith(".env.example")).toList()) {
                String name = example.getFileName().toString();
                Files.copy(example, example.resolveSibling(name.substring(0, name.length() - ".example".length())));
            }
        }
    }
}
