package org.casualtyledger.tally.query;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with positional parameters in order. */
public final class SqlFilter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params;

    public SqlFilter() {
        this(new ArrayList<>());
    }

    private SqlFilter(List<Object> params) {
        this.params = params;
    }

    /** A filter with conditions of its own whose parameters number on from this one's, for a subquery. */
    public SqlFilter sub() {
        return new SqlFilter(params);
    }

    /** Adds a condition where {@code ?} stands for the value's parameter; null values add nothing. */
    public SqlFilter add(String condition, Object value) {
        if (value != null) {
            params.add(value);
            conditions.add(condition.replace("?", "$" + params.size()));
        }
        return this;
    }

    public SqlFilter always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a parameter that later SQL refers to as the returned placeholder. */
    public String param(Object value) {
        params.add(value);
        return "$" + params.size();
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Tuple tuple() {
        return Tuple.tuple(new ArrayList<>(params));
    }

    /** The ledger keeps '' for "none" in key columns (subgroup, place, province); answers show null. */
    public static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
