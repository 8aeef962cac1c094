-- How often everything derived was rebuilt from the claims. A rebuild records no change in the change log, so answers
-- remembered by the ledger's version (its last change) also name this number, which the rebuild's transaction raises.
CREATE TABLE ledger_generation (
    generation bigint NOT NULL
);
INSERT INTO ledger_generation (generation) VALUES (0);
