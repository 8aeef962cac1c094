package org.casualtyledger.gateway.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.gateway.access.Role;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the public document with what every /api/v1 operation shares: the two ways to present a key,
 * the role each operation needs ({@code x-required-role}), the error answers of the gateway itself, and the
 * backends' response schemas (see {@link BackendContracts}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicContract implements OASFilter {
    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";
    static final String ROLE_EXTENSION = "x-required-role";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Map<Integer, String[]> GATEWAY_ERRORS = gatewayErrors();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo().title("Casualty Ledger API").version("1")
                .description("The public API of Casualty Ledger: submit conflict bulletins, read the claims extracted from "
                        + "them, and ask the ledger how many. Every figure links back to its report and sentence. "
                        + "All operations need an API key (Authorization: Bearer <key> or X-API-Key: <key>); roles: "
                        + "reader (every GET), submitter (reader + submit and extract), analyst (reader + corrections, signed with "
                        + "the key's configured name), admin (everything, including corrections, sources and retractions)."));
        ensureComponents(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        BackendContracts backends = BackendContracts.load();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.getOperations().forEach((method, operation) -> complete(openAPI, path, method, operation, backends));
            }
        });
    }

    /**
     * The role an operation needs, by its path and HTTP method ({@link Routes#requiredRole}): the access filter's
     * {@code @Allowed} must agree (a test checks).
     */
    static String requiredRole(String path, PathItem.HttpMethod method) {
        return Routes.requiredRole(method.name(), path).label();
    }

    private static void complete(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation,
            BackendContracts backends) {
        String role = requiredRole(path, method);
        operation.addExtension(ROLE_EXTENSION, role);
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + "Requires the role **" + role + "** (or above).");
        operation.setSecurity(List.of(
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(API_KEY)));
        operation.addParameter(OASFactory.createParameter().name("X-Request-Id").in(
                        org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description("Correlates the log lines of every service; made when absent and always returned")
                .example("3f2b9c4e1a7d4e0f9b6c2d8a5e1f7c3b")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        backends.mergeInto(openAPI, path, method, operation);
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getSchema() == null && p.getRef() == null)
                    .forEach(p -> p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        GATEWAY_ERRORS.forEach((status, text) -> {
            if (operation.getResponses().getAPIResponse(String.valueOf(status)) == null
                    && (status != 413 && status != 415 || method == PathItem.HttpMethod.POST)) {
                operation.getResponses().addAPIResponse(String.valueOf(status), problemResponse(status, text[0], text[1]));
            }
        });
    }

    private static APIResponse problemResponse(int status, String description, String detail) {
        String example = "{\"type\":\"https://casualtyledger.org/problems/" + status + "\",\"title\":\"" + description
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)).example(example)));
        if (status == 429 || status >= 502) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)).example(5));
        }
        return response;
    }

    private static void ensureComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Authorization: Bearer <API key>"));
        openAPI.getComponents().addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("X-API-Key: <API key>"));
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(PROBLEM)) {
            openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text);
    }

    private static Map<Integer, String[]> gatewayErrors() {
        Map<Integer, String[]> errors = new LinkedHashMap<>();
        errors.put(400, new String[] {"Invalid request", "from: cannot read value 'yesterday'"});
        errors.put(401, new String[] {"Unauthorized", "An API key is required"});
        errors.put(403, new String[] {"Forbidden", "This operation needs the role submitter; the key has reader"});
        errors.put(413, new String[] {"Payload too large", "The request body is larger than the limit"});
        errors.put(415, new String[] {"Unsupported media type", "Content-Type application/xml is not accepted"});
        errors.put(429, new String[] {"Too many requests", "The rate limit of this key's role (reader) is used up"});
        errors.put(502, new String[] {"Bad gateway", "tally-service failed with HTTP 500"});
        errors.put(503, new String[] {"Service unavailable", "tally-service is unreachable"});
        errors.put(504, new String[] {"Gateway timeout", "tally-service did not answer in time"});
        return errors;
    }
}
