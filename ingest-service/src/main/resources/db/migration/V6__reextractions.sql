-- Re-extraction: stored reports read again by the current extractor, in the background, as a job with progress.
-- extractor_version names every extractor that has run against this database, with when it was first seen, so that
-- "read by an extractor older than X" has a meaning (the versions themselves are build and rule digests, not ordered).
CREATE TABLE extractor_version (
    version       VARCHAR(100) PRIMARY KEY,
    first_seen_at TIMESTAMPTZ  NOT NULL
);
INSERT INTO extractor_version (version, first_seen_at)
SELECT extractor_version, min(received_at) FROM report GROUP BY extractor_version;

-- One job: its filter, the extractor it reads with, and its progress. filter_key is the filter in one canonical
-- string: one running job per filter. runs counts the times a replica took the job up (more than one: resumed).
CREATE TABLE reextraction (
    id                BIGSERIAL    PRIMARY KEY,
    filter_key        VARCHAR(400) NOT NULL,
    source            VARCHAR(100),
    published_from    DATE,
    published_to      DATE,
    older_than        VARCHAR(100),
    not_current       BOOLEAN      NOT NULL,
    extractor_version VARCHAR(100) NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    total             INTEGER      NOT NULL DEFAULT 0,
    done              INTEGER      NOT NULL DEFAULT 0,
    failed            INTEGER      NOT NULL DEFAULT 0,
    changed           INTEGER      NOT NULL DEFAULT 0,
    runs              INTEGER      NOT NULL DEFAULT 0,
    started_at        TIMESTAMPTZ  NOT NULL,
    finished_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX reextraction_one_running ON reextraction (filter_key) WHERE state = 'RUNNING';

-- The reports a job reads, fixed when it starts: PENDING until read, then DONE or FAILED (with the reason).
CREATE TABLE reextraction_item (
    job_id    BIGINT      NOT NULL REFERENCES reextraction (id) ON DELETE CASCADE,
    report_id VARCHAR(26) NOT NULL,
    state     VARCHAR(8)  NOT NULL DEFAULT 'PENDING',
    failure   TEXT,
    PRIMARY KEY (job_id, report_id)
);
CREATE INDEX reextraction_item_pending ON reextraction_item (job_id, report_id) WHERE state = 'PENDING';
