package org.casualtyledger.gateway.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.casualtyledger.problem.Problem;
import org.casualtyledger.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request body limits: one bulletin (reports, extract) and one batch. A declared Content-Length over the limit
 * is refused before the body is read; a chunked body is measured once read. Bodies above the HTTP layer's own
 * cap ({@code quarkus.http.limits.max-body-size}) never reach the REST layer at all.
 */
@ApplicationScoped
public class BodyLimits {
    private static final String BATCH_PATH = "/api/v1/reports/batch";
    private static final int AFTER_REQUEST_IDS = 900;
    private static final int BEFORE_REST_ROUTES = -100;

    private final long reportBytes;
    private final long batchBytes;
    private final ObjectMapper json;

    BodyLimits(@ConfigProperty(name = "ledger.limits.report-body", defaultValue = "1536K") MemorySize report,
            @ConfigProperty(name = "ledger.limits.batch-body", defaultValue = "32M") MemorySize batch,
            ObjectMapper json) {
        this.reportBytes = report.asLongValue();
        this.batchBytes = batch.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseDeclaredOversize, AFTER_REQUEST_IDS);
    }

    /**
     * A chunked upload has no length to check up front, and the HTTP layer would cut one that passes its cap with a
     * bare 413. Such bodies are read here instead, up to the batch limit, so that an oversized one gets the same
     * problem as any other; the REST layer then takes the body already read.
     */
    void readChunkedBodies(@Observes Router router) {
        BodyHandler upTo = BodyHandler.create(false).setBodyLimit(batchBytes);
        router.post("/api/v1/*").order(BEFORE_REST_ROUTES)
                .handler(context -> {
                    if (context.request().getHeader("Content-Length") != null) {
                        context.next();
                    } else {
                        upTo.handle(context);
                    }
                })
                .failureHandler(this::tooLargeAsProblem);
    }

    void tooLargeAsProblem(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        Problem problem = Problem.of(413, "payload-too-large", "Payload too large", describe(limitFor(path))).withInstance(path);
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(toJson(problem));
    }

    /** For a body already read (chunked uploads have no Content-Length to check up front). */
    public void check(String path, byte[] body) {
        long limit = limitFor(path.startsWith("/") ? path : "/" + path);
        if (body != null && body.length > limit) {
            throw ProblemException.tooLarge(describe(limit));
        }
    }

    void refuseDeclaredOversize(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        String path = context.normalizedPath();
        if (declared == null || context.request().method() != HttpMethod.POST || !path.startsWith("/api/v1/")) {
            context.next();
            return;
        }
        long limit = limitFor(path);
        if (parse(declared) > limit) {
            Problem problem = Problem.of(413, "payload-too-large", "Payload too large", describe(limit)).withInstance(path);
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(toJson(problem));
            return;
        }
        context.next();
    }

    private long limitFor(String path) {
        return path.startsWith(BATCH_PATH) ? batchBytes : reportBytes;
    }

    private static String describe(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes";
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain data", e);
        }
    }
}
