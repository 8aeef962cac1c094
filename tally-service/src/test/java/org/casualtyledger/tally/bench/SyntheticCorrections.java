package org.casualtyledger.tally.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Analysts' corrections of the synthetic ledger, made through the service's API ({@code POST /claims/{id}/corrections},
 * each one filing its report again in the corrected reading and logging a CORRECTED change): most give a new figure,
 * one in ten says "about", and one in ten running totals is rejected as not a casualty figure. Plain JDK only.
 */
public final class SyntheticCorrections {
    private SyntheticCorrections() {
    }

    /** Posts one correction per claim, {@code concurrency} at a time; prints and returns the seconds it took. */
    public static double post(String base, List<SyntheticLedger.Spec> claims, int concurrency) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicLong made = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        long lastReport = started;
        for (int i = 0; i < claims.size(); i++) {
            SyntheticLedger.Spec claim = claims.get(i);
            String body = body(claim, i);
            inFlight.acquire();
            pool.submit(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/claims/" + claim.id() + "/corrections"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                            .header("X-Correction-Author", "bench-analyst")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        made.incrementAndGet();
                    } else if (failed.incrementAndGet() < 5) {
                        System.err.println("correction of " + claim.id() + ": HTTP " + response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    inFlight.release();
                }
            });
            long now = System.nanoTime();
            if (now - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                lastReport = now;
                System.out.printf("corrected %,d claims in %.0f s%n", made.get(), (now - started) / 1e9);
            }
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("CORRECTED %d claims in %.1f s: %.0f corrections/s (%d failed)%n", made.get(), seconds,
                made.get() / seconds, failed.get());
        return seconds;
    }

    private static String body(SyntheticLedger.Spec claim, int i) {
        if (claim.scope().equals("CUMULATIVE") && i % 10 == 0) {
            return "{\"reason\":\"A list of names, not a toll\",\"reject\":\"NOT_A_CASUALTY_FIGURE\"}";
        }
        if (i % 10 == 1) {
            return "{\"reason\":\"The bulletin says about " + claim.value() + "\",\"qualifier\":\"ABOUT\"}";
        }
        return "{\"reason\":\"The bulletin's table gives " + (claim.value() + 1 + i % 4) + "\",\"value\":" + (claim.value() + 1 + i % 4) + "}";
    }
}
