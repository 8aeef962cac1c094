-- Incremental derivation: a series is re-derived from its first changed point on, so the claims of a series are
-- read in publication order from an index; a tally for a province reads the monthly rollup by province.
DROP INDEX claim_series_idx;
CREATE INDEX claim_series_idx ON claim (series_id, published_at, report_id, id) WHERE series_id IS NOT NULL;
CREATE INDEX event_rollup_province_idx ON event_rollup (grp, outcome, lower(province), month);
