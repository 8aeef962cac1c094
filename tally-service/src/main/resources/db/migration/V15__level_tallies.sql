-- A tally by group and outcome (over all time) or by month and group, kept as one row per cell like month_tally: the
-- events' sums and how many reports and sources stand behind them (the rows of the member tables). Such a tally then
-- reads a row per cell instead of summing every rollup cell and counting every member row. Kept in step by every
-- later change (sums by the events' difference, counts by the member rows a change adds or drops) and by a rebuild
-- (LevelTally).
CREATE TABLE group_outcome_tally (
    grp     text NOT NULL,
    outcome text NOT NULL,
    events  bigint NOT NULL,
    claims  bigint NOT NULL,
    low     bigint NOT NULL,
    best    bigint NOT NULL,
    high    bigint NOT NULL,
    reports bigint NOT NULL,
    sources bigint NOT NULL,
    PRIMARY KEY (grp, outcome)
);
CREATE TABLE month_group_tally (
    month   date NOT NULL,
    grp     text NOT NULL,
    events  bigint NOT NULL,
    claims  bigint NOT NULL,
    low     bigint NOT NULL,
    best    bigint NOT NULL,
    high    bigint NOT NULL,
    reports bigint NOT NULL,
    sources bigint NOT NULL,
    PRIMARY KEY (month, grp)
);

INSERT INTO group_outcome_tally (grp, outcome, events, claims, low, best, high, reports, sources)
SELECT e.grp, e.outcome, e.events, e.claims, e.low, e.best, e.high,
       (SELECT count(*) FROM group_outcome_report r WHERE r.grp = e.grp AND r.outcome = e.outcome),
       (SELECT count(*) FROM group_outcome_source r WHERE r.grp = e.grp AND r.outcome = e.outcome)
FROM (SELECT grp, outcome, sum(events) AS events, sum(claims) AS claims, sum(low) AS low, sum(best) AS best,
             sum(high) AS high FROM event_rollup GROUP BY grp, outcome) e;

INSERT INTO month_group_tally (month, grp, events, claims, low, best, high, reports, sources)
SELECT e.month, e.grp, e.events, e.claims, e.low, e.best, e.high,
       (SELECT count(*) FROM month_group_report r WHERE r.month = e.month AND r.grp = e.grp),
       (SELECT count(*) FROM month_group_source r WHERE r.month = e.month AND r.grp = e.grp)
FROM (SELECT month, grp, sum(events) AS events, sum(claims) AS claims, sum(low) AS low, sum(best) AS best,
             sum(high) AS high FROM event_rollup GROUP BY month, grp) e;

-- Snapshots of the ledger as of past times built before these tables existed would read the live ones: dropped (the
-- next question about their instant derives them again).
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_asof\_%' OR nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
