-- A claim's body and the change log's copies of claims, events and series are kept as json (the text as written,
-- checked to be JSON) rather than jsonb: they are written for every claim and read back whole, seldom by key, and
-- jsonb's parse into its binary form was the larger part of writing them (about 16 against 4 microseconds for a
-- claim's change row). The few reads by key parse the text again (json's operators) or cast it to jsonb.
ALTER TABLE claim ALTER COLUMN body TYPE json;
ALTER TABLE ledger_change ALTER COLUMN content TYPE json;

-- Ledgers derived as of a past instant have the claim table's former type: derived again when asked.
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ledger\_asof\_%' OR nspname LIKE 'ledger\_at\_%' LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END $$;
