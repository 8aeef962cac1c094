-- A series' points are ordered by what they are (published date, report, claim) rather than by a position number:
-- a figure published before others of its series is then written alone, where numbered positions renumbered every
-- point after it (and wrote their falls again).
ALTER TABLE series_point DROP CONSTRAINT series_point_pkey;
DROP INDEX series_point_date_idx;
ALTER TABLE series_point DROP COLUMN seq;
ALTER TABLE series_point ADD PRIMARY KEY (series_id, published_at, report_id, claim_id);
