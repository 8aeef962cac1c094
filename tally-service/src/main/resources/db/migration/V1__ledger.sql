-- The ledger: reports and their claims as received, the events and series derived from them, and rollups
-- kept in step with both in the same transaction. '' stands for "none" in key columns so that keys compare simply.

CREATE TABLE report (
    id           text PRIMARY KEY,
    source       text NOT NULL,
    url          text,
    title        text,
    published_at date NOT NULL,
    batch_id     bigint NOT NULL DEFAULT 0
);
CREATE INDEX report_source_idx ON report (source, published_at);

CREATE TABLE claim (
    id           text PRIMARY KEY,
    report_id    text NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    source       text NOT NULL,
    published_at date NOT NULL,
    claim_date   date NOT NULL,             -- period start (incident date), else the report's publication date
    outcome      text NOT NULL,
    grp          text NOT NULL,
    subgroup     text NOT NULL DEFAULT '',
    scope        text NOT NULL,
    top_level    boolean NOT NULL,          -- no parent (not a breakdown) and restates nothing
    breakdown    boolean NOT NULL,          -- has a parent
    province     text NOT NULL DEFAULT '',
    place        text NOT NULL DEFAULT '',
    place_key    text NOT NULL DEFAULT '',  -- resolved place, or '?' + the place as written, '' when none
    low          bigint NOT NULL,
    best         bigint NOT NULL,
    high         bigint,
    stated_high  bigint NOT NULL,           -- the largest figure the claim states
    open_high    boolean NOT NULL,          -- no upper bound (at least, more than) or provisional
    precision_rank int NOT NULL,
    place_rank   int NOT NULL,              -- 2 a town or village, 1 a province, 0 unresolved or none
    latitude     double precision,
    longitude    double precision,
    cluster_key  text,                      -- outcome|group|subgroup|province of top-level incident claims
    event_id     text,
    join_reason  text,
    series_id    text,
    body         jsonb NOT NULL
);
CREATE INDEX claim_report_idx ON claim (report_id);
CREATE INDEX claim_filter_idx ON claim (grp, outcome, claim_date, id);
CREATE INDEX claim_date_idx ON claim (claim_date, id);
CREATE INDEX claim_event_idx ON claim (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX claim_series_idx ON claim (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX claim_cluster_idx ON claim (cluster_key, claim_date) WHERE cluster_key IS NOT NULL;

CREATE TABLE event (
    id          text PRIMARY KEY,
    outcome     text NOT NULL,
    grp         text NOT NULL,
    subgroup    text NOT NULL,
    province    text NOT NULL,
    place       text NOT NULL,
    latitude    double precision,
    longitude   double precision,
    first_date  date NOT NULL,
    last_date   date NOT NULL,
    low         bigint NOT NULL,
    best        bigint NOT NULL,
    high        bigint NOT NULL,
    best_claim_id text NOT NULL,
    claims      int NOT NULL,
    reports     int NOT NULL,
    sources     text[] NOT NULL,
    report_ids  text[] NOT NULL
);
CREATE INDEX event_filter_idx ON event (grp, outcome, province, first_date);
CREATE INDEX event_date_idx ON event (first_date, id);

CREATE TABLE series (
    id           text PRIMARY KEY,
    source       text NOT NULL,
    outcome      text NOT NULL,
    grp          text NOT NULL,
    subgroup     text NOT NULL,
    period_start date,
    breakdown    boolean NOT NULL,
    points       int NOT NULL,
    first_published date NOT NULL,
    last_published  date NOT NULL,
    latest_value bigint NOT NULL,
    latest_claim_id text NOT NULL
);
CREATE INDEX series_filter_idx ON series (grp, outcome, source);

-- One row per point of a series, in publication order, so that "value as of" is an index lookup.
CREATE TABLE series_point (
    series_id    text NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    published_at date NOT NULL,
    seq          int NOT NULL,
    value        bigint NOT NULL,
    claim_id     text NOT NULL,
    report_id    text NOT NULL,
    PRIMARY KEY (series_id, seq)
);
CREATE INDEX series_point_date_idx ON series_point (series_id, published_at, seq);

CREATE TABLE discrepancy (
    id              text PRIMARY KEY,
    kind            text NOT NULL,
    series_id       text NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    source          text NOT NULL,
    outcome         text NOT NULL,
    grp             text NOT NULL,
    subgroup        text NOT NULL,
    period_start    date,
    previous_claim_id text NOT NULL,
    previous_value  bigint NOT NULL,
    previous_published date NOT NULL,
    claim_id        text NOT NULL,
    value           bigint NOT NULL,
    published_at    date NOT NULL
);
CREATE INDEX discrepancy_order_idx ON discrepancy (published_at, id);

-- Pre-aggregated events per month and cell, kept in step with the event table.
CREATE TABLE event_rollup (
    month     date NOT NULL,
    outcome   text NOT NULL,
    grp       text NOT NULL,
    subgroup  text NOT NULL,
    province  text NOT NULL,
    place     text NOT NULL,
    events    bigint NOT NULL,
    claims    bigint NOT NULL,
    low       bigint NOT NULL,
    best      bigint NOT NULL,
    high      bigint NOT NULL,
    sources   text[] NOT NULL,
    report_ids text[] NOT NULL,
    PRIMARY KEY (grp, outcome, province, month, subgroup, place)
);
CREATE INDEX event_rollup_month_idx ON event_rollup (month);

-- Pre-aggregated series: the value at the end of each month with points, and the rise over the month before.
CREATE TABLE series_month (
    series_id      text NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    month          date NOT NULL,
    value          bigint NOT NULL,
    increment      bigint NOT NULL,
    last_published date NOT NULL,
    report_id      text NOT NULL,
    PRIMARY KEY (series_id, month)
);
CREATE INDEX series_month_month_idx ON series_month (month);
