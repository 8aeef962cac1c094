-- A report is stored even when its text could not be read (the extractor failed or overran its time budget):
-- read_failure says why (null = read), read_attempts counts readings, next_read_at is when it is read again.
ALTER TABLE report ADD COLUMN read_failure TEXT;
ALTER TABLE report ADD COLUMN read_attempts INTEGER NOT NULL DEFAULT 1;
ALTER TABLE report ADD COLUMN next_read_at TIMESTAMPTZ;
CREATE INDEX report_unread ON report (next_read_at) WHERE read_failure IS NOT NULL;
