package org.casualtyledger.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casualtyledger.embeddeddb.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The published contract explains itself: every operation has a description, every schema an example. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDescribedAndEverySchemaHasExamples() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (isBlank(operation.get("description")) || isBlank(operation.get("summary"))) {
                missing.add(method.toUpperCase() + " " + path + ": summary or description");
            }
        }));
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            boolean scalar = schema.get("properties") == null && schema.get("format") != null;
            if (!scalar && !hasExample(schema) && !allPropertiesHaveExamples(schema) && schema.get("enum") == null) {
                missing.add("schema " + name + ": example " + undocumentedProperties(schema));
            }
        });
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
    }

    @SuppressWarnings("unchecked")
    private static boolean allPropertiesHaveExamples(Map<String, Object> schema) {
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        if (properties == null || properties.isEmpty()) {
            return false;
        }
        return properties.values().stream().allMatch(p -> hasExample(p) || p.get("$ref") != null
                || p.get("items") != null || p.get("anyOf") != null || p.get("enum") != null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> undocumentedProperties(Map<String, Object> schema) {
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        if (properties == null) {
            return List.of("(no properties)");
        }
        return properties.entrySet().stream().filter(p -> !hasExample(p.getValue()) && p.getValue().get("$ref") == null
                && p.getValue().get("items") == null && p.getValue().get("anyOf") == null).map(Map.Entry::getKey).toList();
    }

    /** OpenAPI 3.1 documents carry "examples" (a list); 3.0 ones "example". */
    private static boolean hasExample(Map<String, Object> schema) {
        return schema.get("example") != null || schema.get("examples") != null;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
