-- The supply point of a contract (CUPS: ES, 16 digits, 2 letters, maybe a suffix), as agents search it.
ALTER TABLE contract ADD COLUMN cups VARCHAR(32);
CREATE INDEX contract_cups ON contract (cups);
