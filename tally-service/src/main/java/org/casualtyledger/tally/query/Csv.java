package org.casualtyledger.tally.query;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casualtyledger.claim.Claim;
import org.casualtyledger.tally.claims.LedgerClaim;

/** RFC 4180 CSV for the listings that offer {@code Accept: text/csv}. */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static boolean wanted(String accept) {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith(MEDIA_TYPE);
    }

    public static Response response(String body) {
        return Response.ok(body, MEDIA_TYPE + "; charset=utf-8").build();
    }

    public static Response response(byte[] utf8) {
        return Response.ok(utf8, MEDIA_TYPE + "; charset=utf-8").build();
    }

    public static String table(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    public static String claims(List<LedgerClaim> claims) {
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerClaim lc : claims) {
            Claim c = lc.claim();
            rows.add(Arrays.asList(c.id(), c.reportId(), lc.source(), lc.publishedAt(), c.scope(), c.outcome(), c.group(),
                    c.subgroup(), c.count().value(), c.count().qualifier(), c.count().low(), c.count().best(), c.count().high(),
                    c.location() == null ? null : c.location().name(), c.location() == null ? null : c.location().province(),
                    c.periodStart(), c.periodEnd(), c.parentId(), c.restates(), lc.eventId(), lc.seriesId(),
                    c.evidence() == null ? null : c.evidence().start(), c.evidence() == null ? null : c.evidence().end(),
                    c.evidence() == null ? null : c.evidence().sentence(), lc.corrected()));
        }
        return table(List.of("id", "reportId", "source", "publishedAt", "scope", "outcome", "group", "subgroup", "value",
                "qualifier", "low", "best", "high", "place", "province", "periodStart", "periodEnd", "parentId", "restates",
                "eventId", "seriesId", "evidenceStart", "evidenceEnd", "sentence", "corrected"), rows);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
