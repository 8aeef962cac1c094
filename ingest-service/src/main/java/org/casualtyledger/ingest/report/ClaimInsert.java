package org.casualtyledger.ingest.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A report's claim rows in one INSERT per {@value #ROWS_PER_STATEMENT} rows, inside the caller's transaction: as
 * entities, each row was an insert action of its own, a good part of storing a bulletin's twenty-odd claims.
 */
final class ClaimInsert {
    /** Seven parameters a row, well under PostgreSQL's 65,535 per statement. */
    static final int ROWS_PER_STATEMENT = 500;
    static final String INSERT = "INSERT INTO claim (id, report_id, span_start, outcome, body, revision, extractor_version) VALUES ";

    private ClaimInsert() {
    }

    /** The report's own row, still pending in the session, is written first (the claims refer to it). */
    static Uni<Void> insert(List<StoredClaim> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.flush().chain(() -> insert(session, rows)));
    }

    static Uni<Void> insert(Mutiny.Session session, List<StoredClaim> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int end = Math.min(rows.size(), ROWS_PER_STATEMENT);
        String sql = values(new StringBuilder(INSERT), rows.subList(0, end)).toString();
        return bind(session.createNativeQuery(sql), rows.subList(0, end)).executeUpdate()
                .chain(() -> insert(session, rows.subList(end, rows.size())));
    }

    /** The rows' parameter lists, {@code (:i0, :r0, ...), (:i1, ...)}, appended to an INSERT's VALUES. */
    static StringBuilder values(StringBuilder sql, List<StoredClaim> rows) {
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:i").append(i).append(", :r").append(i).append(", :s").append(i)
                    .append(", :o").append(i).append(", :b").append(i).append(", :v").append(i).append(", :e").append(i).append(')');
        }
        return sql;
    }

    static Mutiny.Query<?> bind(Mutiny.Query<?> query, List<StoredClaim> rows) {
        for (int i = 0; i < rows.size(); i++) {
            StoredClaim row = rows.get(i);
            query.setParameter("i" + i, row.id).setParameter("r" + i, row.reportId).setParameter("s" + i, row.spanStart)
                    .setParameter("o" + i, row.outcome).setParameter("b" + i, row.body).setParameter("v" + i, row.revision)
                    .setParameter("e" + i, row.extractorVersion);
        }
        return query;
    }
}
