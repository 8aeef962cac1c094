package org.casualtyledger.gateway.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.casualtyledger.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Requests the HTTP layer would refuse with a bare status get a problem instead: a URL longer than
 * {@code ledger.limits.url} (414), headers larger than {@code ledger.limits.headers} (431), and a URL the router
 * cannot decode, such as {@code ?x=%zz} (400). The HTTP decoder's own caps
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) sit above these limits, so that
 * requests between the two reach this check; only requests beyond the decoder's caps, or that are not HTTP at all
 * (a control character in a header), still get the decoder's bare answer and a closed connection.
 */
@ApplicationScoped
public class RequestShape {
    private static final Logger LOG = Logger.getLogger(RequestShape.class);
    private static final int AFTER_REQUEST_IDS = 950;
    private static final Map<Integer, String[]> TITLES = Map.of(
            400, new String[] {"bad-request", "Bad request"},
            414, new String[] {"uri-too-long", "URI too long"},
            431, new String[] {"headers-too-large", "Request header fields too large"});

    private final long urlBytes;
    private final long headerBytes;
    private final ObjectMapper json;

    RequestShape(@ConfigProperty(name = "ledger.limits.url", defaultValue = "4K") MemorySize url,
            @ConfigProperty(name = "ledger.limits.headers", defaultValue = "20K") MemorySize headers, ObjectMapper json) {
        this.urlBytes = url.asLongValue();
        this.headerBytes = headers.asLongValue();
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseOversize, AFTER_REQUEST_IDS);
    }

    /** Failures of the router itself (a URL it cannot decode) reach no route's own failure handler. */
    void answerRouterFailures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::asProblem);
    }

    void refuseOversize(RoutingContext context) {
        if (context.request().uri().length() > urlBytes) {
            send(context, 414, "The URL is longer than the limit of " + urlBytes + " bytes");
        } else if (size(context.request().headers()) > headerBytes) {
            send(context, 431, "The request headers are larger than the limit of " + headerBytes + " bytes");
        } else {
            context.next();
        }
    }

    void asProblem(RoutingContext context) {
        int status = context.statusCode();
        if (status != 400 || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.debugf("Refused an undecodable request: %s", context.failure() == null ? "" : context.failure().getMessage());
        send(context, 400, "The request URL is malformed (a '%' must start a percent-encoded byte, %XX)");
    }

    private static long size(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void send(RoutingContext context, int status, String detail) {
        String[] kind = TITLES.get(status);
        String path = context.request().path();
        Problem problem = Problem.of(status, kind[0], kind[1], detail)
                .withInstance(path == null || path.length() > 200 ? null : path);
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(toJson(problem));
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain data", e);
        }
    }
}
