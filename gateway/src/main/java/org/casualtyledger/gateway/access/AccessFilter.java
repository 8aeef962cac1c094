package org.casualtyledger.gateway.access;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.casualtyledger.gateway.contract.Routes;
import org.casualtyledger.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every public operation: a key must be presented ({@code Authorization: Bearer} or {@code X-API-Key}),
 * must be known, must carry the operation's role, and must have tokens left in its bucket. All of that is decided
 * before the request is matched to an operation (the role by path and HTTP method, {@link Routes#requiredRole}), so a caller
 * without a valid key learns nothing about media types or routes: 401/403/429 first, then 415/406/404.
 * After matching, the operation's own {@link Allowed} is checked as well. The key's holder becomes the request's
 * principal ({@link KeySecurityContext}): the author of a correction is its name, never anything the caller sends.
 * Health, the OpenAPI document, Swagger UI and the workspace's files are not REST resources and stay open.
 */
public class AccessFilter {
    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";
    private static final String HOLDER = AccessFilter.class.getName() + ".holder";
    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    private final ApiKeys keys;
    private final RateLimits limits;
    private final FailedKeyChecks failedChecks;
    private final Map<Method, Role> required = new ConcurrentHashMap<>();

    AccessFilter(ApiKeys keys, RateLimits limits, FailedKeyChecks failedChecks) {
        this.keys = keys;
        this.limits = limits;
        this.failedChecks = failedChecks;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION, preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest http) {
        if ("OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        String client = clientAddress(http);
        long wait = failedChecks.waitSeconds(client);
        if (wait > 0) {
            return Optional.of(tooMany(path(request), "Too many requests with an unknown API key from this address", wait));
        }
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            return Optional.of(unauthorized(http, path(request), "An API key is required: send Authorization: Bearer <key> or X-API-Key: <key>"));
        }
        Optional<ApiKeys.KeyHolder> holder = keys.find(presented.get());
        if (holder.isEmpty()) {
            failedChecks.failed(client);
            return Optional.of(unauthorized(http, path(request), "The API key is not valid"));
        }
        MDC.put("key", holder.get().id());
        request.setProperty(HOLDER, holder.get());
        request.setSecurityContext(new KeySecurityContext(holder.get(), request.getSecurityContext()));
        Optional<Response> refused = refuseRole(http, request, holder.get(), Routes.requiredRole(request.getMethod(), path(request)));
        if (refused.isPresent()) {
            return refused;
        }
        RateLimits.Verdict verdict = limits.take(holder.get());
        if (!verdict.allowed()) {
            return Optional.of(tooMany(path(request),
                    "The rate limit of this key's role (" + holder.get().role().label() + ") is used up", verdict.retryAfterSeconds()));
        }
        return unreadableContentType(request);
    }

    /** The operation's own role, once the request is matched to it (operations without {@link Allowed} are admin-only). */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> authorize(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Object holder = request.getProperty(HOLDER);
        if (!(holder instanceof ApiKeys.KeyHolder key) || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        return refuseRole(http, request, key, required.computeIfAbsent(resource.getResourceMethod(), AccessFilter::requiredRole));
    }

    private static Optional<Response> refuseRole(HttpServerRequest http, ContainerRequestContext request,
            ApiKeys.KeyHolder holder, Role needed) {
        if (holder.role().includes(needed)) {
            return Optional.empty();
        }
        String detail = "This operation needs the role " + needed.label() + "; the key has " + holder.role().label();
        logRefusal(http, 403, detail);
        return Optional.of(Problem.of(403, "forbidden", "Forbidden", detail).withInstance(path(request)).toResponse());
    }

    /** A Content-Type that is no media type at all is the caller's mistake (415), not a failure of the gateway. */
    private static Optional<Response> unreadableContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            MediaType.valueOf(contentType);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Content-Type '" + printable(contentType) + "' is not a media type").withInstance(path(request)).toResponse());
        }
    }

    private static String printable(String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static Response tooMany(String path, String detail, long retryAfterSeconds) {
        Response tooMany = Problem.of(429, "rate-limited", "Too many requests", detail).withInstance(path).toResponse();
        tooMany.getHeaders().add("Retry-After", Long.toString(retryAfterSeconds));
        return tooMany;
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

    /** The caller as the ingress saw it: behind a proxy, X-Forwarded-For or Forwarded (quarkus.http.proxy.*). */
    private static String clientAddress(HttpServerRequest http) {
        SocketAddress client = http.remoteAddress();
        return client == null ? "unknown" : client.host();
    }

    /**
     * Refused calls are logged with the caller's public URL and address as the ingress saw them: behind a proxy,
     * X-Forwarded-For/-Proto/-Host/-Prefix or Forwarded (quarkus.http.proxy.*) name the client, not the proxy.
     */
    private static void logRefusal(HttpServerRequest http, int status, String reason) {
        LOG.info("Refused " + http.method() + " " + http.absoluteURI() + " from " + clientAddress(http) + ": " + status + " " + reason);
    }

    private static Response unauthorized(HttpServerRequest http, String path, String detail) {
        logRefusal(http, 401, detail);
        Response response = Problem.of(401, "unauthorized", "Unauthorized", detail).withInstance(path).toResponse();
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-ledger\"");
        return response;
    }
}
