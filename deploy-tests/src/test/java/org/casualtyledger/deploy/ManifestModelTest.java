package org.casualtyledger.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every rendered document is a well-formed instance of its kind: strict model, then schema. */
class ManifestModelTest {
    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest(name = "k8s/{0} renders, and every document is in the namespace")
    @FieldSource("OVERLAYS")
    void rendersIntoTheNamespace(String overlay) {
        Rendering rendering = Kustomize.render(overlay);
        assertFalse(rendering.documents().isEmpty(), "k8s/" + overlay + " rendered nothing");
        for (JsonNode document : rendering.documents()) {
            String namespace = document.path("metadata").path("namespace").asText();
            if (Rendering.kind(document).equals("Namespace")) {
                assertEquals("casualty-ledger", Rendering.name(document));
            } else {
                assertEquals("casualty-ledger", namespace, Rendering.describe(document) + " in k8s/" + overlay);
            }
        }
    }

    @ParameterizedTest(name = "k8s/{0}: every document parses strictly with the fabric8 model")
    @FieldSource("OVERLAYS")
    void everyDocumentFitsItsModel(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode document : Kustomize.render(overlay).documents()) {
            Optional<Class<?>> model = StrictModel.modelOf(document);
            if (model.isPresent()) {
                StrictModel.problems(document, model.get())
                        .forEach(problem -> problems.add(Rendering.describe(document) + ": " + problem));
            } else if (KubernetesSchema.ownSchemaOf(document).isEmpty()) {
                problems.add(Rendering.describe(document) + ": " + document.path("apiVersion").asText()
                        + " has neither a fabric8 model nor a schema in this module");
            }
        }
        assertEquals(List.of(), problems, "k8s/" + overlay);
    }

    @ParameterizedTest(name = "k8s/{0}: every document validates against its schema")
    @FieldSource("OVERLAYS")
    void everyDocumentValidatesAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode document : Kustomize.render(overlay).documents()) {
            List<String> found = KubernetesSchema.ownSchemaOf(document)
                    .map(schema -> KubernetesSchema.ownSchemaProblems(document, schema))
                    .orElseGet(() -> KubernetesSchema.kubernetesProblems(document));
            found.forEach(problem -> problems.add(Rendering.describe(document) + ": " + problem));
        }
        assertEquals(List.of(), problems, "k8s/" + overlay);
    }

    @Test
    void theStrictModelRefusesUnknownFieldsAndWrongTypes() {
        JsonNode unknownField = Kustomize.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          livenessProbe: {httpGet: {path: /q/health/live, port: 8080}, periodSecond: 5}
                """).get(0);
        JsonNode wrongType = Kustomize.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: "2"
                """).get(0);
        List<String> unknown = StrictModel.problems(unknownField, StrictModel.modelOf(unknownField).orElseThrow());
        assertEquals(2, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).contains("replica") || unknown.get(1).contains("replica"), unknown.toString());
        assertFalse(StrictModel.problems(wrongType, StrictModel.modelOf(wrongType).orElseThrow()).isEmpty());
    }

    @Test
    void theSchemasRefuseWhatTheyDoNotDescribe() {
        JsonNode badService = Kustomize.parse("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  ports:
                    - port: "eighty"
                """).get(0);
        JsonNode badCluster = Kustomize.parse("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec:
                  instance: 3
                """).get(0);
        assertFalse(KubernetesSchema.kubernetesProblems(badService).isEmpty());
        assertFalse(KubernetesSchema.ownSchemaProblems(badCluster, KubernetesSchema.ownSchemaOf(badCluster).orElseThrow())
                .isEmpty());
    }
}
