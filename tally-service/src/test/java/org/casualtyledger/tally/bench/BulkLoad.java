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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.claim.ClaimBatch;
import org.casualtyledger.claim.ReportRef;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.casualtyledger.tally.ledger.LedgerEntry;
import org.casualtyledger.tally.ledger.ClaimRows;

/**
 * Fills the tally database fast for the benchmark: the same synthetic deliveries as {@link SyntheticLoad} (reports,
 * 10 % of them revised later), filed as the service files them ({@link LedgerEntry}, the claim table's columns from
 * {@link ClaimRows#claimValues}), written with COPY together with each claim's change history, then
 * {@code POST /ledger/rebuild} derives events, series, discrepancies and rollups from the claims alone, the same
 * derivation a rebuild always runs; last, 1 % of the claims are corrected through the analysts' API
 * ({@link SyntheticCorrections}), which files their reports again and logs each correction.
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
        SyntheticFeed feed = new SyntheticFeed(seed, prefix, target, perBatch, SyntheticLoad.REVISED_SHARE);
        long started = System.nanoTime();
        long loaded;
        boolean logged;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            logged = hasChangeLog(db);
            loaded = new BulkLoad.Copier(db, json, logged).copy(feed);
        }
        double copySeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("COPIED %d claims in %.1f s (%.0f claims/s)%s%n", loaded, copySeconds, loaded / copySeconds,
                logged ? ", with their change history" : " (this build keeps no change log)");
        long rebuildStarted = System.nanoTime();
        String rebuilt = rebuild(base);
        double rebuildSeconds = (System.nanoTime() - rebuildStarted) / 1e9;
        System.out.printf("REBUILT in %.1f s: %s%n", rebuildSeconds, rebuilt);
        if (logged) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement sql = db.createStatement()) {
                sql.execute(DERIVED_CREATED);
            }
        }
        double correctSeconds = 0;
        List<SyntheticLedger.Spec> toCorrect = feed.claimsToCorrect();
        if (logged && !toCorrect.isEmpty()) {
            correctSeconds = SyntheticCorrections.post(base, toCorrect, 8);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOADED %d claims in %.1f s: %.0f claims/s (copy %.1f s, rebuild %.1f s, %d corrections %.1f s)%n",
                loaded, seconds, loaded / seconds, copySeconds, rebuildSeconds, logged ? toCorrect.size() : 0, correctSeconds);
    }

    /**
     * The events and series the rebuild derived enter the change log as CREATED at the end of the load, as when the
     * change log was introduced (V8): the load derives them once, from the final claims, not delivery by delivery.
     */
    private static final String DERIVED_CREATED = """
            INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
            SELECT now(), 'CREATED', 'EVENT', e.id, e.report_ids, to_jsonb(e) FROM event e ORDER BY e.id;
            INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
            SELECT now(), 'CREATED', 'SERIES', s.id,
                   ARRAY(SELECT DISTINCT p.report_id FROM series_point p WHERE p.series_id = s.id ORDER BY 1), to_jsonb(s)
            FROM series s ORDER BY s.id""";

    private static boolean hasChangeLog(Connection db) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SELECT to_regclass('ledger_change') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Writes the deliveries with COPY: the claims that stand at the end into {@code claim}, and, when the build keeps
     * a change log, every claim's history into {@code ledger_change} as the writer would have logged it (CREATED with a
     * report, UPDATED or CREATED by a revision for the claims it changed or added, SUPERSEDED for those it dropped,
     * nothing for those it kept unchanged), each delivery at one time on the day it was posted, in delivery order.
     * The history goes through a temporary copy of the claim table, so its content is the claim row exactly as
     * {@code to_jsonb} gives it.
     */
    private static final class Copier {
        private final Connection db;
        private final ObjectMapper json;
        private final boolean logged;
        private final CopyManager copy;
        private final StringBuilder claims = new StringBuilder();
        private final StringBuilder reports = new StringBuilder();
        private final StringBuilder history = new StringBuilder();
        private long historySeq;
        private int inChunk;
        private LocalDate lastDay;
        private int onDay;

        Copier(Connection db, ObjectMapper json, boolean logged) throws Exception {
            this.db = db;
            this.json = json;
            this.logged = logged;
            this.copy = db.unwrap(PGConnection.class).getCopyAPI();
            if (logged) {
                try (Statement sql = db.createStatement()) {
                    sql.execute("CREATE TEMP TABLE claim_history (LIKE claim INCLUDING DEFAULTS)");
                    sql.execute("ALTER TABLE claim_history ADD COLUMN hseq bigint, ADD COLUMN kind text, ADD COLUMN recorded_at timestamptz");
                }
            }
        }

        long copy(SyntheticFeed feed) throws Exception {
            long loaded = 0;
            long revisions = 0;
            for (SyntheticFeed.Delivery d = feed.next(); d != null; d = feed.next()) {
                onDay = d.postedOn().equals(lastDay) ? onDay + 1 : 0;
                lastDay = d.postedOn();
                // One time per delivery, in delivery order: the day it was posted, 20 s after the one before.
                String at = OffsetDateTime.of(d.postedOn().atTime(6, 0), ZoneOffset.UTC).plusSeconds(onDay * 20L).toString();
                if (d.isRevision()) {
                    revisions++;
                    Map<String, List<SyntheticLedger.Spec>> diff = SyntheticFeed.diff(d.previous(), d.batch());
                    ClaimBatch after = parse(d.batch());
                    Map<String, Claim> afterClaims = new HashMap<>();
                    after.claims().forEach(c -> afterClaims.put(c.id(), c));
                    Map<String, Claim> beforeClaims = new HashMap<>();
                    parse(d.previous()).claims().forEach(c -> beforeClaims.put(c.id(), c));
                    for (String kind : diff.keySet()) {
                        for (SyntheticLedger.Spec spec : diff.get(kind)) {
                            boolean gone = kind.equals("SUPERSEDED");
                            Claim c = gone ? beforeClaims.get(spec.id()) : afterClaims.get(spec.id());
                            List<Object> row = row(c, after.report());
                            history(row, kind, at);
                            if (!gone) {
                                csv(claims, row);
                                loaded++;
                            }
                        }
                    }
                } else {
                    ClaimBatch batch = parse(d.batch());
                    ReportRef report = batch.report();
                    long batchId = d.revisedBy() == null ? batch.batchId() : d.revisedBy().batchId();
                    csv(reports, List.of(report.id(), report.source(), report.url(), report.title(), report.publishedAt(), batchId));
                    Map<String, SyntheticLedger.Spec> standing = new HashMap<>();
                    if (d.revisedBy() != null) {
                        d.revisedBy().claims().forEach(c -> standing.put(c.id(), c));
                    }
                    for (int i = 0; i < batch.claims().size(); i++) {
                        List<Object> row = row(batch.claims().get(i), report);
                        history(row, "CREATED", at);
                        if (d.revisedBy() == null || d.batch().claims().get(i).equals(standing.get(d.batch().claims().get(i).id()))) {
                            csv(claims, row);
                            loaded++;
                        }
                    }
                }
                inChunk += d.batch().size();
                if (inChunk >= CHUNK_CLAIMS) {
                    flush();
                    inChunk = 0;
                    System.out.printf("copied %,d claims (%,d revisions), up to %s%n", loaded, revisions, d.postedOn());
                }
            }
            flush();
            if (logged) {
                try (Statement sql = db.createStatement()) {
                    sql.execute("""
                            INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
                            SELECT h.recorded_at, h.kind, 'CLAIM', h.id, ARRAY[h.report_id],
                                   CASE WHEN h.kind = 'SUPERSEDED' THEN NULL
                                        ELSE to_jsonb(h) - 'hseq' - 'kind' - 'recorded_at' - 'event_id' - 'join_reason' - 'corrected' END
                            FROM claim_history h ORDER BY h.hseq""");
                    sql.execute("DROP TABLE claim_history");
                }
            }
            System.out.printf("%d of the deliveries were revisions%n", revisions);
            return loaded;
        }

        private ClaimBatch parse(SyntheticLedger.Batch batch) throws Exception {
            return json.readValue(batch.json(), ClaimBatch.class);
        }

        private List<Object> row(Claim c, ReportRef report) throws Exception {
            Claim claim = ClaimRows.withReport(c, report.id());
            return ClaimRows.claimValues(LedgerEntry.of(claim, report), json.writeValueAsString(claim));
        }

        private void history(List<Object> row, String kind, String at) {
            if (logged) {
                List<Object> values = new ArrayList<>(row);
                values.add(++historySeq);
                values.add(kind);
                values.add(at);
                csv(history, values);
            }
        }

        private void flush() throws Exception {
            copy.copyIn("COPY report (id, source, url, title, published_at, batch_id) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(reports.toString()));
            copy.copyIn("COPY claim (" + ClaimRows.CLAIM_COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(claims.toString()));
            if (logged) {
                copy.copyIn("COPY claim_history (" + ClaimRows.CLAIM_COLUMNS + ", hseq, kind, recorded_at) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(history.toString()));
            }
            reports.setLength(0);
            claims.setLength(0);
            history.setLength(0);
        }
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
