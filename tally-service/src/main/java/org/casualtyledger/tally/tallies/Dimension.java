package org.casualtyledger.tally.tallies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a tally can be grouped by, and whether a source's running totals can answer for it. */
public enum Dimension {
    GROUP("group", true),
    OUTCOME("outcome", true),
    SUBGROUP("subgroup", true),
    LOCATION("location", false),
    PROVINCE("province", false),
    SOURCE("source", true),
    MONTH("month", true);

    private final String parameter;
    private final boolean seriesKnowIt;

    Dimension(String parameter, boolean seriesKnowIt) {
        this.parameter = parameter;
        this.seriesKnowIt = seriesKnowIt;
    }

    public String parameter() {
        return parameter;
    }

    /** Running totals carry no place, so a tally split by place comes from events alone. */
    public boolean seriesKnowIt() {
        return seriesKnowIt;
    }

    /** Parses "group,outcome,month"; an unknown name is an IllegalArgumentException naming it. */
    public static List<Dimension> parseList(String value) {
        Set<Dimension> dims = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return List.of();
        }
        for (String part : value.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            dims.add(byParameter(name));
        }
        return new ArrayList<>(dims);
    }

    private static Dimension byParameter(String name) {
        for (Dimension d : values()) {
            if (d.parameter.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of group, outcome, subgroup, location, province, source, month");
    }
}
