-- A monthly tally over everything reads a row per month and a row per month and source instead of every rollup cell,
-- series month and per-source rollup row. month_tally: the events' sums of the month and how many reports and sources
-- stand behind them. month_source_series: per month and source with running totals, their rise (per group, outcome
-- and subgroup the largest series', summed), how many such figures, the latest publication, the reports of the
-- figures, and the source's events in the groups, outcomes and subgroups of its running totals. Running totals that
-- break a figure down (breakdown) are left out, as a tally leaves them out unless asked for a subgroup. Kept in step
-- by every later change and by a rebuild (MonthlyRollup).
CREATE TABLE month_tally (
    month   date PRIMARY KEY,
    events  bigint NOT NULL,
    claims  bigint NOT NULL,
    low     bigint NOT NULL,
    best    bigint NOT NULL,
    high    bigint NOT NULL,
    reports bigint NOT NULL,
    sources bigint NOT NULL
);
CREATE TABLE month_source_series (
    month      date NOT NULL,
    source     text NOT NULL,
    value      bigint NOT NULL,
    published  date NOT NULL,
    figures    bigint NOT NULL,
    report_ids text[] NOT NULL,
    events     bigint NOT NULL,
    best       bigint NOT NULL,
    PRIMARY KEY (month, source)
);
-- A source's running totals by group, outcome and subgroup, for computing its rows again.
CREATE INDEX series_source_idx ON series (source, grp, outcome, subgroup) WHERE NOT breakdown;

INSERT INTO month_tally (month, events, claims, low, best, high, reports, sources)
SELECT e.month, e.events, e.claims, e.low, e.best, e.high,
       (SELECT count(*) FROM month_report r WHERE r.month = e.month), (SELECT count(*) FROM month_source r WHERE r.month = e.month)
FROM (SELECT month, sum(events) AS events, sum(claims) AS claims, sum(low) AS low, sum(best) AS best,
             sum(high) AS high FROM event_rollup GROUP BY month) e;

INSERT INTO month_source_series (month, source, value, published, figures, report_ids, events, best)
SELECT f.month, f.source, f.value, f.published, f.figures, f.report_ids, coalesce(e.events, 0), coalesce(e.best, 0)
FROM (SELECT month, source, sum(value) AS value, max(published) AS published, count(*) AS figures,
             array_agg(DISTINCT report_id ORDER BY report_id) AS report_ids
      FROM (SELECT m.month, s.source, max(greatest(m.increment, 0)) AS value, max(m.last_published) AS published,
                   (array_agg(m.report_id ORDER BY greatest(m.increment, 0) DESC, m.report_id))[1] AS report_id
            FROM series_month m JOIN series s ON s.id = m.series_id WHERE NOT s.breakdown
            GROUP BY m.month, s.source, s.grp, s.outcome, s.subgroup) g
      GROUP BY month, source) f
LEFT JOIN (SELECT r.month, r.source, sum(r.events) AS events, sum(r.best) AS best FROM source_rollup r
           WHERE (r.source, r.grp, r.outcome, r.subgroup) IN (SELECT source, grp, outcome, subgroup FROM series WHERE NOT breakdown)
           GROUP BY r.month, r.source) e ON e.month = f.month AND e.source = f.source;

-- Snapshots of the ledger as of past times built before these tables existed would read the live ones: dropped (the
-- next question about their instant derives them again).
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
