package org.casualtyledger.tally.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.tally.events.EventClusterer;

/**
 * The claim table's rows: which columns a claim is written to, the values of one entry, and the upsert that writes a
 * change's claims in one statement, one array per column, each row written once with its event.
 */
public final class ClaimRows {
    public static final String CLAIM_COLUMNS = "id, report_id, source, published_at, claim_date, outcome, grp, subgroup, "
            + "scope, top_level, breakdown, province, place, place_key, low, best, high, stated_high, open_high, "
            + "precision_rank, place_rank, latitude, longitude, cluster_key, series_id, body, wording";

    private static final String UPSERT_CLAIMS = "INSERT INTO claim (" + CLAIM_COLUMNS + ", event_id, join_reason, corrected)" + """

            SELECT u.id, u.report_id, u.source, u.published_at, u.claim_date, u.outcome, u.grp, u.subgroup, u.scope,
                   u.top_level, u.breakdown, u.province, u.place, u.place_key, u.low, u.best, u.high, u.stated_high,
                   u.open_high, u.precision_rank, u.place_rank, u.latitude, u.longitude, u.cluster_key, u.series_id,
                   u.body::json, u.wording, u.event_id, u.join_reason, u.corrected
            FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::bool[], $11::bool[], $12::text[], $13::text[], $14::text[], $15::int8[],
                        $16::int8[], $17::int8[], $18::int8[], $19::bool[], $20::int4[], $21::int4[], $22::float8[],
                        $23::float8[], $24::text[], $25::text[], $26::text[], $27::text[], $28::text[], $29::text[], $30::bool[])
                 AS u(id, report_id, source, published_at, claim_date, outcome, grp, subgroup, scope, top_level,
                      breakdown, province, place, place_key, low, best, high, stated_high, open_high, precision_rank,
                      place_rank, latitude, longitude, cluster_key, series_id, body, wording, event_id, join_reason, corrected)
            ORDER BY u.id
            ON CONFLICT (id) DO UPDATE SET report_id = EXCLUDED.report_id, source = EXCLUDED.source,
                published_at = EXCLUDED.published_at, claim_date = EXCLUDED.claim_date, outcome = EXCLUDED.outcome,
                grp = EXCLUDED.grp, subgroup = EXCLUDED.subgroup, scope = EXCLUDED.scope, top_level = EXCLUDED.top_level,
                breakdown = EXCLUDED.breakdown, province = EXCLUDED.province, place = EXCLUDED.place,
                place_key = EXCLUDED.place_key, low = EXCLUDED.low, best = EXCLUDED.best, high = EXCLUDED.high,
                stated_high = EXCLUDED.stated_high, open_high = EXCLUDED.open_high,
                precision_rank = EXCLUDED.precision_rank, place_rank = EXCLUDED.place_rank,
                latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, cluster_key = EXCLUDED.cluster_key,
                series_id = EXCLUDED.series_id, body = EXCLUDED.body, wording = EXCLUDED.wording, event_id = EXCLUDED.event_id,
                join_reason = EXCLUDED.join_reason, corrected = EXCLUDED.corrected""";

    private static final String[] COLUMN_NAMES = CLAIM_COLUMNS.split(", ");

    /** The element type of each column of {@link #UPSERT_CLAIMS}, in order. */
    private static final Class<?>[] COLUMN_TYPES = {String.class, String.class, String.class, LocalDate.class,
        LocalDate.class, String.class, String.class, String.class, String.class, Boolean.class, Boolean.class,
        String.class, String.class, String.class, Long.class, Long.class, Long.class, Long.class, Boolean.class,
        Integer.class, Integer.class, Double.class, Double.class, String.class, String.class, String.class,
        String.class, String.class, String.class, Boolean.class};

    private final ObjectMapper json;

    ClaimRows(ObjectMapper json) {
        this.json = json;
    }

    /** The row of one entry, made ahead of the writing. */
    List<Object> row(LedgerEntry entry) {
        return claimValues(entry, toJson(entry.claim()));
    }

    /**
     * The change log's content of a claim written with these values: its row without the event (as
     * {@code to_jsonb(claim) - 'event_id' - 'join_reason' - 'corrected'} would give it once written), made here instead of read
     * back from the table under the log's lock.
     */
    String content(List<Object> row) {
        ObjectNode content = json.createObjectNode();
        for (int c = 0; c < COLUMN_NAMES.length; c++) {
            String name = COLUMN_NAMES[c];
            Object value = row.get(c);
            if (value == null) {
                content.putNull(name);
            } else if (name.equals("body")) {
                content.putRawValue(name, new RawValue((String) value));
            } else if (value instanceof LocalDate date) {
                content.put(name, date.toString());
            } else {
                content.putPOJO(name, value);
            }
        }
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim cannot be written as JSON", e);
        }
    }

    /** Writes the change's claims, each with the event the clustering gave it. */
    Uni<RowSet<Row>> upsert(SqlConnection conn, ClaimChange change, NewClaims newClaims) {
        if (change.toWrite.isEmpty()) {
            return conn.query("SELECT 1 WHERE false").execute();
        }
        int n = change.toWrite.size();
        Object[][] columns = new Object[COLUMN_TYPES.length][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = (Object[]) Array.newInstance(COLUMN_TYPES[c], n);
        }
        for (int i = 0; i < n; i++) {
            LedgerEntry entry = change.toWrite.get(i);
            List<Object> values = change.rows.computeIfAbsent(entry.claim().id(), id -> row(entry));
            for (int c = 0; c < values.size(); c++) {
                columns[c][i] = values.get(c);
            }
            EventClusterer.Assignment event = newClaims.assignment(entry.claim().id());
            columns[values.size()][i] = event == null ? null : event.eventId();
            columns[values.size() + 1][i] = event == null ? null : event.reason();
            columns[values.size() + 2][i] = change.corrected.contains(entry.claim().id());
        }
        return conn.preparedQuery(UPSERT_CLAIMS).execute(Tuple.tuple(Arrays.asList((Object[]) columns)));
    }

    /** The claim table's columns as written for one entry, in {@link #CLAIM_COLUMNS} order (the bulk loader shares it). */
    public static List<Object> claimValues(LedgerEntry e, String body) {
        Claim c = e.claim();
        List<Object> values = new ArrayList<>(27);
        values.add(c.id());
        values.add(c.reportId());
        values.add(e.source());
        values.add(e.publishedAt());
        values.add(e.date());
        values.add(c.outcome().name());
        values.add(c.group());
        values.add(e.subgroup());
        values.add(c.scope().name());
        values.add(e.topLevel());
        values.add(e.breakdown());
        values.add(e.province());
        values.add(e.place());
        values.add(e.placeKey());
        values.add(e.low());
        values.add(e.best());
        values.add(e.high());
        values.add(e.statedHigh());
        values.add(e.openHigh());
        values.add(e.precisionRank());
        values.add(e.placeRank());
        values.add(e.latitude());
        values.add(e.longitude());
        values.add(e.clusterKey());
        values.add(e.seriesId());
        values.add(body);
        values.add(NewClaims.wording(c.count()));
        return values;
    }

    String toJson(Claim claim) {
        try {
            return json.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim cannot be written as JSON", e);
        }
    }

    /** The claim as filed under its batch's report. */
    public static Claim withReport(Claim c, String reportId) {
        if (reportId.equals(c.reportId())) {
            return c;
        }
        return new Claim(c.id(), reportId, c.count(), c.outcome(), c.group(), c.groupAsWritten(), c.subgroup(),
                c.perpetrator(), c.location(), c.scope(), c.periodStart(), c.periodEnd(), c.parentId(), c.restates(),
                c.evidence(), c.flags(), c.rule(), c.extractorVersion());
    }
}
