package org.casualtyledger.gateway.access;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtyledger.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every public operation: a key must be presented ({@code Authorization: Bearer} or {@code X-API-Key}),
 * must be known, must carry the operation's role, and must have tokens left in its bucket.
 * Health, the OpenAPI document, Swagger UI and the workspace's files are not REST resources and stay open.
 */
public class AccessFilter {
    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    private final ApiKeys keys;
    private final RateLimits limits;
    private final Map<Method, Role> required = new ConcurrentHashMap<>();

    AccessFilter(ApiKeys keys, RateLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> guard(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        if ("OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            return Optional.of(unauthorized(http, path(request), "An API key is required: send Authorization: Bearer <key> or X-API-Key: <key>"));
        }
        Optional<ApiKeys.KeyHolder> holder = keys.find(presented.get());
        if (holder.isEmpty()) {
            return Optional.of(unauthorized(http, path(request), "The API key is not valid"));
        }
        MDC.put("key", holder.get().id());
        Role needed = required.computeIfAbsent(resource.getResourceMethod(), AccessFilter::requiredRole);
        if (!holder.get().role().includes(needed)) {
            String detail = "This operation needs the role " + needed.label() + "; the key has " + holder.get().role().label();
            logRefusal(http, 403, detail);
            return Optional.of(Problem.of(403, "forbidden", "Forbidden", detail).withInstance(path(request)).toResponse());
        }
        RateLimits.Verdict verdict = limits.take(holder.get());
        if (!verdict.allowed()) {
            Response tooMany = Problem.of(429, "rate-limited", "Too many requests",
                    "The rate limit of this key's role (" + holder.get().role().label() + ") is used up")
                    .withInstance(path(request)).toResponse();
            tooMany.getHeaders().add("Retry-After", Long.toString(verdict.retryAfterSeconds()));
            return Optional.of(tooMany);
        }
        return Optional.empty();
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    private static Role requiredRole(Method method) {
        Allowed allowed = method.getAnnotation(Allowed.class);
        return allowed == null ? Role.ADMIN : allowed.value();
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString(API_KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).trim());
        }
        return Optional.empty();
    }

    /**
     * Refused calls are logged with the caller's public URL and address as the ingress saw them: behind a proxy,
     * X-Forwarded-For/-Proto/-Host/-Prefix or Forwarded (quarkus.http.proxy.*) name the client, not the proxy.
     */
    private static void logRefusal(HttpServerRequest http, int status, String reason) {
        SocketAddress client = http.remoteAddress();
        LOG.info("Refused " + http.method() + " " + http.absoluteURI() + " from "
                + (client == null ? "unknown" : client.host()) + ": " + status + " " + reason);
    }

    private static Response unauthorized(HttpServerRequest http, String path, String detail) {
        logRefusal(http, 401, detail);
        Response response = Problem.of(401, "unauthorized", "Unauthorized", detail).withInstance(path).toResponse();
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-ledger\"");
        return response;
    }
}
