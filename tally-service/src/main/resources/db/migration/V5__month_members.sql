-- Who stands behind each month's events, counted across every cell: how many events of the month cite a report
-- or a source. A monthly tally over everything counts its reports and sources here instead of merging the sets of
-- every rollup cell. Kept in step with the event table by every later change.
CREATE TABLE month_report (
    month     date NOT NULL,
    report_id text NOT NULL,
    events    bigint NOT NULL,
    PRIMARY KEY (month, report_id)
);
CREATE TABLE month_source (
    month  date NOT NULL,
    source text NOT NULL,
    events bigint NOT NULL,
    PRIMARY KEY (month, source)
);
INSERT INTO month_report (month, report_id, events)
SELECT date_trunc('month', first_date)::date, r, count(*) FROM event, unnest(report_ids) r GROUP BY 1, 2;
INSERT INTO month_source (month, source, events)
SELECT date_trunc('month', first_date)::date, s, count(*) FROM event, unnest(sources) s GROUP BY 1, 2;
