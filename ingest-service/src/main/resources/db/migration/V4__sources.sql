-- Feeds followed on a schedule: the settings an admin gives, and the poller's state beside them.
CREATE TABLE source (
    name                  VARCHAR(100)  PRIMARY KEY,
    feed_url              VARCHAR(2000) NOT NULL,
    language              VARCHAR(16)   NOT NULL,
    poll_every_seconds    BIGINT        NOT NULL,
    body_selector         VARCHAR(500),
    enabled               BOOLEAN       NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    etag                  VARCHAR(1000),
    last_modified         VARCHAR(100),
    last_poll_at          TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    last_error_at         TIMESTAMPTZ,
    last_error            TEXT,
    last_error_status     INTEGER,
    consecutive_failures  INTEGER       NOT NULL DEFAULT 0,
    next_poll_at          TIMESTAMPTZ   NOT NULL,
    pages_changed         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX source_due ON source (next_poll_at) WHERE enabled;

-- Every item a feed has listed, by its page URL: what was stored from it, or why nothing was.
CREATE TABLE source_item (
    source_name        VARCHAR(100)  NOT NULL REFERENCES source (name) ON DELETE CASCADE,
    url                VARCHAR(2000) NOT NULL,
    entry_fingerprint  VARCHAR(64)   NOT NULL,
    content_hash       VARCHAR(64),
    report_id          VARCHAR(26),
    first_seen_at      TIMESTAMPTZ   NOT NULL,
    fetched_at         TIMESTAMPTZ,
    last_error         TEXT,
    last_error_status  INTEGER,
    PRIMARY KEY (source_name, url)
);
CREATE INDEX source_item_hash ON source_item (source_name, content_hash);
