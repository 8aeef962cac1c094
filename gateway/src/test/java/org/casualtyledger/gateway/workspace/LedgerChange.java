package org.casualtyledger.gateway.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change of the ledger for {@link FirstViewBench}: a short report of one incident, new each time, posted through
 * the gateway; returns once its claim has reached the ledger (the claims of its source have grown).
 */
final class LedgerChange {
    private static final String SOURCE = "Workspace Bench Changes";
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String key;
    private int made;

    LedgerChange(String key) {
        this.key = key;
    }

    void make(URI gateway) throws IOException, InterruptedException {
        long before = claims(gateway);
        made++;
        String text = "At least " + (made + 2) + " people were killed in shelling on Douma today. Reference " + letters() + ".";
        String json = "{\"source\":\"" + SOURCE + "\",\"publishedAt\":\"2019-02-01\",\"text\":\"" + text + "\"}";
        HttpResponse<String> stored = http.send(request(gateway, "/api/v1/reports")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (stored.statusCode() != 201) {
            throw new IOException("the change was not stored: " + stored.statusCode() + " " + stored.body());
        }
        Instant deadline = Instant.now().plus(DELIVERY_WAIT);
        while (claims(gateway) <= before) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the change's claim did not reach the ledger within " + DELIVERY_WAIT);
            }
            Thread.sleep(100);
        }
    }

    /** A word new at each call, without digits (a digit could be read as a figure). */
    static String letters() {
        return Long.toString(System.nanoTime(), 36).chars().map(c -> Character.isDigit(c) ? 'a' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private long claims(URI gateway) throws IOException, InterruptedException {
        String body = http.send(request(gateway, "/api/v1/claims?size=1&source=" + SOURCE.replace(" ", "%20")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = TOTAL.matcher(body);
        if (!total.find()) {
            throw new IOException("no total in " + body);
        }
        return Long.parseLong(total.group(1));
    }

    private HttpRequest.Builder request(URI gateway, String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).header("X-API-Key", key);
    }
}
