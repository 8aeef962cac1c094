package org.casualtyledger.tally.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a running tally-service with synthetic claims through its real API (POST /claims/batch), in publication
 * order, 10 % of the reports again as a new revision (see {@link SyntheticFeed}), then corrects 1 % of the claims
 * through the analysts' API ({@link SyntheticCorrections}), and prints the claims per second it achieved.
 * Usage: {@code SyntheticLoad <baseUrl> <claims> [concurrency] [claimsPerBatch] [seed] [idPrefix]}; a different
 * prefix and seed add claims to a ledger that already holds a run's.
 */
public final class SyntheticLoad {
    /** The share of reports posted again as a new revision. */
    static final double REVISED_SHARE = 0.10;

    private SyntheticLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long target = Long.parseLong(args[1]);
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int perBatch = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20190126L;
        String prefix = args.length > 5 ? args[5] : "";
        SyntheticFeed feed = new SyntheticFeed(seed, prefix, target, perBatch, REVISED_SHARE);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long revisions = 0;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        long lastReport = started;
        for (SyntheticFeed.Delivery delivery = feed.next(); delivery != null; delivery = feed.next()) {
            SyntheticLedger.Batch batch = delivery.batch();
            LocalDate day = delivery.postedOn();
            revisions += delivery.isRevision() ? 1 : 0;
            inFlight.acquire();
            pool.submit(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/claims/batch"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch.json())).build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        sent.addAndGet(batch.size());
                    } else {
                        if (failed.incrementAndGet() < 5) {
                            System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                        }
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
                double seconds = (now - started) / 1e9;
                System.out.printf("loaded %,d claims in %.0f s (%.0f claims/s), up to %s%n", sent.get(), seconds, sent.get() / seconds, day);
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOADED %d claims in %.1f s: %.0f claims/s (%d of the batches revisions; %d failed batches)%n", sent.get(),
                seconds, sent.get() / seconds, revisions, failed.get());
        SyntheticCorrections.post(base, feed.claimsToCorrect(), concurrency);
    }
}
