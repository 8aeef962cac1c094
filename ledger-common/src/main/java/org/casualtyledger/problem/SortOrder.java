package org.casualtyledger.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sort} parameter of a listing: one field of a fixed list, ascending ({@code best}) or descending
 * ({@code -best}). The order always ends with the id, so that every page is cut from one and the same order; any
 * other value is a 400 problem naming the allowed ones.
 */
public final class SortOrder {
    public static final String PARAMETER = "sort";

    private final Map<String, String> columns;
    private final String fallback;
    private final String id;

    private SortOrder(Map<String, String> columns, String fallback, String id) {
        this.columns = columns;
        this.fallback = fallback;
        this.id = id;
    }

    /**
     * {@code fieldsAndColumns}: the fields the parameter names, each followed by the column (or query-language
     * property) it orders by; {@code fallback}: the order when none is asked for, in the parameter's form.
     */
    public static SortOrder of(String id, String fallback, String... fieldsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndColumns.length; i += 2) {
            columns.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
        }
        SortOrder order = new SortOrder(Map.copyOf(columns), fallback, id);
        order.orderBy(fallback);
        return order;
    }

    /** The ORDER BY list (without the keywords) for the parameter's value; the fallback when it is blank. */
    public String orderBy(String value) {
        Choice choice = choose(value);
        String column = columns.get(choice.field());
        return choice.descending() ? column + " DESC, " + id + " DESC" : column + ", " + id;
    }

    /** The field and direction the parameter's value names (the fallback's when it is blank). */
    public Choice choose(String value) {
        String v = value == null || value.isBlank() ? fallback : value.trim();
        boolean descending = v.startsWith("-");
        String field = descending ? v.substring(1) : v;
        if (!columns.containsKey(field)) {
            String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
            throw QueryParams.invalid(PARAMETER, "'" + shown + "' is not one of " + String.join(", ", allowed()));
        }
        return new Choice(field, descending);
    }

    public record Choice(String field, boolean descending) {
    }

    /** Every value the parameter takes, ascending and descending. */
    public List<String> allowed() {
        List<String> values = new ArrayList<>();
        columns.keySet().stream().sorted().forEach(f -> {
            values.add(f);
            values.add("-" + f);
        });
        return values;
    }
}
