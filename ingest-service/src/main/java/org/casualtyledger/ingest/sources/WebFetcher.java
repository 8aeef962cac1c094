package org.casualtyledger.ingest.sources;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs feeds and pages with manners: a User-Agent that names Casualty Ledger, one request at a time per host with a
 * pause between them, a deadline for each whole request, a size limit enforced while the body streams, and redirects
 * followed by hand to a bound (a loop is caught on its first repeat).
 */
public final class WebFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final HostGate hosts;
    private final Manners manners;

    /** The limits and the name the fetcher presents itself with. */
    public record Manners(String userAgent, Duration connectTimeout, Duration timeout, int maxRedirects, Duration hostPause) {
    }

    public WebFetcher(Manners manners) {
        this.manners = manners;
        this.client = HttpClient.newBuilder()
                .connectTimeout(manners.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.hosts = new HostGate(manners.hostPause());
    }

    /** The answer at the end of the redirects; any status, the body only when it is 2xx. */
    public Fetched get(URI uri, String accept, Map<String, String> headers, long maxBytes) throws FetchFailure, InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            if (!visited.add(current)) {
                throw new FetchFailure("redirect loop: " + current + " redirects back to itself through " + (hop - 1) + " other(s)");
            }
            Fetched answer = once(current, accept, headers, maxBytes);
            if (!REDIRECTS.contains(answer.status())) {
                return answer;
            }
            if (hop >= manners.maxRedirects()) {
                throw new FetchFailure("more than " + manners.maxRedirects() + " redirects from " + uri, answer.status());
            }
            current = redirectTarget(current, answer);
        }
    }

    private Fetched once(URI uri, String accept, Map<String, String> headers, long maxBytes) throws FetchFailure, InterruptedException {
        if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new FetchFailure("not an http(s) URL: " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(manners.timeout())
                .header("User-Agent", manners.userAgent())
                .header("Accept", accept);
        headers.forEach(request::header);
        return hosts.through(uri.getHost(), () -> send(request.build(), maxBytes));
    }

    private Fetched send(HttpRequest request, long maxBytes) throws FetchFailure, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> info.statusCode() / 100 == 2
                ? new LimitedBody(maxBytes) : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> response = call.get(manners.timeout().toMillis(), TimeUnit.MILLISECONDS);
            var h = response.headers();
            return new Fetched(request.uri(), response.statusCode(), h.firstValue("Content-Type").orElse(null), response.body(),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null),
                    h.firstValue("Location").orElse(null));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FetchFailure("timed out after " + manners.timeout().toMillis() + " ms: " + request.uri());
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(request.uri(), e.getCause());
        }
    }

    private static FetchFailure failure(URI uri, Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge tooLarge) {
            return new FetchFailure(tooLarge.getMessage() + ": " + uri);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchFailure("timed out: " + uri);
        }
        if (cause instanceof IOException && cause.getCause() instanceof LimitedBody.TooLarge tooLarge) {
            return new FetchFailure(tooLarge.getMessage() + ": " + uri);
        }
        return new FetchFailure("could not fetch " + uri + ": " + cause);
    }

    private static URI redirectTarget(URI from, Fetched answer) throws FetchFailure {
        if (answer.location() == null) {
            throw new FetchFailure("HTTP " + answer.status() + " without a Location from " + from, answer.status());
        }
        try {
            return from.resolve(answer.location());
        } catch (IllegalArgumentException e) {
            throw new FetchFailure("unusable redirect Location '" + answer.location() + "' from " + from, answer.status());
        }
    }
}
