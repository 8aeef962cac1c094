-- Report revisions: a report posted again with the same source and url but another text is a new revision of the
-- same report (same id). The report row holds the current revision; report_revision holds every revision, the
-- current one with superseded_at null. Claims of a superseded revision move to superseded_claim, kept as they were.
-- valid_from/valid_to style timestamps (received_at, superseded_at) let any answer be given as of a past time.
ALTER TABLE report ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE report ADD COLUMN extractor_version VARCHAR(100) NOT NULL DEFAULT 'unknown';
CREATE INDEX report_source_url ON report (source, url, received_at DESC) WHERE url IS NOT NULL;

CREATE TABLE report_revision (
    report_id         VARCHAR(26)   NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    revision          INTEGER       NOT NULL,
    content_hash      VARCHAR(64)   NOT NULL,
    title             VARCHAR(1000),
    text              TEXT          NOT NULL,
    received_at       TIMESTAMPTZ   NOT NULL,
    superseded_at     TIMESTAMPTZ,
    claim_count       INTEGER       NOT NULL,
    extractor_version VARCHAR(100)  NOT NULL,
    PRIMARY KEY (report_id, revision)
);
INSERT INTO report_revision (report_id, revision, content_hash, title, text, received_at, claim_count, extractor_version)
SELECT id, 1, content_hash, title, text, received_at, claim_count, 'unknown' FROM report;

ALTER TABLE claim ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claim ADD COLUMN extractor_version VARCHAR(100) NOT NULL DEFAULT 'unknown';

CREATE TABLE superseded_claim (
    seq               BIGSERIAL     PRIMARY KEY,
    id                VARCHAR(26)   NOT NULL,
    report_id         VARCHAR(26)   NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    revision          INTEGER       NOT NULL,
    span_start        INTEGER       NOT NULL,
    outcome           VARCHAR(16)   NOT NULL,
    body              TEXT          NOT NULL,
    extractor_version VARCHAR(100)  NOT NULL,
    superseded_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX superseded_claim_report ON superseded_claim (report_id, revision, span_start);
