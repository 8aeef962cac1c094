-- How a claim words its figure ("AT_LEAST 34"), which join reasons quote: kept in a column of its own so that
-- re-clustering, which reads every stored claim of the clusters a batch touches, need not read it out of the jsonb
-- body each time. Claims stored before this column read it from the body (coalesce in the clustering query).
ALTER TABLE claim ADD COLUMN wording text;
