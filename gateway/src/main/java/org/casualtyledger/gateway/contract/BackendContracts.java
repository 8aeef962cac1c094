package org.casualtyledger.gateway.contract;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.logging.Logger;

/**
 * The backends' own OpenAPI documents, as committed snapshots under {@code contracts/} on the classpath.
 * Merged into the public document at build time: each public operation takes its backend operation's
 * success responses (with their schemas) and the query parameters it does not document itself.
 * The contract drift test keeps the snapshots equal to what the backends' builds produce.
 */
public final class BackendContracts {
    private static final Logger LOG = Logger.getLogger(BackendContracts.class);
    public static final String RESOURCE_DIR = "contracts/";
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final Map<String, OpenAPI> byService;

    private BackendContracts(Map<String, OpenAPI> byService) {
        this.byService = byService;
    }

    public static BackendContracts load() {
        Map<String, OpenAPI> models = new LinkedHashMap<>();
        for (String service : new String[] {Routes.INGEST, Routes.TALLY}) {
            read(service).ifPresent(model -> models.put(service, model));
        }
        return new BackendContracts(models);
    }

    public static Optional<OpenAPI> read(String service) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String resource = RESOURCE_DIR + service + ".json";
        if (loader.getResource(resource) == null) {
            LOG.warnf("No contract snapshot %s: the public document lacks %s's schemas", resource, service);
            return Optional.empty();
        }
        OpenAPI model = SmallRyeOpenAPI.builder()
                .withCustomStaticFile(() -> open(loader, resource))
                .enableModelReader(false).enableStandardStaticFiles(false)
                .enableAnnotationScan(false).enableStandardFilter(false)
                .build().model();
        return Optional.of(model);
    }

    public static Optional<Operation> backendOperation(OpenAPI backend, String publicPath, PathItem.HttpMethod method) {
        if (backend == null || backend.getPaths() == null) {
            return Optional.empty();
        }
        String wanted = Routes.shape(Routes.backendPath(publicPath));
        return backend.getPaths().getPathItems().entrySet().stream()
                .filter(e -> Routes.shape(e.getKey()).equals(wanted))
                .map(e -> e.getValue().getOperations().get(method))
                .filter(Objects::nonNull)
                .findFirst();
    }

    void mergeInto(OpenAPI target, String publicPath, PathItem.HttpMethod method, Operation operation) {
        String service = Routes.backendOf(publicPath);
        OpenAPI backend = byService.get(service);
        operation.addExtension("x-backend", service + " " + method + " " + Routes.backendPath(publicPath));
        Optional<Operation> source = backendOperation(backend, publicPath, method);
        if (source.isEmpty()) {
            return;
        }
        mergeParameters(source.get(), operation);
        mergeResponses(target, backend, source.get(), operation);
    }

    private static void mergeParameters(Operation source, Operation operation) {
        if (source.getParameters() == null) {
            return;
        }
        for (Parameter parameter : source.getParameters()) {
            boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> Objects.equals(p.getName(), parameter.getName()) && p.getIn() == parameter.getIn());
            if (!documented && parameter.getIn() == Parameter.In.QUERY) {
                operation.addParameter(parameter);
            }
        }
    }

    private static void mergeResponses(OpenAPI target, OpenAPI backend, Operation source, Operation operation) {
        if (source.getResponses() == null || source.getResponses().getAPIResponses() == null) {
            return;
        }
        source.getResponses().getAPIResponses().forEach((status, response) -> {
            APIResponse mine = operation.getResponses().getAPIResponse(status);
            if (mine == null) {
                operation.getResponses().addAPIResponse(status, response);
                copySchemas(target, backend, response);
            } else if (mine.getContent() == null || mine.getContent().getMediaTypes().isEmpty()) {
                mine.content(response.getContent());
                copySchemas(target, backend, response);
            } else if (response.getContent() != null) {
                adoptSchemas(mine, response);
                copySchemas(target, backend, response);
            }
        });
    }

    /** The gateway decides which media types it offers; the backend knows what each one holds. */
    private static void adoptSchemas(APIResponse mine, APIResponse backendResponse) {
        mine.getContent().getMediaTypes().forEach((type, media) -> {
            MediaType theirs = backendResponse.getContent().getMediaType(type);
            if (theirs != null && media.getSchema() == null) {
                media.setSchema(theirs.getSchema());
                if (media.getExample() == null && theirs.getExample() != null) {
                    media.setExample(theirs.getExample());
                }
            }
        });
    }

    private static void copySchemas(OpenAPI target, OpenAPI backend, APIResponse response) {
        if (response.getContent() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        response.getContent().getMediaTypes().values().forEach(m -> {
            if (m.getSchema() != null) {
                pending.push(m.getSchema());
            }
        });
        Map<String, Schema> available = backend.getComponents() == null || backend.getComponents().getSchemas() == null
                ? Map.of() : backend.getComponents().getSchemas();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
                String name = schema.getRef().substring(SCHEMA_REF.length());
                Schema referenced = available.get(name);
                boolean known = target.getComponents().getSchemas() != null && target.getComponents().getSchemas().containsKey(name);
                if (referenced != null && !known) {
                    target.getComponents().addSchema(name, referenced);
                    pending.push(referenced);
                }
            }
            children(schema, pending);
        }
    }

    private static void children(Schema schema, Deque<Schema> pending) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(pending::push);
        }
        if (schema.getItems() != null) {
            pending.push(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            pending.push(schema.getAdditionalPropertiesSchema());
        }
        for (java.util.List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(pending::push);
            }
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        return Objects.requireNonNull(loader.getResourceAsStream(resource), resource);
    }
}
