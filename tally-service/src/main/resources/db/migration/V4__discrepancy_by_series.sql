-- A series re-derived from a point on drops the falls of the points it rewrites: found by series and claim.
CREATE INDEX discrepancy_series_idx ON discrepancy (series_id, claim_id);
