package org.casualtyledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.schema.validator.ValidationMessage;
import io.fabric8.kubernetes.schema.validator.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validation against published schemas. Kubernetes and Prometheus-operator kinds: the OpenAPI document that
 * fabric8's kubernetes-model-validator ships. CloudNativePG kinds are in no Maven artifact, so their
 * documents are checked against schemas kept in this module (src/test/resources/schemas), written from the
 * CloudNativePG API reference for the fields the overlays use, with no field outside them allowed.
 */
final class KubernetesSchema {
    private static final Validator KUBERNETES = Validator.newInstance();
    private static final Map<String, String> OWN_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1 Cluster", "/schemas/cnpg-cluster.json",
            "postgresql.cnpg.io/v1 Database", "/schemas/cnpg-database.json");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private KubernetesSchema() {
    }

    static Optional<String> ownSchemaOf(JsonNode document) {
        return Optional.ofNullable(OWN_SCHEMAS.get(document.path("apiVersion").asText() + " " + Rendering.kind(document)));
    }

    static List<String> kubernetesProblems(JsonNode document) {
        return KUBERNETES.validate(withUnwrappedSecretData(document)).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationMessage.Level.ERROR)
                .filter(message -> !isIntegerForIntOrString(message))
                .map(message -> message.getSchema() + ": " + message.getMessage())
                .toList();
    }

    /**
     * kustomize wraps long base64 values over several lines; the API server's decoder skips the line breaks,
     * the schema's base64 pattern does not, so they are removed before validation.
     */
    private static JsonNode withUnwrappedSecretData(JsonNode document) {
        if (!Rendering.kind(document).equals("Secret") || !document.has("data")) {
            return document;
        }
        ObjectNode copy = document.deepCopy();
        ObjectNode data = (ObjectNode) copy.path("data");
        data.fieldNames().forEachRemaining(key -> data.put(key, data.path(key).asText().replace("\n", "")));
        return copy;
    }

    /**
     * The OpenAPI v2 document types IntOrString as a string with format int-or-string, so an integer there
     * (maxUnavailable: 1) reads as an error, while the API server accepts it. Only that message is dropped.
     */
    private static boolean isIntegerForIntOrString(ValidationMessage message) {
        return message.getSchema().endsWith("io.k8s.apimachinery.pkg.util.intstr.IntOrString")
                && message.getMessage().contains("Instance type (integer)");
    }

    static List<String> ownSchemaProblems(JsonNode document, String schemaResource) {
        try (InputStream schemaText = KubernetesSchema.class.getResourceAsStream(schemaResource)) {
            if (schemaText == null) {
                throw new IllegalStateException("missing schema " + schemaResource);
            }
            JsonSchema schema = FACTORY.getSchema(schemaText);
            return schema.validate(document).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
