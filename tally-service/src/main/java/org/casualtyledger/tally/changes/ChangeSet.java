package org.casualtyledger.tally.changes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes one write transaction makes, gathered while it runs and recorded at its end, in one statement under
 * the change log's lock: a later transaction's rows can only be numbered after this one has committed, so the log's
 * order is the order of commits and a reader paging through it never skips a row that was still being written.
 * Every row of one transaction has the same time. Content not given with a row is taken from the tables as they stand
 * at the end.
 */
public final class ChangeSet {
    /** Taken by every writer of the log just before its insert, held until it commits. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('ledger_change'))";

    private static final String INSERT = """
            WITH t AS MATERIALIZED (SELECT clock_timestamp() AS at)
            INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
            SELECT t.at, u.kind, u.entity, u.id, u.reports::text[],
                   CASE WHEN u.kind IN ('SUPERSEDED', 'RETRACTED') THEN NULL
                        WHEN u.content IS NOT NULL THEN u.content::json
                        WHEN u.entity = 'CLAIM' THEN (SELECT (to_jsonb(c) - 'event_id' - 'join_reason' - 'corrected')::json FROM claim c WHERE c.id = u.id)
                        WHEN u.entity = 'EVENT' THEN (SELECT to_json(e) FROM event e WHERE e.id = u.id)
                        ELSE (SELECT to_json(s) FROM series s WHERE s.id = u.id) END
            FROM t, unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(kind, entity, id, reports, content, n)
            ORDER BY u.n""";

    private final List<String> kinds = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();
    private final List<String> contents = new ArrayList<>();
    private final Set<String> claimReports = new TreeSet<>();

    public void add(ChangeKind kind, Entity entity, String id, Collection<String> reportIds) {
        add(kind, entity, id, reportIds, null);
    }

    /**
     * A change whose row content is already known ({@code to_jsonb} of the row as it stands at the end of the
     * transaction, as text), so the insert need not read the row again; null: read it at the insert.
     */
    public void add(ChangeKind kind, Entity entity, String id, Collection<String> reportIds, String content) {
        contents.add(content);
        kinds.add(kind.name());
        entities.add(entity.name());
        ids.add(id);
        reports.add(arrayLiteral(new TreeSet<>(reportIds)));
        if (entity == Entity.CLAIM) {
            claimReports.addAll(reportIds);
        }
    }

    /** Reports whose claims changed in what the log does not hold (their corrected mark alone): they are cited as well. */
    public void cite(Collection<String> reportIds) {
        claimReports.addAll(reportIds);
    }

    /** The reports whose claims changed: what an event or series change is attributed to when nothing narrower is known. */
    public Set<String> claimReports() {
        return claimReports;
    }

    public void absorb(ChangeSet other) {
        kinds.addAll(other.kinds);
        entities.addAll(other.entities);
        ids.addAll(other.ids);
        reports.addAll(other.reports);
        contents.addAll(other.contents);
        claimReports.addAll(other.claimReports);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * Writes the rows (nothing when nothing changed); call last in the transaction. The lock and the insert are sent
     * together, and may follow other statements in the same round trip (the connection runs them in order).
     */
    public Uni<Void> record(SqlConnection conn) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple rows = Tuple.of(kinds.toArray(new String[0]), entities.toArray(new String[0]), ids.toArray(new String[0]),
                reports.toArray(new String[0]), contents.toArray(new String[0]));
        return Uni.join().all(conn.query(LOCK).execute(), conn.preparedQuery(INSERT).execute(rows))
                .andFailFast().replaceWithVoid();
    }

    /**
     * The reports as one PostgreSQL array literal ({@code {"r-1","r-2"}}): a row's reports travel in one element of a
     * text array and are cast to {@code text[]}, which reads them without a function call per row.
     */
    static String arrayLiteral(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
