-- Reports as received: stored once per source and content hash.
CREATE TABLE report (
    id            VARCHAR(26)   PRIMARY KEY,
    source        VARCHAR(100)  NOT NULL,
    url           VARCHAR(2000),
    title         VARCHAR(1000),
    published_at  DATE          NOT NULL,
    language      VARCHAR(16)   NOT NULL,
    text          TEXT          NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    received_at   TIMESTAMPTZ   NOT NULL,
    claim_count   INTEGER       NOT NULL,
    CONSTRAINT report_source_content UNIQUE (source, content_hash)
);
CREATE INDEX report_published ON report (published_at, id);

-- Claims as extracted; the body is the claim as JSON, exactly as delivered downstream.
CREATE TABLE claim (
    id          VARCHAR(26)  PRIMARY KEY,
    report_id   VARCHAR(26)  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    span_start  INTEGER      NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    body        TEXT         NOT NULL
);
CREATE INDEX claim_report ON claim (report_id, span_start);

-- Transactional outbox: written with the report, delivered to tally-service in id order.
CREATE TABLE outbox (
    id            BIGSERIAL    PRIMARY KEY,
    report_id     VARCHAR(26)  NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    delivered_at  TIMESTAMPTZ,
    failed_at     TIMESTAMPTZ,
    last_error    TEXT
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL AND failed_at IS NULL;
