package org.casualtyledger.tally.tallies;

import java.util.List;
import org.casualtyledger.tally.query.SqlFilter;

/**
 * A tally of events by group, outcome or month without a finer filter, answered from the rollups alone. Where each cell
 * of the tally is one cell of a level (by month, by group and outcome, by month and group), from the row the level's
 * tally keeps per cell ({@link MonthlyRollup}, {@link LevelTally}). Otherwise sums from {@code event_rollup}, reports
 * and sources from the tables that count the events citing each of them per group and outcome (over all time) or per
 * month and group. The sets of a tally cell's rollup cells overlap, so they cannot be added up; counting rows of the
 * member tables is counting distinct reports and sources.
 */
final class MemberCounts {
    /** The tables counting reports and sources at one level, the dimensions that level knows, and its tally's table. */
    private enum Level {
        WHOLE_MONTHS("month_report", "month_source", List.of(Dimension.MONTH), "month_tally"),
        GROUP_OUTCOME(LevelTally.GROUP_OUTCOME, List.of(Dimension.GROUP, Dimension.OUTCOME)),
        MONTH_GROUP(LevelTally.MONTH_GROUP, List.of(Dimension.MONTH, Dimension.GROUP));

        final String reports;
        final String sources;
        final List<Dimension> dims;
        final String tally;

        Level(String reports, String sources, List<Dimension> dims, String tally) {
            this.reports = reports;
            this.sources = sources;
            this.dims = dims;
            this.tally = tally;
        }

        Level(LevelTally tally, List<Dimension> dims) {
            this(tally.reportTable(), tally.sourceTable(), dims, tally.table());
        }

        boolean answers(TallyQuery q) {
            boolean monthsKnown = dims.contains(Dimension.MONTH) || (q.from() == null && q.to() == null);
            return dims.containsAll(q.groupBy()) && monthsKnown
                    && (q.group() == null || dims.contains(Dimension.GROUP))
                    && (q.outcome() == null || dims.contains(Dimension.OUTCOME));
        }

        /** Within one cell of this level a report or source has one row; a coarser tally counts distinct ones. */
        boolean oneRowPerMember(TallyQuery q) {
            for (Dimension d : dims) {
                boolean fixed = (d == Dimension.GROUP && q.group() != null) || (d == Dimension.OUTCOME && q.outcome() != null);
                if (!q.has(d) && !fixed) {
                    return false;
                }
            }
            return true;
        }
    }

    private MemberCounts() {
    }

    /** The SQL of the event part with its filter, or null when the question needs finer rows than the rollups hold. */
    static Sql sql(TallyQuery q, List<String> keys) {
        boolean coarse = !q.has(Dimension.SOURCE) && !q.has(Dimension.LOCATION) && q.source() == null
                && q.location() == null && q.subgroup() == null && q.monthAligned();
        if (!coarse) {
            return null;
        }
        for (Level level : Level.values()) {
            if (level.answers(q)) {
                return level.oneRowPerMember(q) ? tallySql(q, keys, level) : sql(q, keys, level);
            }
        }
        return null;
    }

    /** One row of the level's tally per cell, its reports and sources already counted. */
    private static Sql tallySql(TallyQuery q, List<String> keys, Level level) {
        SqlFilter f = filter(q);
        return new Sql("SELECT " + Keys.output(q.groupBy()) + ", events, claims, low, best, high, reports, sources FROM (SELECT "
                + Keys.select(keys) + ", events, claims, low, best, high, reports, sources FROM " + level.tally + f.where()
                + ") t", f);
    }

    private static SqlFilter filter(TallyQuery q) {
        return new SqlFilter().add("grp = ?", q.group())
                .add("outcome = ?", q.outcome() == null ? null : q.outcome().name())
                .add("month >= ?", q.from()).add("month <= ?", q.to());
    }

    private static Sql sql(TallyQuery q, List<String> keys, Level level) {
        SqlFilter f = filter(q);
        String where = f.where();
        String select = Keys.select(keys);
        String keyList = Keys.list(keys.size());
        String count = level.oneRowPerMember(q) ? "count(*)" : "count(DISTINCT %s)";
        String sql = "WITH s AS (SELECT " + select + ", sum(events) AS events, sum(claims) AS claims, sum(low) AS low, "
                + "sum(best) AS best, sum(high) AS high FROM event_rollup" + where + " GROUP BY " + keyList + "), "
                + "r AS (SELECT " + select + ", " + count.formatted("report_id") + " AS reports FROM " + level.reports + where
                + " GROUP BY " + keyList + "), "
                + "o AS (SELECT " + select + ", " + count.formatted("source") + " AS sources FROM " + level.sources + where
                + " GROUP BY " + keyList + ") "
                + "SELECT " + Keys.output(q.groupBy()) + ", events, claims, low, best, high, reports, sources "
                + "FROM s JOIN r USING (" + keyList + ") JOIN o USING (" + keyList + ")";
        return new Sql(sql, f);
    }

    record Sql(String text, SqlFilter filter) {
    }
}
