-- Whether a claim is filed in an analyst's corrected reading (it has an active correction), and whether an event stands
-- on such a claim: kept by the writer with the claim and its event, so that a tally finds the cells that stand on a
-- corrected claim from the few marked rows (partial indexes) instead of following every correction to its claim and
-- event. A split or join names its event in the correction itself, and is still found from the corrections (few).
ALTER TABLE claim ADD COLUMN corrected boolean NOT NULL DEFAULT false;
ALTER TABLE event ADD COLUMN corrected boolean NOT NULL DEFAULT false;

UPDATE claim SET corrected = true WHERE id IN (SELECT claim_id FROM claim_correction WHERE state = 'ACTIVE');
UPDATE event SET corrected = true WHERE id IN (SELECT event_id FROM claim WHERE corrected AND event_id IS NOT NULL);

CREATE INDEX event_corrected_idx ON event (first_date) INCLUDE (grp, outcome, subgroup, province, place, sources) WHERE corrected;
CREATE INDEX claim_corrected_series_idx ON claim (series_id, published_at) WHERE corrected AND series_id IS NOT NULL;
CREATE INDEX claim_correction_event_idx ON claim_correction (event_id) WHERE event_id IS NOT NULL AND state = 'ACTIVE';

-- Snapshots of the ledger as of past times built before these columns existed: dropped (the next question about
-- their instant derives them again).
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
