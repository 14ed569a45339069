-- S113 Register, schema 13 (PostgreSQL): tamper evidence. Each audit row gets
-- the hash that chains it to the row before it (src/storage/AuditChain.h); the
-- program chains the rows already there as it applies this migration. The
-- append-only triggers of the audit log and recorded decisions move to the
-- one trigger function every append-only table shares, created with the
-- triggers of every versions table and of the protocol by the program after
-- each migration (src/storage/AppendOnly.h). How long personal data is kept
-- after a person's last contract ends, before it may be anonymised
-- (src/services/PersonalData.h): 72 months unless the register says otherwise.
DROP TRIGGER audit_log_no_update ON audit_log;
DROP TRIGGER audit_log_no_truncate ON audit_log;
DROP FUNCTION audit_log_refuse_change();
DROP TRIGGER decisions_no_update ON decisions;
DROP TRIGGER decisions_no_truncate ON decisions;
DROP FUNCTION decisions_refuse_change();

ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TABLE personal_data_policy (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  retention_months INTEGER NOT NULL CHECK (retention_months >= 0)
);

INSERT INTO personal_data_policy (id, retention_months) VALUES (1, 72);
