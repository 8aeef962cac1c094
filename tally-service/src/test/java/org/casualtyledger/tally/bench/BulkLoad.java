package org.casualtyledger.tally.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.casualtyledger.tally.ledger.LedgerEntry;
import org.casualtyledger.tally.ledger.ClaimRows;

/**
 * Fills the tally database fast for the benchmark: the same synthetic batches as {@link SyntheticLoad}, filed as
 * the service files them ({@link LedgerEntry}, the claim table's columns from {@link ClaimRows#claimValues}),
 * written with COPY, then {@code POST /ledger/rebuild} derives events, series, discrepancies and rollups from the
 * claims alone, the same derivation a rebuild always runs.
 * Usage: {@code BulkLoad <jdbcUrl> <baseUrl> <claims> [claimsPerBatch] [seed] [idPrefix]}.
 */
public final class BulkLoad {
    private static final int CHUNK_CLAIMS = 20_000;

    private BulkLoad() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String base = args[1];
        long target = Long.parseLong(args[2]);
        int perBatch = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20190126L;
        String prefix = args.length > 5 ? args[5] : "";
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        long started = System.nanoTime();
        long loaded = copyClaims(jdbcUrl, json, target, perBatch, seed, prefix);
        double copySeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("COPIED %d claims in %.1f s (%.0f claims/s)%n", loaded, copySeconds, loaded / copySeconds);
        long rebuildStarted = System.nanoTime();
        String rebuilt = rebuild(base);
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
        System.out.printf("REBUILT in %.1f s: %s%n", rebuildSeconds, rebuilt);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOADED %d claims in %.1f s: %.0f claims/s (copy %.1f s, rebuild %.1f s)%n", loaded, seconds,
                loaded / seconds, copySeconds, rebuildSeconds);
    }

    private static long copyClaims(String jdbcUrl, ObjectMapper json, long target, int perBatch, long seed, String prefix)
            throws Exception {
        SyntheticLedger ledger = new SyntheticLedger(seed, 40, prefix);
        Random sizes = new Random(seed + 1);
        double meanBatch = Math.max(1, perBatch / 2) + (perBatch - 1) / 2.0;
        double batchesPerDay = Math.max(1.0, target / meanBatch / SyntheticLedger.DAYS);
        long loaded = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder claims = new StringBuilder();
            StringBuilder reports = new StringBuilder();
            int inChunk = 0;
            for (long b = 0; loaded < target; b++) {
                LocalDate day = SyntheticLedger.START.plusDays(Math.min(SyntheticLedger.DAYS - 1, (long) (b / batchesPerDay)));
                int size = (int) Math.min(target - loaded, Math.max(1, perBatch / 2 + sizes.nextInt(perBatch)));
                ClaimBatch batch = json.readValue(ledger.nextBatch(day, size).json(), ClaimBatch.class);
                ReportRef report = batch.report();
                csv(reports, List.of(report.id(), report.source(), report.url(), report.title(), report.publishedAt(),
                        batch.batchId()));
                for (Claim c : batch.claims()) {
                    Claim claim = ClaimRows.withReport(c, report.id());
                    csv(claims, ClaimRows.claimValues(LedgerEntry.of(claim, report), json.writeValueAsString(claim)));
                }
                loaded += batch.claims().size();
                inChunk += batch.claims().size();
                if (inChunk >= CHUNK_CLAIMS) {
                    flush(copy, reports, claims);
                    inChunk = 0;
                    System.out.printf("copied %,d claims, up to %s%n", loaded, day);
                }
            }
            flush(copy, reports, claims);
        }
        return loaded;
    }

    private static void flush(CopyManager copy, StringBuilder reports, StringBuilder claims) throws Exception {
        copy.copyIn("COPY report (id, source, url, title, published_at, batch_id) FROM STDIN WITH (FORMAT csv)",
                new StringReader(reports.toString()));
        copy.copyIn("COPY claim (" + ClaimRows.CLAIM_COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                new StringReader(claims.toString()));
        reports.setLength(0);
        claims.setLength(0);
    }

    /** One CSV line: null is an unquoted empty field (SQL NULL), every other value is quoted. */
    private static void csv(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            if (v != null) {
                out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static String rebuild(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ledger/rebuild"))
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("rebuild failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
