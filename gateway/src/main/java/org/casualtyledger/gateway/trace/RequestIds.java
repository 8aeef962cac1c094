package org.casualtyledger.gateway.trace;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.casualtyledger.gateway.client.Headers;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else sees it: the caller's {@code X-Request-Id} when it is
 * sane, a new one otherwise. The id goes into the log context (every log line of the request), into the
 * request headers (so the REST layer hands it on to the backends) and into the response.
 */
@ApplicationScoped
public class RequestIds {
    public static final String MDC_KEY = "requestId";
    /** Ids land in logs: only short, plain ones are taken from callers. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
    private static final int FIRST = 1000;
    private static final HexFormat HEX = HexFormat.of();

    void register(@Observes Filters filters) {
        filters.register(this::assign, FIRST);
    }

    void assign(RoutingContext context) {
        String given = context.request().getHeader(Headers.REQUEST_ID);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        context.request().headers().set(Headers.REQUEST_ID, id);
        context.response().headers().set(Headers.REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
        context.next();
    }

    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
