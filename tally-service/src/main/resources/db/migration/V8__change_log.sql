-- The change log: every change to claims, events and series in one total order (seq), written in the same
-- transaction as the change, under one advisory lock taken just before the insert, so that seq order is commit order
-- and a reader paging by seq never skips a row that commits later. A claim's row keeps the claim as it stood after
-- the change (the claim row without its event, which the ledger derives), so the claims valid at any seq can be
-- read back; events and series keep their row. Deletions (SUPERSEDED, RETRACTED) keep no content.
CREATE TABLE ledger_change (
    seq         bigserial PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    kind        text NOT NULL,   -- CREATED, UPDATED, SUPERSEDED, RETRACTED (CORRECTED: analyst corrections)
    entity      text NOT NULL,   -- CLAIM, EVENT, SERIES
    entity_id   text NOT NULL,
    report_ids  text[] NOT NULL, -- the reports whose change this is
    content     jsonb
);
CREATE INDEX ledger_change_time_idx ON ledger_change (recorded_at, seq);
CREATE INDEX ledger_change_entity_idx ON ledger_change (entity, entity_id, seq);

-- The history starts with the ledger as it stands: every claim, event and series, created now.
INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
SELECT now(), 'CREATED', 'CLAIM', c.id, ARRAY[c.report_id], to_jsonb(c) - 'event_id' - 'join_reason'
FROM claim c ORDER BY c.id;
INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
SELECT now(), 'CREATED', 'EVENT', e.id, e.report_ids, to_jsonb(e) FROM event e ORDER BY e.id;
INSERT INTO ledger_change (recorded_at, kind, entity, entity_id, report_ids, content)
SELECT now(), 'CREATED', 'SERIES', s.id,
       ARRAY(SELECT DISTINCT p.report_id FROM series_point p WHERE p.series_id = s.id ORDER BY 1), to_jsonb(s)
FROM series s ORDER BY s.id;
