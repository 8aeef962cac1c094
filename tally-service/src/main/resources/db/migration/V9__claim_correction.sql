-- Analysts' corrections. A correction changes fields of one claim (changes: the fields and their new values), rejects it
-- (rejection NOT_A_CASUALTY_FIGURE, or SAME_INCIDENT with same_as the claim it repeats), splits it off its event (SPLIT)
-- or joins it to another event (JOIN: same_as the first claim of that event). The claim table holds the corrected
-- reading, which everything derived uses; claim_original holds the reading as received of every corrected claim, so
-- that it stays visible and a correction can be applied again to a new delivery of the claim. A correction whose claim
-- a later reading of its report no longer has is kept, orphaned.
CREATE TABLE claim_correction (
    id         bigserial PRIMARY KEY,
    claim_id   text NOT NULL,
    report_id  text NOT NULL,
    source     text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('CHANGE', 'REJECTION', 'SPLIT', 'JOIN')),
    changes    jsonb,
    rejection  text CHECK (rejection IN ('NOT_A_CASUALTY_FIGURE', 'SAME_INCIDENT')),
    same_as    text,
    event_id   text,
    author     text NOT NULL,
    reason     text NOT NULL CHECK (btrim(reason) <> ''),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    state      text NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'ORPHANED'))
);
CREATE INDEX claim_correction_claim_idx ON claim_correction (claim_id, id);
CREATE INDEX claim_correction_report_idx ON claim_correction (report_id);
CREATE INDEX claim_correction_time_idx ON claim_correction (created_at DESC, id DESC);

CREATE TABLE claim_original (
    claim_id  text PRIMARY KEY,
    report_id text NOT NULL,
    body      jsonb NOT NULL
);
CREATE INDEX claim_original_report_idx ON claim_original (report_id);
