-- Several delivery rounds run at once; a round takes a report's entry only when no earlier entry of the same report
-- is still pending, which this index answers without reading the whole backlog.
CREATE INDEX outbox_pending_report ON outbox (report_id, id) WHERE delivered_at IS NULL AND failed_at IS NULL;
