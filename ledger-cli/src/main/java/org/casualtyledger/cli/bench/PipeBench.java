package org.casualtyledger.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load for the whole pipe: distinct seed-sized bulletins posted through the gateway by N clients for a fixed time,
 * at full speed or at a fixed rate. Prints reports accepted per second, claims reaching the ledger per second,
 * and for a sample of reports the delay from the 201 to the report's claims being listed by GET /api/v1/claims.
 * Not a test: a benchmark, run by scripts/bench-pipe.sh.
 *
 * <p>Arguments: gateway-url api-key clients seconds rate(0 = full speed) sample-every label
 */
public final class PipeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WATCHERS = 4;
    private static final long RECHECK_MILLIS = 100;
    /**
     * A delay is measured to within a tenth of itself: a report still missing is asked about again after a tenth of
     * the time since its 201 (at least {@link #RECHECK_MILLIS}), so that long delays under full load do not turn the
     * watching into a load of its own.
     */
    private static final long RECHECK_FRACTION = 10;
    /**
     * The ledger is asked once a second, first about the report accepted last, and only once that one's claims are all
     * listed about the whole run: counting a source's claims reads all of them (about 130 ms of PostgreSQL at 200,000
     * claims), and counted every 100 ms it took half a core from the pipe it measures.
     */
    private static final long LEDGER_POLL_MILLIS = 1000;

    private final String gateway;
    private final String key;
    private final String source;
    private final long seed;
    /**
     * HTTP/1.1 unless {@code -Dbench.http=2}: N clients are then N connections, as N submitters would open. With the
     * JDK client's default (HTTP/2, upgraded from clear text on the first request without a body) every poster and
     * watcher shared one connection, and with it one event loop of the gateway.
     */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version("2".equals(System.getProperty("bench.http")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();
    private final List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService watchers = Executors.newScheduledThreadPool(WATCHERS);
    private final AtomicInteger watching = new AtomicInteger();
    private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Watched> lastAccepted = new AtomicReference<>();

    private PipeBench(String gateway, String key, String label) {
        this.gateway = gateway;
        this.key = key;
        this.seed = System.nanoTime();
        this.source = "bench-" + label + "-" + Long.toString(seed, 36);
    }

    private record Watched(String reportId, int claims, long acceptedAt) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: PipeBench gateway-url api-key clients seconds rate sample-every label");
            System.exit(2);
        }
        new PipeBench(args[0], args[1], args[6]).run(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Integer.parseInt(args[5]));
    }

    private void run(int clients, int seconds, int rate, int sampleEvery) throws Exception {
        ExecutorService posters = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        if (rate > 0) {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            for (long due = start; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                posters.submit(() -> post(sampleEvery));
            }
        } else {
            for (int c = 0; c < clients; c++) {
                posters.submit(() -> {
                    while (System.nanoTime() < end) {
                        post(sampleEvery);
                    }
                });
            }
        }
        posters.shutdown();
        posters.awaitTermination(10, TimeUnit.MINUTES);
        double postSeconds = (System.nanoTime() - start) / 1e9;
        long expected = claims.get();
        long inLedger = awaitLedger(expected, Duration.ofMinutes(5));
        double deliverSeconds = (System.nanoTime() - start) / 1e9;
        awaitWatchers(Duration.ofMinutes(2));
        print(clients, rate, postSeconds, deliverSeconds, expected, inLedger);
    }

    private void post(int sampleEvery) {
        int n = serial.getAndIncrement();
        Bulletins.Bulletin b = Bulletins.make(seed, n);
        try {
            String body = JSON.writeValueAsString(Map.of("source", source, "publishedAt", b.publishedAt().toString(),
                    "title", b.title(), "text", b.text()));
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/reports"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (response.statusCode() != 201) {
                refused.incrementAndGet();
                if (refused.get() <= 3) {
                    System.err.println("POST answered " + response.statusCode() + ": " + response.body());
                }
                return;
            }
            JsonNode created = JSON.readTree(response.body());
            int count = created.path("claims").size();
            accepted.incrementAndGet();
            claims.addAndGet(count);
            postMillis.add(TimeUnit.NANOSECONDS.toMicros(answered - sent));
            Watched w = new Watched(created.path("report").path("id").asText(), count, answered);
            lastAccepted.set(w);
            if (n % sampleEvery == 0 && count > 0) {
                watching.incrementAndGet();
                watchers.schedule(() -> watch(w), RECHECK_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            refused.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Watches a sampled report until its claims are all listed: the first question 100 ms after its 201, then again
     * after a tenth of the time since the 201 (at least 100 ms), on {@link #WATCHERS} threads, so that the watching
     * keeps up with the pipe however long each listing takes (one question at a time fell behind on a loaded machine,
     * and the delay then measured the watcher). A delay is measured up to a tenth of itself (at least 100 ms) and one
     * listing long, never short.
     */
    private void watch(Watched w) {
        long now = System.nanoTime();
        if (total("reportId=" + w.reportId()) >= w.claims()) {
            delays.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - w.acceptedAt()));
            watching.decrementAndGet();
        } else if (now - w.acceptedAt() >= TimeUnit.MINUTES.toNanos(5)) {
            watching.decrementAndGet();
        } else {
            long waited = TimeUnit.NANOSECONDS.toMillis(now - w.acceptedAt());
            watchers.schedule(() -> watch(w), Math.max(RECHECK_MILLIS, waited / RECHECK_FRACTION), TimeUnit.MILLISECONDS);
        }
    }

    private void awaitWatchers(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (watching.get() > 0 && System.nanoTime() < deadline) {
            sleep(50);
        }
        watchers.shutdownNow();
        watchers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private long awaitLedger(long expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        Watched last = lastAccepted.get();
        boolean lastListed = last == null;
        while (System.nanoTime() < deadline) {
            lastListed = lastListed || total("reportId=" + last.reportId()) >= last.claims();
            if (lastListed) {
                seen = total("source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
                if (seen >= expected) {
                    return seen;
                }
            }
            sleep(LEDGER_POLL_MILLIS);
        }
        return seen;
    }

    private long total(String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/claims?size=1&" + query))
                    .header("X-API-Key", key).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asLong() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void print(int clients, int rate, double postSeconds, double deliverSeconds, long expected, long inLedger) {
        String mode = rate > 0 ? "fixed " + rate + " reports/s" : "full speed";
        System.out.printf(Locale.ROOT, "%s, %d clients, %.1f s of posting: %d reports accepted (%.1f reports/s, %.1f claims each), "
                        + "%d refused or failed; POST p50 %s ms, p99 %s ms%n",
                mode, clients, postSeconds, accepted.get(), accepted.get() / postSeconds,
                accepted.get() == 0 ? 0.0 : (double) expected / accepted.get(), refused.get(),
                percentile(postMillis, 50, 1000.0), percentile(postMillis, 99, 1000.0));
        System.out.printf(Locale.ROOT, "  ledger: %d of %d claims after %.1f s (%.1f claims/s, %.1f reports/s delivered)%n",
                inLedger, expected, deliverSeconds, inLedger / deliverSeconds, accepted.get() * ((double) inLedger / Math.max(1, expected)) / deliverSeconds);
        System.out.printf(Locale.ROOT, "  delay from 201 to claims listed (%d sampled reports): p50 %s ms, p99 %s ms, max %s ms%n",
                delays.size(), percentile(delays, 50, 1), percentile(delays, 99, 1), percentile(delays, 100, 1));
    }

    private static String percentile(List<Long> values, int p, double divisor) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return "-";
        }
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.0f", sorted.get(Math.max(0, index)) / divisor);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
