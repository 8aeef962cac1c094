-- Claims listed by source (GET /claims?source=, in the listing's order by date and id): without this index the listing
-- and its count read the whole claim table for every source, however few claims the source has.
CREATE INDEX claim_source_idx ON claim (source, claim_date, id);
