-- Rollups sized for scale: events per month and province (no longer per place), and events per month and source
-- for comparing a source's running total with the events it reported. Both are filled from the event table here
-- and kept in step with it by every later change.

DROP TABLE event_rollup;
CREATE TABLE event_rollup (
    month      date NOT NULL,
    outcome    text NOT NULL,
    grp        text NOT NULL,
    subgroup   text NOT NULL,
    province   text NOT NULL,
    events     bigint NOT NULL,
    claims     bigint NOT NULL,
    low        bigint NOT NULL,
    best       bigint NOT NULL,
    high       bigint NOT NULL,
    sources    text[] NOT NULL,
    report_ids text[] NOT NULL,
    PRIMARY KEY (grp, outcome, province, month, subgroup)
);
CREATE INDEX event_rollup_month_idx ON event_rollup (month);

CREATE TABLE source_rollup (
    month    date NOT NULL,
    outcome  text NOT NULL,
    grp      text NOT NULL,
    subgroup text NOT NULL,
    source   text NOT NULL,
    events   bigint NOT NULL,
    best     bigint NOT NULL,
    PRIMARY KEY (grp, outcome, subgroup, month, source)
);

CREATE INDEX event_province_idx ON event (grp, outcome, lower(province), first_date);
CREATE INDEX event_place_idx ON event (lower(place), first_date);
CREATE INDEX event_month_idx ON event (grp, outcome, subgroup, first_date);

INSERT INTO event_rollup (month, outcome, grp, subgroup, province, events, claims, low, best, high, sources, report_ids)
SELECT k.month, k.outcome, k.grp, k.subgroup, k.province, count(*), sum(e.claims), sum(e.low), sum(e.best), sum(e.high),
       ARRAY(SELECT DISTINCT s FROM event e2, unnest(e2.sources) s WHERE e2.grp = k.grp AND e2.outcome = k.outcome
             AND e2.province = k.province AND e2.subgroup = k.subgroup
             AND e2.first_date >= k.month AND e2.first_date < k.month + interval '1 month' ORDER BY s),
       ARRAY(SELECT DISTINCT r FROM event e2, unnest(e2.report_ids) r WHERE e2.grp = k.grp AND e2.outcome = k.outcome
             AND e2.province = k.province AND e2.subgroup = k.subgroup
             AND e2.first_date >= k.month AND e2.first_date < k.month + interval '1 month' ORDER BY r)
FROM (SELECT DISTINCT grp, outcome, province, date_trunc('month', first_date)::date AS month, subgroup FROM event) k
JOIN event e ON e.grp = k.grp AND e.outcome = k.outcome AND e.province = k.province AND e.subgroup = k.subgroup
     AND e.first_date >= k.month AND e.first_date < k.month + interval '1 month'
GROUP BY k.month, k.outcome, k.grp, k.subgroup, k.province;

INSERT INTO source_rollup (month, outcome, grp, subgroup, source, events, best)
SELECT date_trunc('month', first_date)::date, outcome, grp, subgroup, s, count(*), sum(best)
FROM event, unnest(sources) s GROUP BY 1, 2, 3, 4, 5;
