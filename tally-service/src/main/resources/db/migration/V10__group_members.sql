-- Who stands behind the events of each group and outcome (over all time) and of each month and group: how many
-- events cite each report or source. A tally by group and outcome, or by month and group, counts its reports and
-- sources here instead of merging the sets of every rollup cell (which overlap, so they cannot be added up).
-- Kept in step with the event table by every later change, like month_report and month_source.
CREATE TABLE group_outcome_report (
    grp       text NOT NULL,
    outcome   text NOT NULL,
    report_id text NOT NULL,
    events    bigint NOT NULL,
    PRIMARY KEY (grp, outcome, report_id)
);
CREATE TABLE group_outcome_source (
    grp     text NOT NULL,
    outcome text NOT NULL,
    source  text NOT NULL,
    events  bigint NOT NULL,
    PRIMARY KEY (grp, outcome, source)
);
CREATE TABLE month_group_report (
    month     date NOT NULL,
    grp       text NOT NULL,
    report_id text NOT NULL,
    events    bigint NOT NULL,
    PRIMARY KEY (month, grp, report_id)
);
CREATE TABLE month_group_source (
    month  date NOT NULL,
    grp    text NOT NULL,
    source text NOT NULL,
    events bigint NOT NULL,
    PRIMARY KEY (month, grp, source)
);
INSERT INTO group_outcome_report (grp, outcome, report_id, events)
SELECT grp, outcome, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2, 3;
INSERT INTO group_outcome_source (grp, outcome, source, events)
SELECT grp, outcome, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2, 3;
INSERT INTO month_group_report (month, grp, report_id, events)
SELECT date_trunc('month', first_date)::date, grp, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2, 3;
INSERT INTO month_group_source (month, grp, source, events)
SELECT date_trunc('month', first_date)::date, grp, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2, 3;
-- A tally over all time reads each running total's latest point from the series row itself (its report beside its
-- value), and compares it with the events of its source over all time (source_total: source_rollup summed over months).
ALTER TABLE series ADD COLUMN latest_report_id text;
UPDATE series s SET latest_report_id = p.report_id FROM series_point p WHERE p.series_id = s.id AND p.seq = s.points;
CREATE TABLE source_total (
    grp      text NOT NULL,
    outcome  text NOT NULL,
    subgroup text NOT NULL,
    source   text NOT NULL,
    events   bigint NOT NULL,
    best     bigint NOT NULL,
    PRIMARY KEY (grp, outcome, subgroup, source)
);
INSERT INTO source_total (grp, outcome, subgroup, source, events, best)
SELECT grp, outcome, subgroup, source, sum(events), sum(best) FROM source_rollup GROUP BY 1, 2, 3, 4;
-- Snapshots of the ledger as of past times hold the tables a read touches; those built before these tables existed
-- would read the live ones, so they are dropped (the next question about their instant derives them again).
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
