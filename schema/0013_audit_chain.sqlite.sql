-- S113 Register, schema 13 (SQLite): tamper evidence. Each audit row gets the
-- hash that chains it to the row before it (src/storage/AuditChain.h); the
-- program chains the rows already there as it applies this migration. The
-- append-only triggers of every versions table, recorded decisions and the
-- protocol are created by the program after each migration
-- (src/storage/AppendOnly.h). How long personal data is kept after a
-- person's last contract ends, before it may be anonymised
-- (src/services/PersonalData.h): 72 months unless the register says otherwise.
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TABLE personal_data_policy (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  retention_months INTEGER NOT NULL CHECK (retention_months >= 0)
);

INSERT INTO personal_data_policy (id, retention_months) VALUES (1, 72);
