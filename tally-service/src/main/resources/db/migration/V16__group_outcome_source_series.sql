-- The running totals of a tally over all time by group and outcome (or coarser), kept per group, outcome and source:
-- the source's running totals' latest figures (per subgroup the largest of its series, summed), and the source's events
-- in the groups, outcomes and subgroups of those running totals, as the tally compares them. Changed by every write
-- for the groups, outcomes and sources whose series or events it changed, built again by a rebuild.
CREATE TABLE group_outcome_source_series (
    grp        text NOT NULL,
    outcome    text NOT NULL,
    source     text NOT NULL,
    value      bigint NOT NULL,
    published  date NOT NULL,
    figures    bigint NOT NULL,
    report_ids text[] NOT NULL,
    events     bigint NOT NULL,
    best       bigint NOT NULL,
    PRIMARY KEY (grp, outcome, source)
);

INSERT INTO group_outcome_source_series (grp, outcome, source, value, published, figures, report_ids, events, best)
SELECT f.grp, f.outcome, f.source, f.value, f.published, f.figures, f.report_ids, coalesce(e.events, 0), coalesce(e.best, 0)
FROM (SELECT grp, outcome, source, sum(value) AS value, max(published) AS published, count(*) AS figures,
             array_agg(DISTINCT report_id ORDER BY report_id) AS report_ids
      FROM (SELECT s.grp, s.outcome, s.source, max(greatest(s.latest_value, 0)) AS value, max(s.last_published) AS published,
                   (array_agg(s.latest_report_id ORDER BY greatest(s.latest_value, 0) DESC, s.latest_report_id))[1] AS report_id
            FROM series s WHERE NOT s.breakdown
            GROUP BY s.grp, s.outcome, s.source, s.subgroup) g
      GROUP BY grp, outcome, source) f
LEFT JOIN (SELECT r.grp, r.outcome, r.source, sum(r.events) AS events, sum(r.best) AS best FROM source_total r
           WHERE (r.source, r.grp, r.outcome, r.subgroup) IN (SELECT source, grp, outcome, subgroup FROM series WHERE NOT breakdown)
           GROUP BY r.grp, r.outcome, r.source) e ON e.grp = f.grp AND e.outcome = f.outcome AND e.source = f.source;

-- Snapshots of the ledger as of past times built before this table existed would read the live one: dropped (the next
-- question about their instant derives them again).
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_asof\_%' OR nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
