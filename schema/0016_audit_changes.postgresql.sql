-- S113 Register, schema 16 (PostgreSQL): the audit log as one row per change.
-- Until now audit_log held one row per changed field of every record version
-- (ten rows and ten hashes per record on average); it is now audit_changes,
-- one row per change of a record (entity, key, version, when, who) with every
-- field it changed in `changes`, one hash per row (src/storage/AuditChain.h).
--
-- `changes` is JSON text: an array of [field, old value, new value] arrays,
-- in the order the program wrote them. An array rather than an object keyed by
-- field: it keeps that order (PostgreSQL's jsonb would sort the keys), it can
-- hold whatever the old per-field rows held, and the text hashed is exactly
-- the text stored. The per-field log is still there to query, under its old
-- name: the view audit_log (one row per field, `field_no` its place within the
-- change; rows of one change share `seq`), and audit_log_redacted over it for
-- users who may not read salaries and personal notes (the same fields as
-- domain/Roles.cpp names, blanked inside each change).
--
-- The program converts the rows of the old table as it applies this
-- migration (src/storage/AuditMigration.h): it verifies their hash chain
-- first and refuses to migrate a broken one; the consecutive rows of one
-- record version become one row, numbered 1, 2, ... in the order of their
-- seq (a closed period's audit_seq is renumbered to match, so it still
-- divides the log where it did: the one change to recharge_closes, made with
-- its schema 14 trigger lifted for the renumbering alone); the new rows are
-- chained from ""; then the old table is dropped.
DROP VIEW audit_log_redacted;
ALTER TABLE audit_log RENAME TO audit_log_before_16;

CREATE TABLE audit_changes (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  changes TEXT NOT NULL CHECK (json_typeof(changes::json) = 'array'),
  hash TEXT
);

CREATE INDEX audit_changes_at ON audit_changes (at);
CREATE INDEX audit_changes_record ON audit_changes (entity, record_key);

CREATE VIEW audit_log AS
SELECT c.seq, f.field_no, c.at, c.actor, c.entity, c.record_key, c.version,
       f.change ->> 0 AS field, f.change ->> 1 AS old_value, f.change ->> 2 AS new_value
FROM audit_changes c CROSS JOIN LATERAL json_array_elements(c.changes::json) WITH ORDINALITY AS f(change, field_no);

CREATE VIEW audit_log_redacted AS
SELECT seq, field_no, at, actor, entity, record_key, version, field,
       CASE WHEN (entity = 'contract' AND field = 'annual_salary') OR (entity = 'payroll_pay' AND field = 'gross_pay')
                 OR (entity = 'person' AND field = 'notes') THEN '' ELSE old_value END AS old_value,
       CASE WHEN (entity = 'contract' AND field = 'annual_salary') OR (entity = 'payroll_pay' AND field = 'gross_pay')
                 OR (entity = 'person' AND field = 'notes') THEN '' ELSE new_value END AS new_value
FROM audit_log;
